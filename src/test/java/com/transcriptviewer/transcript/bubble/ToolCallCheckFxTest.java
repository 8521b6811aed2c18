package com.transcriptviewer.transcript.bubble;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.testing.Checks;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.ui.json.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A card's check: the badge in its header, and under the arguments the problems, their marks and the definition. */
@ExtendWith(ApplicationExtension.class)
class ToolCallCheckFxTest {

    static final String BOOKING = "{\"patient\":{\"name\":\"Maria Gonzalez\",\"phone\":\"+13125550187\"},"
            + "\"slot\":\"2025-04-22T15:00:00-05:00\",\"service\":\"cleaning\"}";

    private final List<String> copied = new ArrayList<>();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        StyledStages.show(stage, new ScrollPane(root), 800, 600);
    }

    private static ToolCallCardViewModel booking() {
        return new ToolCallCardViewModel(call("call_1", "book_appointment", BOOKING), Fixtures.directContext());
    }

    private ToolCallCard show(FxRobot robot, ToolCallCardViewModel model) {
        AtomicReference<ToolCallCard> card = new AtomicReference<>();
        robot.interact(() -> {
            ToolCallCard view = new ToolCallCard(new JsonView(Runnable::run, Runnable::run), copied::add);
            view.setPrefWidth(760);
            view.bind(model);
            root.getChildren().setAll(view);
            card.set(view);
        });
        return card.get();
    }

    private static String marked(JsonView view, TextMarks.Range range) {
        return view.getDisplayedText().substring(range.start(), range.end());
    }

    @Test
    void theBadgeSaysTheVerdictInWordsWithTheBasisAsItsTooltip(FxRobot robot) {
        ToolCallCardViewModel model = booking();
        ToolCallCard card = show(robot, model);
        Label badge = card.getCheckBadge();
        assertThat(shown(badge)).as("nothing while not checked yet").isFalse();

        record Expected(ToolCallCheck check, String text, String tone) {}
        List<Expected> cases = List.of(
                new Expected(Checks.ok(), "OK", CheckBadge.OK),
                new Expected(Checks.twoProblems(), "2 problems", CheckBadge.PROBLEM),
                new Expected(Checks.unknownFunction("book_appointment"), "Unknown function", CheckBadge.PROBLEM),
                new Expected(Checks.noDefinition(), "No definition", CheckBadge.MUTED),
                new Expected(Checks.invalidJson(), "Invalid JSON", CheckBadge.PROBLEM));
        for (Expected expected : cases) {
            robot.interact(() -> model.setCheck(expected.check()));
            assertThat(shown(badge)).isTrue();
            assertThat(badge.getText()).isEqualTo(expected.text());
            assertThat(badge.getGraphic()).as("an icon as well as words").isNotNull();
            assertThat(badge.getStyleClass()).contains(expected.tone());
            assertThat(badge.getTooltip().getText()).startsWith(expected.check().basis());
        }
        ToolCallCheck one = new ToolCallCheck(
                ToolCallCheck.Status.SCHEMA_MISMATCH,
                List.of(new ToolCallCheck.Problem("/slot", "slot should be a date and time.")),
                Checks.BASIS,
                java.util.Optional.empty());
        robot.interact(() -> model.setCheck(one));
        assertThat(badge.getText()).isEqualTo("1 problem");
        assertThat(badge.getTooltip().getText()).isEqualTo(Checks.BASIS + "\n/slot — slot should be a date and time.");

        robot.interact(() -> model.setCheck(null));
        assertThat(shown(badge)).isFalse();
    }

    @Test
    void inPrivacyModeAProblemQuotingAnArgumentIsMaskedInTheBadgeAndUnderTheArguments(FxRobot robot) {
        BubbleContext context = Fixtures.directContext();
        ToolCallCardViewModel model =
                new ToolCallCardViewModel(call("call_1", "pay", "{\"card_number\":\"4111 1111 1111 1111\"}"), context);
        ToolCallCard card = show(robot, model);
        ToolCallCheck quoting = new ToolCallCheck(
                ToolCallCheck.Status.SCHEMA_MISMATCH,
                List.of(new ToolCallCheck.Problem(
                        "/card_number", "It is the text \"4111 1111 1111 1111\", not a token.")),
                Checks.BASIS,
                java.util.Optional.empty());
        robot.interact(() -> {
            model.setCheck(quoting);
            model.setExpanded(true);
        });
        assertThat(card.getCheckBadge().getTooltip().getText()).contains("4111 1111 1111 1111");

        robot.interact(() -> {
            context.mask().set(PrivacyMasks.forConversation(null));
            // The transcript binds its cells again when the mask changes.
            card.bind(model);
        });
        assertThat(card.getCheckBadge().getTooltip().getText())
                .doesNotContain("4111 1111 1111 1111")
                .contains("•••• •••• •••• 1111");
        assertThat(card.getCheckPane().problemLines())
                .extracting(Label::getText)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .doesNotContain("4111 1111 1111 1111")
                        .startsWith("/card_number — It is the text"));

        robot.interact(() -> {
            context.mask().set(TextMask.NONE);
            card.bind(model);
        });
        assertThat(card.getCheckPane().problemLines().get(0).getText()).contains("4111 1111 1111 1111");
    }

    @Test
    void invalidJsonShowsOneBadgeOnceChecked(FxRobot robot) {
        ToolCallCardViewModel model = new ToolCallCardViewModel(
                call("c", "send_dtmf", "{\"digits\": \"12#\",\n \"extra\": }"), Fixtures.directContext());
        ToolCallCard card = show(robot, model);
        robot.interact(() -> model.setExpanded(true));
        assertThat(shown(card.getInvalidBadge()))
                .as("before the check: the formatter's badge")
                .isTrue();

        robot.interact(() -> model.setCheck(Checks.invalidJson()));

        assertThat(shown(card.getInvalidBadge())).isFalse();
        assertThat(card.getCheckBadge().getText()).isEqualTo("Invalid JSON");
        assertThat(card.getCheckBadge().getTooltip().getText())
                .contains(Checks.invalidJson().basis())
                .contains("line 2, column 11");
        assertThat(card.getCheckPane().syntaxError().getText()).contains("line 2, column 11");
        assertThat(shown(card.getCheckPane().syntaxError())).isTrue();
    }

    @Test
    void theProblemsAreListedUnderTheArgumentsAndMarkedOnTheirKeys(FxRobot robot) {
        ToolCallCardViewModel model = booking();
        ToolCallCard card = show(robot, model);
        robot.interact(() -> model.setExpanded(true));
        assertThat(card.getCheckPane()).as("nothing built before a check").isNull();

        // The check arrives after the card is open.
        robot.interact(() -> model.setCheck(Checks.twoProblems()));

        ToolCallCheckPane pane = card.getCheckPane();
        assertThat(shown(pane)).isTrue();
        assertThat(pane.basis().getText()).isEqualTo(Checks.BASIS);
        assertThat(pane.problemLines())
                .extracting(Label::getText)
                .containsExactly(
                        "/service — service should be one of: checkup, whitening, filling; it is \"cleaning\".",
                        "/patient/email — patient.email is required and missing.");
        JsonView json = card.getJsonView();
        assertThat(json.getProblemMarks().ranges())
                .extracting(range -> marked(json, range))
                .as("in text order; the missing email marks the object it is missing from")
                .containsExactly("\"patient\"", "\"service\"");
        assertThat(json.getMarks()).as("find's marks are its own").isEqualTo(TextMarks.NONE);
        assertThat(json.getArea().getStyleOfChar(json.getDisplayedText().indexOf("\"service\"") + 1))
                .contains("check-problem", "json-key")
                .doesNotContain("find-current");

        robot.clickOn(pane.problemLines().get(0));
        assertThat(json.getArea().getSelectedText()).isEqualTo("\"service\"");
        robot.clickOn(pane.problemLines().get(1));
        assertThat(json.getArea().getSelectedText()).isEqualTo("\"patient\"");
    }

    @Test
    void rawModeMarksTheProblemsInTheTextAsSent(FxRobot robot) {
        ToolCallCardViewModel model = booking();
        ToolCallCard card = show(robot, model);
        robot.interact(() -> {
            model.setCheck(Checks.twoProblems());
            model.setExpanded(true);
            model.rawProperty().set(true);
        });
        JsonView json = card.getJsonView();
        assertThat(json.getDisplayedText()).isEqualTo(BOOKING);
        assertThat(json.getProblemMarks().ranges())
                .extracting(range -> marked(json, range))
                .containsExactly("\"patient\"", "\"service\"");
    }

    @Test
    void theDefinitionOpensOnRequestWithItsParameterTable(FxRobot robot) {
        ToolCallCardViewModel model = booking();
        ToolCallCard card = show(robot, model);
        robot.interact(() -> {
            model.setCheck(Checks.twoProblems());
            model.setExpanded(true);
        });
        ToolCallCheckPane pane = card.getCheckPane();
        assertThat(pane.definition()).as("closed, and not built, at first").isNull();
        assertThat(shown(pane.definitionToggle())).isTrue();

        robot.clickOn(pane.definitionToggle());

        assertThat(model.definitionShownProperty().get()).isTrue();
        DefinitionView definition = pane.definition();
        assertThat(shown(definition)).isTrue();
        assertThat(row(definition.table(), 0))
                .as("a webhook taking body and path parameters says where each goes")
                .containsExactly("Name", "Type", "Required", "Allowed", "Location", "Description");
        assertThat(row(definition.table(), 7))
                .containsExactly(
                        "service",
                        "string",
                        "yes",
                        "one of: checkup, whitening, filling",
                        "body",
                        "What the appointment is for.");
        assertThat(row(definition.table(), 8)).startsWith("clinic_id", "string", "no");
        assertThat(texts(definition)).contains(Checks.bookAppointment().description());

        robot.clickOn(pane.definitionToggle());
        assertThat(shown(definition)).isFalse();
    }

    @Test
    void aTransferListsItsTargetsAndNeedsNoLocationColumn(FxRobot robot) {
        ToolCallCardViewModel model =
                new ToolCallCardViewModel(call("t", "transfer", "{\"to\":\"+13125550100\"}"), Fixtures.directContext());
        ToolCallCard card = show(robot, model);
        robot.interact(() -> {
            model.setCheck(Checks.transferOk());
            model.setExpanded(true);
            model.definitionShownProperty().set(true);
        });
        DefinitionView definition = card.getCheckPane().definition();
        assertThat(row(definition.table(), 0)).doesNotContain("Location");
        assertThat(texts(definition))
                .contains("Transfers to", "• +13125550100 (Front desk)", "• +13125550111 (Billing)");
    }

    @Test
    void withoutADefinitionTheBasisIsOneQuietLine(FxRobot robot) {
        ToolCallCardViewModel model = new ToolCallCardViewModel(call("h", "hangup", "{}"), Fixtures.directContext());
        ToolCallCard card = show(robot, model);
        robot.interact(() -> {
            model.setCheck(Checks.noDefinition());
            model.setExpanded(true);
        });
        ToolCallCheckPane pane = card.getCheckPane();
        assertThat(pane.basis().getText()).isEqualTo(Checks.noDefinition().basis());
        assertThat(shown(pane.definitionToggle())).isFalse();
        assertThat(pane.problemLines()).isEmpty();
    }

    @Test
    void aReusedCardShowsEachCallsOwnCheck(FxRobot robot) {
        ToolCallCardViewModel checked = booking();
        ToolCallCardViewModel unchecked =
                new ToolCallCardViewModel(call("h", "hangup", "{}"), Fixtures.directContext());
        robot.interact(() -> {
            checked.setCheck(Checks.twoProblems());
            checked.setExpanded(true);
            unchecked.setExpanded(true);
        });
        ToolCallCard card = show(robot, checked);
        assertThat(card.getCheckBadge().getText()).isEqualTo("2 problems");

        robot.interact(() -> card.bind(unchecked));
        assertThat(shown(card.getCheckBadge())).isFalse();
        assertThat(shown(card.getCheckPane())).isFalse();
        assertThat(card.getJsonView().getProblemMarks()).isEqualTo(TextMarks.NONE);
        // The old call's check changing no longer reaches this card.
        robot.interact(() -> checked.setCheck(Checks.ok()));
        assertThat(shown(card.getCheckBadge())).isFalse();

        robot.interact(() -> card.bind(checked));
        assertThat(card.getCheckBadge().getText()).isEqualTo("OK");
        assertThat(shown(card.getCheckPane())).isTrue();
    }

    @Test
    void rightClickCopiesTheDefinition(FxRobot robot) throws Exception {
        ToolCallCardViewModel model = booking();
        ToolCallCard card = show(robot, model);
        robot.interact(() -> {
            model.setCheck(Checks.twoProblems());
            model.setExpanded(true);
            model.definitionShownProperty().set(true);
        });
        com.transcriptviewer.testing.ContextMenus.open(
                robot, card.getCheckPane().definition().table());
        robot.clickOn("Copy definition");
        FxThread.waitUntil(() -> copied.size() == 1, 10);
        assertThat(copied.get(0))
                .startsWith("book_appointment (webhook)\n")
                .contains(
                        "service\tstring\tyes\tone of: checkup, whitening, filling\tbody\tWhat the appointment is for.");
    }

    /** The texts of a grid row, by column. */
    private static List<String> row(GridPane grid, int row) {
        return grid.getChildren().stream()
                .filter(node -> node instanceof Label && GridPane.getRowIndex(node) == row)
                .sorted(java.util.Comparator.comparingInt(GridPane::getColumnIndex))
                .map(node -> ((Label) node).getText())
                .toList();
    }

    private static List<String> texts(Node root) {
        return root.lookupAll(".label").stream()
                .map(node -> ((Label) node).getText())
                .toList();
    }
}
