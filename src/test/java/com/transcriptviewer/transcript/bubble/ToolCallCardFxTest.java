package com.transcriptviewer.transcript.bubble;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.transcriptviewer.testing.ContextMenus;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.ui.json.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ToolCallCardFxTest {

    private static final Executor DAEMON_THREAD = work -> {
        Thread thread = new Thread(work, "test-format");
        thread.setDaemon(true);
        thread.start();
    };

    private final List<String> copied = new ArrayList<>();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        StyledStages.show(stage, new ScrollPane(root), 800, 600);
    }

    private BubbleContext context(Executor background) {
        return new BubbleContext(new JsonFormatter(), background, Platform::runLater, TimeFormat.local());
    }

    private ToolCallCard show(FxRobot robot, ToolCallCardViewModel model) {
        AtomicReference<ToolCallCard> card = new AtomicReference<>();
        robot.interact(() -> {
            ToolCallCard view = new ToolCallCard(new JsonView(DAEMON_THREAD, Platform::runLater), copied::add);
            view.setPrefWidth(760);
            view.bind(model);
            root.getChildren().setAll(view);
            card.set(view);
        });
        return card.get();
    }

    private static void waitFor(FxRobot robot, java.util.function.BooleanSupplier condition) throws Exception {
        FxThread.waitUntil(condition, 20);
    }

    @Test
    void clickingTheHeaderExpandsToPrettyJsonAndCopyTakesIt(FxRobot robot) throws Exception {
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call("call_1", "transfer", "{\"to\":\"+13125550100\",\"name\":\"Sales\"}"), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        assertThat(card.getJsonView())
                .as("made when the card is first expanded")
                .isNull();

        robot.clickOn(card.getHeader());
        waitFor(robot, () -> model.getState() == FormatState.DONE);

        String pretty = "{\n  \"to\": \"+13125550100\",\n  \"name\": \"Sales\"\n}";
        assertThat(shown(card.getJsonView())).isTrue();
        assertThat(card.getJsonView().getDisplayedText()).isEqualTo(pretty);
        assertThat(shown(card.getInvalidBadge())).isFalse();
        assertThat(shown(card.getProgress())).isFalse();

        robot.clickOn(".copy-button");
        assertThat(copied).containsExactly(pretty);

        robot.clickOn(".raw-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.getJsonView().getDisplayedText()).isEqualTo("{\"to\":\"+13125550100\",\"name\":\"Sales\"}");
    }

    @Test
    void theArgumentsViewIsMadeOnlyWhenTheCardIsFirstExpanded(FxRobot robot) throws Exception {
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call("call_1", "transfer", "{\"to\":\"+13125550100\"}"), context(DAEMON_THREAD));
        AtomicReference<ToolCallCard> card = new AtomicReference<>();
        robot.interact(() -> {
            card.set(new ToolCallCard(
                    () -> new JsonView(DAEMON_THREAD, Platform::runLater), copied::add, java.util.List.of()));
            card.get().bind(model);
            root.getChildren().setAll(card.get());
        });
        assertThat(card.get().lookupAll(".json-view")).as("collapsed").isEmpty();

        robot.clickOn(card.get().getHeader());
        waitFor(robot, () -> model.getState() == FormatState.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.get().lookupAll(".json-view")).as("expanded").hasSize(1);
        assertThat(card.get().getJsonView().getDisplayedText()).isEqualTo("{\n  \"to\": \"+13125550100\"\n}");
    }

    @Test
    void theContextMenuCopiesTheCallIdAndTheArgumentsPrettyOrRaw(FxRobot robot) throws Exception {
        String raw = "{\"to\":\"+13125550100\",\"name\":\"Sales\"}";
        ToolCallCardViewModel model =
                new ToolCallCardViewModel(call("call_7Hq2", "transfer", raw), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);

        ContextMenus.open(robot, card.getHeader());
        robot.clickOn("Copy call id");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copied).containsExactly("call_7Hq2");

        ContextMenus.open(robot, card.getHeader());
        robot.clickOn("Copy raw arguments");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copied).containsExactly("call_7Hq2", raw);

        // Never expanded: the arguments are formatted for the copy, and the card stays collapsed.
        ContextMenus.open(robot, card.getHeader());
        robot.clickOn("Copy arguments (pretty)");
        waitFor(robot, () -> copied.size() == 3);
        assertThat(copied.get(2)).isEqualTo("{\n  \"to\": \"+13125550100\",\n  \"name\": \"Sales\"\n}");
        assertThat(model.isExpanded()).isFalse();
        // The Copy button is still there and takes the pretty JSON too.
        robot.clickOn(card.getHeader());
        robot.clickOn(".copy-button");
        assertThat(copied.get(3)).isEqualTo(copied.get(2));
    }

    @Test
    void copyingPrettyArgumentsThatAreNotJsonTakesThemAsSent(FxRobot robot) throws Exception {
        String raw = "{\"city\": Chicago}";
        ToolCallCardViewModel model =
                new ToolCallCardViewModel(call("c", "lookup_weather", raw), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        ContextMenus.open(robot, card.getHeader());
        robot.clickOn("Copy arguments (pretty)");
        waitFor(robot, () -> copied.size() == 1);
        assertThat(copied).containsExactly(raw);
    }

    @Test
    void spaceTogglesAFocusedCard(FxRobot robot) throws Exception {
        ToolCallCardViewModel model = new ToolCallCardViewModel(call("c", "hangup", "{}"), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        robot.interact(card::requestFocus);
        robot.type(KeyCode.SPACE);
        waitFor(robot, () -> model.getState() == FormatState.DONE);
        assertThat(model.isExpanded()).isTrue();
        assertThat(card.getJsonView().getDisplayedText()).isEqualTo("{}");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.isExpanded()).isFalse();
        assertThat(shown(card.getJsonView())).isFalse();
    }

    @Test
    void invalidJsonShowsTheBadgeWithPositionAndTheRawText(FxRobot robot) throws Exception {
        String raw = "{\"digits\": \"12#\",\n \"extra\": }";
        ToolCallCardViewModel model = new ToolCallCardViewModel(call("c", "send_dtmf", raw), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        robot.clickOn(card.getHeader());
        waitFor(robot, () -> model.getState() == FormatState.INVALID);

        assertThat(shown(card.getInvalidBadge())).isTrue();
        assertThat(card.getInvalidBadge().getText()).isEqualTo("Not valid JSON · line 2, column 11");
        assertThat(card.getInvalidBadge().getTooltip().getText()).contains("expected a value but found '}'");
        assertThat(card.getJsonView().getDisplayedText()).isEqualTo(raw);
    }

    @Test
    void twoMegabyteArgumentsExpandWhileTheFxThreadStaysResponsive(FxRobot robot) throws Exception {
        StringBuilder json = new StringBuilder("{\"rows\":[");
        for (int i = 0; json.length() < 2 * 1024 * 1024; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(i)
                    .append(",\"note\":\"row ")
                    .append(i)
                    .append("\",\"amount\":")
                    .append(i)
                    .append(".5}");
        }
        String raw = json.append("]}").toString();

        CountDownLatch formattingStarted = new CountDownLatch(1);
        CountDownLatch probeAnswered = new CountDownLatch(1);
        // Formatting waits until the probe has run, so the probe provably ran while formatting was in progress.
        Executor gated = work -> DAEMON_THREAD.execute(() -> {
            formattingStarted.countDown();
            try {
                probeAnswered.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            work.run();
        });
        ToolCallCardViewModel model = new ToolCallCardViewModel(call("big", "import_rows", raw), context(gated));
        ToolCallCard card = show(robot, model);

        robot.interact(() -> model.setExpanded(true));
        assertThat(formattingStarted.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<FormatState> stateAtProbe = new AtomicReference<>();
        AtomicReference<Boolean> progressAtProbe = new AtomicReference<>();
        Platform.runLater(() -> {
            stateAtProbe.set(model.getState());
            progressAtProbe.set(shown(card.getProgress()));
            probeAnswered.countDown();
        });
        assertThat(probeAnswered.await(5, TimeUnit.SECONDS))
                .as("FX thread answers during formatting")
                .isTrue();
        assertThat(stateAtProbe.get()).isEqualTo(FormatState.FORMATTING);
        assertThat(progressAtProbe.get()).isTrue();

        waitFor(robot, () -> model.getState() == FormatState.DONE);
        JsonView view = card.getJsonView();
        int totalLines = model.formattedProperty().get().lineCount();
        assertThat(view.isTruncated()).isTrue();
        assertThat(view.getDisplayedText().split("\n", -1)).hasSize(JsonView.PREVIEW_LINES);
        assertThat(view.getShowAllButton().getText())
                .isEqualTo("Show all (" + com.transcriptviewer.text.SizeFormat.count(totalLines) + " lines)");

        robot.interact(view::showAll);
        CountDownLatch probe2 = new CountDownLatch(1);
        Platform.runLater(probe2::countDown);
        assertThat(probe2.await(5, TimeUnit.SECONDS))
                .as("FX thread answers while the document builds")
                .isTrue();
        waitFor(robot, () -> !view.isTruncated());
        assertThat(view.getDisplayedText())
                .isEqualTo(model.formattedProperty().get().text());
        assertThat(view.getArea().getParagraphs()).hasSize(totalLines);
    }

    @Test
    void fiveHundredDeepJsonExpands(FxRobot robot) throws Exception {
        String raw = "[".repeat(500) + "\"bottom\"" + "]".repeat(500);
        ToolCallCardViewModel model = new ToolCallCardViewModel(call("deep", "nest", raw), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        robot.clickOn(card.getHeader());
        waitFor(robot, () -> model.getState() == FormatState.DONE);
        assertThat(card.getJsonView().getDisplayedText()).startsWith("[\n  [\n    [");
        assertThat(card.getJsonView().isTruncated()).isTrue();
        robot.interact(card.getJsonView()::showAll);
        waitFor(robot, () -> !card.getJsonView().isTruncated());
        assertThat(card.getJsonView().getDisplayedText()).contains("\"bottom\"");
        assertThat(card.getJsonView().getArea().getParagraphs()).hasSize(1001);
    }

    @Test
    void rebindingShowsTheNewCallAndIgnoresTheOld(FxRobot robot) throws Exception {
        ToolCallCardViewModel first =
                new ToolCallCardViewModel(call("a", "transfer", "{\"x\":1}"), context(DAEMON_THREAD));
        ToolCallCardViewModel second = new ToolCallCardViewModel(call("b", "hangup", "{}"), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, first);
        robot.interact(() -> card.bind(second));
        robot.interact(() -> first.setExpanded(true));
        waitFor(robot, () -> first.getState() == FormatState.DONE);
        assertThat(card.getViewModel()).isSameAs(second);
        assertThat(card.getJsonView())
                .as("made when the card is first expanded")
                .isNull();
        assertThat(robot.lookup(".function-name").queryLabeled().getText()).isEqualTo("hangup");
        assertThat(robot.lookup(".call-id").queryLabeled().getText()).isEqualTo("b");
    }

    @Test
    void aNarrowCardGivesWayPreviewFirstThenCallIdAndStaysInsideItsWidth(FxRobot robot) throws Exception {
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call(
                        "call_K4gtOIYc7osAS0GhMbfW8hyY",
                        "check_availability",
                        "{\"date\":\"2025-04-22\",\"time_of_day\":\"afternoon\"}"),
                context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        javafx.scene.control.Labeled name = card.getFunctionName();
        javafx.scene.control.Labeled preview =
                robot.lookup(".arguments-preview").queryLabeled();
        javafx.scene.control.Labeled callId = robot.lookup(".call-id").queryLabeled();
        double namePref = onFx(() -> name.prefWidth(-1));
        double callIdPref = onFx(() -> callId.prefWidth(-1));
        double previewPref = onFx(() -> preview.prefWidth(-1));

        // Room for the name and the call id but not all of the preview: only the preview is cut.
        double roomy = sizeCardTo(robot, card, 420);
        assertThat(card.getWidth()).isEqualTo(roomy);
        assertThat(name.getWidth()).isEqualTo(namePref, within(1.0));
        assertThat(callId.getWidth()).isEqualTo(callIdPref, within(1.0));
        assertThat(preview.getWidth()).isPositive().isLessThan(previewPref);
        assertInside(card);

        // Narrower: the preview is gone and the call id is elided in its middle; the name stays whole.
        double narrow = sizeCardTo(robot, card, Math.ceil(namePref) + 140);
        assertThat(card.getWidth()).isEqualTo(narrow);
        assertThat(preview.getWidth()).isZero();
        assertThat(name.getWidth()).isEqualTo(namePref, within(1.0));
        assertThat(callId.getWidth()).isPositive().isLessThan(callIdPref);
        assertInside(card);

        // Narrower than the name: the name is elided, and still nothing leaves the card.
        sizeCardTo(robot, card, 120);
        assertThat(callId.getWidth()).isZero();
        assertThat(name.getWidth()).isLessThan(namePref);
        assertInside(card);
    }

    @Test
    void aNarrowCheckedCardKeepsTheBadgesWordsBeforeAllOfTheNameAndItsIconToTheEnd(FxRobot robot) throws Exception {
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call(
                        "call_K4gtOIYc7osAS0GhMbfW8hyY",
                        "check_availability",
                        "{\"date\":\"2025-04-22\",\"time_of_day\":\"afternoon\"}"),
                context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        robot.interact(() -> model.setCheck(com.transcriptviewer.testing.Checks.twoProblems()));
        javafx.scene.control.Labeled name = card.getFunctionName();
        javafx.scene.control.Labeled badge = card.getCheckBadge();
        javafx.scene.control.Labeled callId = robot.lookup(".call-id").queryLabeled();
        double namePref = onFx(() -> name.prefWidth(-1));
        double badgePref = onFx(() -> badge.prefWidth(-1));

        // Roomy: name and badge whole, the preview gives way.
        sizeCardTo(robot, card, 520);
        assertThat(name.getWidth()).isEqualTo(namePref, within(1.0));
        assertThat(badge.getWidth()).isEqualTo(badgePref, within(1.0));
        assertInside(card);
        javafx.scene.control.Labeled preview =
                robot.lookup(".arguments-preview").queryLabeled();
        double chrome = 520 - name.getWidth() - badge.getWidth() - preview.getWidth() - callId.getWidth();

        // Room for the badge but not the whole name: the call id is gone, the name is cut, the badge keeps its words.
        sizeCardTo(robot, card, Math.ceil(chrome + badgePref + namePref - 20));
        assertThat(callId.getWidth()).isZero();
        assertThat(badge.getWidth()).isEqualTo(badgePref, within(1.0));
        assertThat(name.getWidth()).isPositive().isLessThan(namePref);
        assertInside(card);

        // Narrowest: the badge's icon is still inside the card.
        sizeCardTo(robot, card, 90);
        assertThat(badge.getWidth()).isPositive().isLessThan(badgePref);
        assertInside(card);
    }

    @Test
    void anExpandedCardWhoseJsonFitsShowsItWholeWithoutAScrollBar(FxRobot robot) throws Exception {
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call("call_1", "lookup_record", "{\"kind\":\"account\",\"reference\":483920,\"turn\":12}"),
                context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        robot.clickOn(card.getHeader());
        waitFor(robot, () -> model.getState() == FormatState.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        JsonView json = card.getJsonView();
        assertThat(onFx(() -> shownScrollBars(json, Orientation.VERTICAL)))
                .as("five lines fit: nothing to scroll")
                .isEmpty();
        assertThat(onFx(() -> shownScrollBars(json, Orientation.HORIZONTAL)))
                .as("no line is wider than the card")
                .isEmpty();
        assertThat(onFx(() -> json.getArea().getTotalHeightEstimate()))
                .as("every line in the area's height")
                .isLessThanOrEqualTo(onFx(() -> json.getArea().getHeight()));
    }

    @Test
    void anExpandedCardWhoseJsonIsTallerThanItsAreaScrolls(FxRobot robot) throws Exception {
        StringBuilder arguments = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            arguments
                    .append(i == 0 ? "" : ",")
                    .append("\"field_")
                    .append(i)
                    .append("\":")
                    .append(i);
        }
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call("call_1", "save_form", arguments.append('}').toString()), context(DAEMON_THREAD));
        ToolCallCard card = show(robot, model);
        robot.clickOn(card.getHeader());
        waitFor(robot, () -> model.getState() == FormatState.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> shownScrollBars(card.getJsonView(), Orientation.VERTICAL)))
                .as("62 lines are more than the area holds")
                .hasSize(1);
    }

    /** The scroll bars of {@code orientation} inside {@code node} that a user sees. */
    private static List<ScrollBar> shownScrollBars(javafx.scene.Node node, Orientation orientation) {
        return node.lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == orientation && shown(bar) && bar.getHeight() > 0)
                .toList();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Lays the card out at {@code width}, as a bubble of that width would, and returns the width. */
    private static double sizeCardTo(FxRobot robot, ToolCallCard card, double width) {
        robot.interact(() -> {
            card.setPrefWidth(width);
            card.setMaxWidth(width);
            card.getParent().applyCss();
            card.getParent().layout();
        });
        return width;
    }

    /** Every part of the header lies within the card's width. */
    private static void assertInside(ToolCallCard card) {
        double right = card.getWidth() - card.snappedRightInset();
        for (javafx.scene.Node part : card.getHeader().getChildrenUnmodifiable()) {
            javafx.geometry.Bounds bounds = card.sceneToLocal(part.localToScene(part.getLayoutBounds()));
            assertThat(bounds.getMaxX()).as(part.getStyleClass().toString()).isLessThanOrEqualTo(right + 0.5);
        }
    }
}
