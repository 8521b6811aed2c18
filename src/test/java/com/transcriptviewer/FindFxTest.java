package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.find.FindMatch;
import com.transcriptviewer.transcript.find.FindViewModel;
import com.transcriptviewer.ui.MarkStyles;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Find in the real window on the demo server: keys, loading the rest, scrolling to and marking the match. */
class FindFxTest extends WindowTest {

    private WindowFixture openShown(String conversation) throws Exception {
        WindowFixture window = demoWindow("--conversation", conversation);
        window.awaitFirstPage();
        return window;
    }

    private static FindViewModel find(WindowFixture window) {
        return window.desktop().find();
    }

    private static void ctrlF(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The bubble on screen showing message {@code messageIndex}. */
    private static MessageBubble bubbleOf(WindowFixture window, int messageIndex) throws Exception {
        return window.visibleBubbles().stream()
                .filter(bubble -> bubble.getViewModel()
                        == ((TranscriptRow.MessageRow)
                                        window.transcript().rows().get(messageIndex))
                                .bubble())
                .findFirst()
                .orElseThrow(() -> new AssertionError("message " + messageIndex + " is not on screen"));
    }

    /** True when message {@code messageIndex} shows in a visible cell (call on the FX thread). */
    private static boolean onScreen(WindowFixture window, int messageIndex) {
        try {
            bubbleOf(window, messageIndex);
            return true;
        } catch (Exception | AssertionError e) {
            return false;
        }
    }

    /** Offsets of the characters of {@code area} carrying style class {@code styleClass}. */
    private static List<Integer> styled(StyleClassedTextArea area, String styleClass) throws Exception {
        return onFx(() -> IntStream.range(0, area.getLength())
                .filter(i -> {
                    Collection<String> style = area.getStyleOfChar(i);
                    return style.contains(styleClass);
                })
                .boxed()
                .toList());
    }

    /** True when {@code bounds} (on screen) lie inside the list's viewport. */
    private static boolean inViewport(WindowFixture window, Bounds bounds) throws Exception {
        return onFx(() -> {
            Bounds local = window.flow().screenToLocal(bounds);
            return local.getMinY() >= 0 && local.getMaxY() <= window.flow().getHeight();
        });
    }

    @Test
    void ctrlFAndTypingLoadsTheRestScrollsToTheMatchAndMarksItWithoutEnter(FxRobot robot) throws Exception {
        WindowFixture window = openShown(DemoData.STRESS_TEST_ID);
        assertThat(window.pagesRequested(DemoData.STRESS_TEST_ID)).hasSizeLessThan(5);
        robot.clickOn(window.list());

        ctrlF(robot);
        TextField field = robot.lookup(".find-field").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();
        // Message 9,991 of 10,000 says "Turn 1000: ...": on the last page, far below what is loaded.
        robot.write("turn 1000:");
        waitUntil(
                () -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE
                        && find(window).matchCountProperty().get() == 1,
                120);
        assertThat(window.pagesRequested(DemoData.STRESS_TEST_ID))
                .as("every page, once")
                .doesNotHaveDuplicates()
                .hasSize(100);
        // Typing alone made the match current, selected and on screen, as a browser does.
        waitUntil(() -> find(window).currentMatchProperty().get() != null);
        FindMatch match = find(window).currentMatchProperty().get();
        assertThat(match.messageIndex()).isEqualTo(9_990);
        assertThat(find(window).counterTextProperty().get()).isEqualTo("1 of 1");
        waitUntil(() -> window.list().getSelectionModel().getSelectedIndex() == 9_990 && onScreen(window, 9_990));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find(window).counterTextProperty().get())
                .as("Enter goes on to the next, the only one")
                .isEqualTo("1 of 1");

        assertThat(onFx(() -> window.list().getSelectionModel().getSelectedIndex()))
                .isEqualTo(9_990);
        MessageBubble bubble = bubbleOf(window, 9_990);
        StyleClassedTextArea text = bubble.getMessageText();
        assertThat(onFx(text::isVisible))
                .as("the text shows in the area that can mark it")
                .isTrue();
        assertThat(styled(text, MarkStyles.CURRENT)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(inViewport(
                        window, onFx(() -> bubble.currentMarkBoundsOnScreen().orElseThrow())))
                .isTrue();
        assertThat(field.isFocused()).as("Enter again goes on from the field").isTrue();

        // Scrolled away and back, a reused cell shows the marks again: they live in the view-model.
        onFx(() -> window.list().scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> window.list().scrollTo(9_990));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(styled(bubbleOf(window, 9_990).getMessageText(), MarkStyles.CURRENT))
                .hasSize(10);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup(".find-bar").query().isVisible())).isFalse();
        assertThat(styled(bubbleOf(window, 9_990).getMessageText(), MarkStyles.MATCH))
                .as("highlights cleared")
                .isEmpty();
    }

    @Test
    void typingMarksEveryMatchOnScreenAndTheFirstCurrentThenEnterAndShiftEnterMove(FxRobot robot) throws Exception {
        WindowFixture window = openShown(DemoData.STRESS_TEST_ID);
        onFx(() -> {
            window.list().getSelectionModel().clearSelection();
            window.list().requestFocus();
        });
        ctrlF(robot);
        // "It's urgent, thanks." is the third message of every ten.
        robot.write("urgent");
        waitUntil(() -> find(window).currentIndexProperty().get() == 0);
        assertThat(find(window).currentMatchProperty().get().messageIndex()).isEqualTo(2);
        waitUntil(() -> window.list().getSelectionModel().getSelectedIndex() == 2 && onScreen(window, 2));
        assertThat(styled(bubbleOf(window, 2).getMessageText(), MarkStyles.CURRENT))
                .as("the first, current")
                .containsExactly(5, 6, 7, 8, 9, 10);
        // The next one, ten messages on, brought on screen by hand.
        onFx(() -> window.list().scrollTo(10));
        waitUntil(() -> onScreen(window, 12));
        assertThat(styled(bubbleOf(window, 12).getMessageText(), MarkStyles.MATCH))
                .as("marked, not current")
                .containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(styled(bubbleOf(window, 12).getMessageText(), MarkStyles.CURRENT))
                .isEmpty();

        robot.type(KeyCode.ENTER);
        waitUntil(() -> find(window).currentIndexProperty().get() == 1);
        assertThat(find(window).currentMatchProperty().get().messageIndex()).isEqualTo(12);
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        waitUntil(() -> find(window).currentIndexProperty().get() == 0);
    }

    @Test
    void aMatchInToolArgumentsExpandsTheCardAndMarksThePrettyJson(FxRobot robot) throws Exception {
        WindowFixture window = openShown(DemoData.QA_EDGE_CASES_ID);
        robot.clickOn(window.list());
        ctrlF(robot);
        // In the 2 MB arguments of upload_document: {"document":{"name":"scanned-contract.txt",...
        robot.write("scanned-contract").type(KeyCode.ENTER);
        waitUntil(() -> find(window).currentMatchProperty().get() != null);
        FindMatch match = find(window).currentMatchProperty().get();
        assertThat(match.where()).isEqualTo(FindMatch.Where.ARGUMENTS);
        waitUntil(() -> window.list().getSelectionModel().getSelectedIndex() == match.messageIndex());

        MessageBubble bubble = bubbleOf(window, match.messageIndex());
        ToolCallCard card = onFx(() -> bubble.getCards().get(match.callIndex()));
        waitUntil(() -> card.getJsonView().isVisible()
                && !card.getJsonView().getDisplayedText().isEmpty());
        String shown = onFx(() -> card.getJsonView().getDisplayedText());
        int at = shown.indexOf("scanned-contract");
        assertThat(shown).as("pretty-printed").startsWith("{\n  \"document\": {");
        List<Integer> current = styled(card.getJsonView().getArea(), MarkStyles.CURRENT);
        assertThat(current)
                .containsExactlyElementsOf(IntStream.range(at, at + 16).boxed().toList());
        assertThat(onFx(() -> card.getJsonView().getArea().getStyleOfChar(at)))
                .as("the syntax colour stays under the mark")
                .contains("json-string");
        Bounds mark = onFx(() -> bubble.currentMarkBoundsOnScreen().orElseThrow());
        assertThat(inViewport(window, mark)).isTrue();
    }

    @Test
    void aMatchFarDownATallRowIsScrolledIntoView(FxRobot robot) throws Exception {
        WindowFixture window = openShown(DemoData.QA_EDGE_CASES_ID);
        onFx(() -> window.list().requestFocus());
        ctrlF(robot);
        // Only the 50,000-character line says "fox", hundreds of times; Shift+Enter wraps to its last one.
        robot.write("fox");
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE
                && find(window).matchCountProperty().get() > 100);
        int count = find(window).matchCountProperty().get();
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        waitUntil(() -> find(window).currentIndexProperty().get() == count - 1);
        FindMatch last = find(window).currentMatchProperty().get();
        assertThat(last.start()).as("near the end of the long line").isGreaterThan(45_000);

        waitUntil(() -> onScreen(window, last.messageIndex()));
        MessageBubble bubble = bubbleOf(window, last.messageIndex());
        assertThat(onFx(() -> bubble.getHeight()))
                .as("a row taller than the list")
                .isGreaterThan(onFx(() -> window.flow().getHeight()));
        waitUntil(() -> bubble.currentMarkBoundsOnScreen()
                .map(b -> {
                    javafx.geometry.Bounds local = window.flow().screenToLocal(b);
                    return local.getMinY() >= 0
                            && local.getMaxY() <= window.flow().getHeight();
                })
                .orElse(false));
        assertThat(styled(bubble.getMessageText(), MarkStyles.CURRENT))
                .containsExactly(last.start(), last.start() + 1, last.start() + 2);
    }

    @Test
    void aMatchInAMessageTheFiltersHideIsCountedAndSaidSo(FxRobot robot) throws Exception {
        WindowFixture window = openShown(DemoData.APPOINTMENT_BOOKING_ID);
        onFx(() -> window.desktop().transcriptFilters().showToolProperty().set(false));
        onFx(() -> window.list().requestFocus());
        ctrlF(robot);
        // The code is in the tool result of book_appointment (hidden by the filter), then in the answer after it.
        robot.write("LD-48213");
        waitUntil(() -> find(window).currentMatchProperty().get() != null);
        FindMatch first = find(window).currentMatchProperty().get();
        Node note = robot.lookup(".find-note").query();
        boolean firstHidden = onFx(() ->
                window.transcript().messages().get(first.messageIndex()).role().kind()
                        == com.transcriptviewer.model.Role.Kind.TOOL);
        assertThat(firstHidden).as("the first match is in a tool result").isTrue();
        assertThat(onFx(note::isVisible)).isTrue();

        robot.type(KeyCode.ENTER);
        waitUntil(() -> find(window).currentIndexProperty().get() == 1);
        assertThat(onFx(note::isVisible)).as("the assistant's answer is shown").isFalse();
        assertThat(onFx(() -> window.list().getSelectionModel().getSelectedItem()))
                .isInstanceOfSatisfying(
                        TranscriptRow.MessageRow.class,
                        row -> assertThat(row.index())
                                .isEqualTo(find(window)
                                        .currentMatchProperty()
                                        .get()
                                        .messageIndex()));
    }

    @Test
    void theFieldsClearButtonEmptiesTheQueryAndClearsTheMatches(FxRobot robot) throws Exception {
        WindowFixture window = openShown(DemoData.APPOINTMENT_BOOKING_ID);
        robot.clickOn(window.list());
        ctrlF(robot);
        TextField field = robot.lookup(".find-field").queryAs(TextField.class);
        Node clear = robot.from(field).lookup(".clear-button").query();
        assertThat(onFx(clear::getOpacity))
                .as("no clear button while the field is empty")
                .isZero();

        // "Of course. Do you have a preferred day or time?": once, in a message's text.
        robot.write("preferred").type(KeyCode.ENTER);
        waitUntil(() -> find(window).currentMatchProperty().get() != null);
        int index = find(window).currentMatchProperty().get().messageIndex();
        waitUntil(() -> window.list().getSelectionModel().getSelectedIndex() == index && onScreen(window, index));
        assertThat(styled(bubbleOf(window, index).getMessageText(), MarkStyles.CURRENT))
                .isNotEmpty();
        waitUntil(() -> clear.getOpacity() == 1.0);

        robot.clickOn(clear);
        waitUntil(() -> field.getText().isEmpty());
        assertThat(find(window).queryProperty().get()).isEmpty();
        assertThat(find(window).matchCountProperty().get()).isZero();
        assertThat(find(window).currentMatchProperty().get()).isNull();
        assertThat(find(window).counterTextProperty().get()).isEmpty();
        assertThat(styled(bubbleOf(window, index).getMessageText(), MarkStyles.MATCH))
                .as("highlights cleared")
                .isEmpty();
        assertThat(find(window).isOpen())
                .as("the bar stays open for the next query")
                .isTrue();
        assertThat(field.isFocused()).isTrue();
    }

    @Test
    void shiftEnterGoesBackAndTheButtonsToo(FxRobot robot) throws Exception {
        WindowFixture window = openShown(DemoData.APPOINTMENT_BOOKING_ID);
        robot.clickOn(window.list());
        onFx(() -> window.list().getSelectionModel().clearSelection());
        ctrlF(robot);
        robot.write("cleaning");
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE
                && find(window).matchCountProperty().get() == 3);
        int count = find(window).matchCountProperty().get();

        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        waitUntil(() -> find(window).currentIndexProperty().get() == count - 1);
        assertThat(find(window).counterTextProperty().get()).isEqualTo(count + " of " + count);

        robot.clickOn(".find-next");
        waitUntil(() -> find(window).currentIndexProperty().get() == 0);
        robot.clickOn(".find-previous");
        waitUntil(() -> find(window).currentIndexProperty().get() == count - 1);
        int selected = onFx(() -> window.list().getSelectionModel().getSelectedIndex());
        assertThat(selected).isEqualTo(find(window).currentMatchProperty().get().messageIndex());

        robot.clickOn(".find-whole-word");
        waitUntil(() -> find(window).wholeWordProperty().get());
        Node close = robot.lookup(".find-close").query();
        robot.clickOn(close);
        assertThat(find(window).isOpen()).isFalse();
    }
}
