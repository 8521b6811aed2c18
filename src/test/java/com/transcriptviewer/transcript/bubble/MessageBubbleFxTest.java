package com.transcriptviewer.transcript.bubble;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Fixtures.message;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.ui.json.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Pos;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MessageBubbleFxTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        StyledStages.show(stage, root, 800, 600);
    }

    private MessageBubble show(FxRobot robot, MessageBubbleViewModel model) {
        AtomicReference<MessageBubble> bubble = new AtomicReference<>();
        robot.interact(() -> {
            MessageBubble view = new MessageBubble(
                    () -> new ToolCallCard(new JsonView(Runnable::run, Runnable::run), text -> {}),
                    new JsonView(Runnable::run, Runnable::run));
            view.bind(model);
            root.getChildren().setAll(view);
            bubble.set(view);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return bubble.get();
    }

    private static MessageBubbleViewModel model(Message message) {
        return new MessageBubbleViewModel(message, Fixtures.START, null, Fixtures.directContext());
    }

    @Test
    void eachRoleGetsItsPseudoClassLabelAndSide(FxRobot robot) {
        MessageBubble assistant = show(robot, model(message(Role.ASSISTANT, "Hello", 0)));
        assertThat(assistant.getBubble().getStyleClass()).contains("bubble");
        assertThat(states(assistant)).contains("assistant");
        assertThat(assistant.getRoleLabel().getText()).isEqualTo("Assistant");
        assertThat(assistant.getAlignment()).isEqualTo(Pos.TOP_LEFT);

        MessageBubble user = show(robot, model(message(Role.USER, "Hi", 1)));
        assertThat(states(user)).contains("user").doesNotContain("assistant");
        assertThat(user.getAlignment()).isEqualTo(Pos.TOP_RIGHT);
        assertThat(user.getBubble().getBoundsInParent().getMaxX())
                .as("user bubble hugs the right edge")
                .isGreaterThan(user.getWidth() - 40);

        MessageBubble tool = show(robot, model(message(Role.TOOL, "done", 2)));
        assertThat(states(tool)).contains("tool");
        assertThat(tool.getBubble().getWidth()).as("tool result spans the row").isGreaterThan(tool.getWidth() - 40);

        MessageBubble unknown = show(robot, model(message(Role.of("supervisor"), "note", 3)));
        assertThat(states(unknown)).contains("unknown");
        assertThat(unknown.getRoleLabel().getText()).isEqualTo("supervisor");
    }

    @Test
    void htmlLookingTextIsShownLiterally(FxRobot robot) {
        String text = "<b>Call me</b> at <a href=\"tel:+1312\">+1 312</a> &amp; thanks";
        MessageBubble bubble = show(robot, model(message(Role.USER, text, 0)));
        assertThat(bubble.getMessageLabel().getText()).isEqualTo(text);
        assertThat(shown(bubble.getMessageLabel())).isTrue();

        robot.interact(bubble::beginSelection);
        assertThat(bubble.getMessageText().getText()).isEqualTo(text);
        assertThat(shown(bubble.getMessageText())).isTrue();
        assertThat(shown(bubble.getMessageLabel())).isFalse();
        assertThat(bubble.getMessageText().isEditable()).isFalse();
    }

    @Test
    void textIsSelectableAndFullyVisible(FxRobot robot) {
        String text = "A long answer that must wrap over several lines in the bubble. ".repeat(12);
        MessageBubble bubble = show(robot, model(message(Role.ASSISTANT, text, 0)));
        double labelHeight = bubble.getMessageLabel().getHeight();
        robot.moveTo(bubble.getMessageLabel());
        assertThat(shown(bubble.getMessageText()))
                .as("pointing at the text makes it selectable")
                .isTrue();
        robot.interact(() -> bubble.getMessageText().selectAll());
        assertThat(bubble.getMessageText().getSelectedText()).isEqualTo(text);
        assertThat(bubble.getMessageText().getHeight())
                .as("wrapped text gets several lines of height")
                .isGreaterThan(bubble.getRoleLabel().getHeight() * 3)
                .as("the area takes exactly the label's place")
                .isEqualTo(labelHeight);
        assertThat(bubble.getBubble().getWidth())
                .isLessThanOrEqualTo(bubble.getWidth() * MessageBubble.MAX_WIDTH_FRACTION + 1);
    }

    @Test
    void bindingTheSameMessageAgainKeepsTheAreaUnderThePointerAndItsSelection(FxRobot robot) {
        String text = "Reset link sent to lee@example.com a minute ago.";
        MessageBubbleViewModel model = model(message(Role.ASSISTANT, text, 0));
        MessageBubble bubble = show(robot, model);
        robot.moveTo(bubble.getMessageLabel());
        assertThat(shown(bubble.getMessageText())).isTrue();

        // The list binds a cell again on a layout, as after the press that selects its message: a click that follows
        // must still land on the text area.
        robot.interact(() -> bubble.bind(model));
        assertThat(shown(bubble.getMessageText()))
                .as("the area under the pointer stays")
                .isTrue();
        assertThat(shown(bubble.getMessageLabel())).isFalse();
        assertThat(bubble.getMessageText().getText()).isEqualTo(text);

        robot.interact(() -> bubble.getMessageText().selectRange(0, 5));
        robot.moveTo(bubble.getRoleLabel());
        robot.interact(() -> bubble.bind(model));
        assertThat(bubble.getMessageText().getSelectedText())
                .as("a selection survives, pointer elsewhere")
                .isEqualTo("Reset");

        // Another message in the same cell shows in the label, as always.
        MessageBubbleViewModel other = model(message(Role.ASSISTANT, "Anything else?", 1));
        robot.interact(() -> bubble.bind(other));
        assertThat(shown(bubble.getMessageLabel())).isTrue();
        assertThat(bubble.getMessageLabel().getText()).isEqualTo("Anything else?");
    }

    @Test
    void veryLongTextUsesTheVirtualisedAreaFromTheStart(FxRobot robot) {
        String text = "x".repeat(50_000);
        MessageBubble bubble = show(robot, model(message(Role.USER, text, 0)));
        assertThat(shown(bubble.getMessageText())).isTrue();
        assertThat(shown(bubble.getMessageLabel())).isFalse();
        assertThat(bubble.getMessageText().getText()).hasSize(50_000);
    }

    @Test
    void aFiftyThousandCharacterLineIsShownWholeWithoutScrollingInsideTheArea(FxRobot robot) {
        StringBuilder line = new StringBuilder();
        while (line.length() < 50_000) {
            line.append("The quick brown fox jumps over the lazy dog without ever stopping for a line break. ");
        }
        line.setLength(50_000);
        assertAreaHoldsAllItsText(robot, show(robot, model(message(Role.USER, line.toString(), 0))));
    }

    @Test
    void aFiftyThousandCharacterWordIsShownWhole(FxRobot robot) {
        // No spaces: the text breaks inside the word, wherever the line is full.
        assertAreaHoldsAllItsText(robot, show(robot, model(message(Role.ASSISTANT, "x".repeat(50_000), 0))));
    }

    @Test
    void aLongTextOfManyLinesIsShownWhole(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            text.append("Line ")
                    .append(i)
                    .append(i % 7 == 0 ? ": a longer line that wraps in the bubble. ".repeat(4) : ": short")
                    .append(i % 50 == 0 ? "\n\n" : "\n");
        }
        assertAreaHoldsAllItsText(
                robot, show(robot, model(message(Role.ASSISTANT, text.toString().strip(), 0))));
    }

    @Test
    void aLongTextInSeveralScriptsIsShownWhole(FxRobot robot) {
        // Glyphs from fallback fonts (emoji, CJK, Arabic) can make lines taller or wider than Latin ones.
        String mixed = "Thanks \uD83C\uDF89\uD83D\uDC4D\uD83C\uDFFD 我想预订明天下午三点的会议室。 مرحبا، أريد تغيير موعدي. ";
        assertAreaHoldsAllItsText(
                robot, show(robot, model(message(Role.USER, (mixed.repeat(60) + "\n").repeat(3), 0))));
    }

    @Test
    void thirtyLinesShowEveryLineInTheLabelAndInTheAreaAtTheSameHeight(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append(String.format("%02d ", i)).append("word ".repeat(20)).append(i < 30 ? "\n" : "");
        }
        assertThat(text.length()).isBetween(3_000, 4_000);
        MessageBubble bubble = show(robot, model(message(Role.USER, text.toString(), 0)));
        Text labelText = (Text) bubble.getMessageLabel().lookup(".text");
        assertThat(labelText.getText()).as("the label clips no line").isEqualTo(text.toString());
        double labelHeight = bubble.getMessageLabel().getHeight();
        assertThat(labelText.getLayoutBounds().getHeight()).isLessThanOrEqualTo(labelHeight);

        robot.moveTo(bubble.getMessageLabel());
        assertThat(shown(bubble.getMessageText())).isTrue();
        assertThat(bubble.getMessageText().getHeight())
                .as("the area takes exactly the label's place")
                .isEqualTo(labelHeight);
        assertAreaHoldsAllItsText(robot, bubble);
        assertThat(bubble.getMessageText().getTotalHeightEstimate())
                .as("its lines are where the label's were")
                .isCloseTo(labelText.getLayoutBounds().getHeight(), within(1.0));
    }

    @Test
    void theWheelOverTheTextScrollsWhatHoldsTheBubble(FxRobot robot) {
        MessageBubble bubble = show(robot, model(message(Role.USER, "scroll past me ".repeat(200), 0)));
        List<ScrollEvent> received = new ArrayList<>();
        robot.interact(() -> root.addEventHandler(ScrollEvent.SCROLL, received::add));
        robot.moveTo(bubble.getMessageLabel());
        assertThat(shown(bubble.getMessageText())).isTrue();
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(received).as("the area passes the wheel on").isNotEmpty();
        assertThat(bubble.getMessageText().getEstimatedScrollY()).isZero();
    }

    /**
     * The area shows every paragraph of its text at once and is as tall as it lays the text out (the real content
     * height, known once it has been laid out), so nothing is hidden below its bottom edge; the bubble holds it.
     */
    private static void assertAreaHoldsAllItsText(FxRobot robot, MessageBubble bubble) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var area = bubble.getMessageText();
            assertThat(shown(area)).isTrue();
            double content = area.getTotalHeightEstimate();
            double inside = area.getHeight() - area.snappedTopInset() - area.snappedBottomInset();
            assertThat(area.getVisibleParagraphs())
                    .as("every paragraph laid out")
                    .hasSameSizeAs(area.getParagraphs());
            // The content height is a sum over hundreds of paragraphs: allow for floating-point rounding only.
            assertThat(inside)
                    .as("the area is at least as tall as its content")
                    .isGreaterThanOrEqualTo(content - 1e-6)
                    .as("and not taller")
                    .isCloseTo(content, within(1.0));
            assertThat(area.getEstimatedScrollY()).isZero();
            double areaBottom = area.getBoundsInParent().getMaxY();
            assertThat(areaBottom)
                    .as("the bubble holds the whole area")
                    .isLessThanOrEqualTo(
                            bubble.getBubble().getHeight() - bubble.getBubble().snappedBottomInset());
            assertThat(bubble.getHeight())
                    .as("the row is as tall as the bubble asks")
                    .isGreaterThanOrEqualTo(bubble.prefHeight(bubble.getWidth()));
        });
    }

    @Test
    void toolResultIsLabelledWithItsCallAndPrettyPrinted(FxRobot robot) {
        MessageBubbleViewModel result = new MessageBubbleViewModel(
                message(Role.TOOL, "{\"slots\":[\"09:00\"]}", 5),
                Fixtures.START,
                call("call_42", "check_availability", "{}"),
                Fixtures.directContext());
        MessageBubble bubble = show(robot, result);
        assertThat(bubble.getResultLabel().getText()).isEqualTo("Result of check_availability (call_42)");
        assertThat(bubble.getResultLabel().getTooltip().getText()).isEqualTo(MessageBubbleViewModel.PAIRING_NOTE);
        assertThat(shown(bubble.getResultJson())).isTrue();
        assertThat(bubble.getResultJson().getDisplayedText()).isEqualTo("{\n  \"slots\": [\n    \"09:00\"\n  ]\n}");
        assertThat(shown(bubble.getMessageText())).isFalse();
        assertThat(shown(bubble.getMessageLabel())).isFalse();
    }

    @Test
    void theResultsJsonViewIsMadeOnlyWhenABubbleFirstShowsAJsonResult(FxRobot robot) {
        MessageBubble bubble = show(
                robot,
                new MessageBubbleViewModel(
                        message(Role.USER, "Any slots on Friday?", 1), Fixtures.START, null, Fixtures.directContext()));
        assertThat(bubble.lookupAll(".json-view")).as("a text message").isEmpty();

        robot.interact(() -> bubble.bind(new MessageBubbleViewModel(
                message(Role.TOOL, "{\"slots\":[\"09:00\"]}", 5),
                Fixtures.START,
                call("call_42", "check_availability", "{}"),
                Fixtures.directContext())));
        assertThat(bubble.lookupAll(".json-view")).as("a JSON result").hasSize(1);
        assertThat(shown(bubble.getResultJson())).isTrue();

        robot.interact(() -> bubble.bind(new MessageBubbleViewModel(
                message(Role.USER, "Thanks", 9), Fixtures.START, null, Fixtures.directContext())));
        assertThat(bubble.lookupAll(".json-view"))
                .as("kept for the next result, hidden")
                .hasSize(1);
        assertThat(shown(bubble.getResultJson())).isFalse();
    }

    @Test
    void rebindingReusesTheNodeForAnotherMessage(FxRobot robot) {
        MessageBubble bubble = show(
                robot, model(message(Role.ASSISTANT, null, 0, call("a", "transfer", "{}"), call("b", "hangup", "{}"))));
        assertThat(bubble.getCards()).hasSize(2);
        ToolCallCard firstCard = bubble.getCards().get(0);

        MessageBubbleViewModel user = model(message(Role.USER, "thanks", 4));
        ToolCallCard secondCard = bubble.getCards().get(1);
        robot.interact(() -> bubble.bind(user));
        assertThat(bubble.getCards()).isEmpty();
        // Hidden, not taken out of the scene: put back, a card's whole tree would be styled again.
        assertThat(firstCard.getScene()).isNotNull();
        assertThat(shown(firstCard)).isFalse();
        assertThat(states(bubble)).contains("user").doesNotContain("assistant");
        assertThat(bubble.getMessageLabel().getText()).isEqualTo("thanks");
        assertThat(shown(bubble.getResultLabel())).isFalse();

        robot.interact(() -> bubble.bind(model(message(Role.ASSISTANT, null, 5, call("c", "send_dtmf", "{}")))));
        assertThat(bubble.getCards()).hasSize(1);
        assertThat(bubble.getCards().get(0)).as("card node reused").isSameAs(firstCard);
        assertThat(bubble.getCards().get(0).getViewModel().callId()).isEqualTo("c");
        assertThat(shown(firstCard)).isTrue();
        assertThat(shown(secondCard)).as("the second card waits hidden").isFalse();
        assertThat(secondCard.getScene()).isNotNull();
    }

    /** The bubble's pseudo-classes (its role among them). */
    private static java.util.List<String> states(MessageBubble bubble) {
        return bubble.getBubble().getPseudoClassStates().stream()
                .map(javafx.css.PseudoClass::getPseudoClassName)
                .toList();
    }
}
