package com.transcriptviewer.transcript;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.testing.StyledStages;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.ui.MarkStyles;
import com.transcriptviewer.ui.json.JsonView;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find marks kept in bubble and card view-models, drawn by the views that show them. */
@ExtendWith(ApplicationExtension.class)
class FindMarksFxTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        StyledStages.show(stage, root, 800, 600);
    }

    private MessageBubble bubble(FxRobot robot) {
        AtomicReference<MessageBubble> bubble = new AtomicReference<>();
        robot.interact(() -> {
            MessageBubble view = new MessageBubble(
                    () -> new ToolCallCard(new JsonView(Runnable::run, Runnable::run), text -> {}),
                    new JsonView(Runnable::run, Runnable::run));
            root.getChildren().setAll(view);
            bubble.set(view);
        });
        return bubble.get();
    }

    private static MessageBubbleViewModel model(com.transcriptviewer.model.Message message) {
        return new MessageBubbleViewModel(message, Fixtures.START, null, Fixtures.directContext());
    }

    private static TextMarks marks(int current, int... startEnd) {
        List<TextMarks.Range> ranges = IntStream.range(0, startEnd.length / 2)
                .mapToObj(i -> new TextMarks.Range(startEnd[2 * i], startEnd[2 * i + 1]))
                .toList();
        return new TextMarks(ranges, current);
    }

    private static List<Integer> styled(StyleClassedTextArea area, String styleClass) {
        return IntStream.range(0, area.getLength())
                .filter(i -> area.getStyleOfChar(i).contains(styleClass))
                .boxed()
                .toList();
    }

    @Test
    void marksShowInTheTextAndFollowTheViewModel(FxRobot robot) {
        MessageBubble view = bubble(robot);
        MessageBubbleViewModel model = model(message(Role.USER, "a cat, a cat", 0));
        robot.interact(() -> view.bind(model));
        assertThat(view.getMessageLabel().isVisible())
                .as("no marks: the cheap label")
                .isTrue();

        robot.interact(() -> model.textMarksProperty().set(marks(1, 2, 5, 9, 12)));
        assertThat(view.getMessageText().isVisible()).isTrue();
        assertThat(view.getMessageLabel().isVisible()).isFalse();
        assertThat(view.getMessageText().getText()).isEqualTo("a cat, a cat");
        assertThat(styled(view.getMessageText(), MarkStyles.MATCH)).containsExactly(2, 3, 4, 9, 10, 11);
        assertThat(styled(view.getMessageText(), MarkStyles.CURRENT)).containsExactly(9, 10, 11);

        robot.interact(() -> model.textMarksProperty().set(marks(0, 2, 5, 9, 12)));
        assertThat(styled(view.getMessageText(), MarkStyles.CURRENT)).containsExactly(2, 3, 4);

        robot.interact(model::clearMarks);
        assertThat(view.getMessageLabel().isVisible()).as("the label is back").isTrue();
        assertThat(view.getMessageLabel().getText()).isEqualTo("a cat, a cat");
        assertThat(view.getMessageText().isVisible()).isFalse();
    }

    @Test
    void aReusedBubbleShowsTheNextMessageUnmarkedAndTheMarkedOneMarkedAgain(FxRobot robot) {
        MessageBubble view = bubble(robot);
        MessageBubbleViewModel marked = model(message(Role.USER, "find me here", 0));
        MessageBubbleViewModel plain = model(message(Role.USER, "another message of the same kind", 1));
        robot.interact(() -> marked.textMarksProperty().set(marks(0, 0, 4)));

        robot.interact(() -> view.bind(marked));
        assertThat(styled(view.getMessageText(), MarkStyles.CURRENT)).containsExactly(0, 1, 2, 3);
        robot.interact(() -> view.bind(plain));
        assertThat(view.getMessageLabel().isVisible()).isTrue();
        robot.interact(view::beginSelection);
        assertThat(styled(view.getMessageText(), MarkStyles.MATCH))
                .as("no marks carried over")
                .isEmpty();
        robot.interact(() -> view.bind(marked));
        assertThat(styled(view.getMessageText(), MarkStyles.CURRENT)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aJsonToolResultIsMarkedInItsPrettyPrintedText(FxRobot robot) {
        MessageBubble view = bubble(robot);
        String raw = "{\"status\":\"open\",\"note\":\"still open\"}";
        MessageBubbleViewModel model = model(message(Role.TOOL, raw, 0));
        robot.interact(() -> model.textMarksProperty()
                .set(marks(
                        1,
                        raw.indexOf("open"),
                        raw.indexOf("open") + 4,
                        raw.lastIndexOf("open"),
                        raw.lastIndexOf("open") + 4)));
        robot.interact(() -> view.bind(model));
        WaitForAsyncUtils.waitForFxEvents();

        String shown = view.getResultJson().getDisplayedText();
        assertThat(shown).isEqualTo("{\n  \"status\": \"open\",\n  \"note\": \"still open\"\n}");
        int second = shown.lastIndexOf("open");
        assertThat(styled(view.getResultJson().getArea(), MarkStyles.CURRENT))
                .containsExactly(second, second + 1, second + 2, second + 3);
        assertThat(styled(view.getResultJson().getArea(), MarkStyles.MATCH)).hasSize(8);
        assertThat(view.getResultJson().getArea().getStyleOfChar(second)).contains("json-string");
        assertThat(view.getMessageLabel().isVisible() || view.getMessageText().isVisible())
                .as("the raw text stays hidden behind the JSON view")
                .isFalse();
    }

    @Test
    void aCardMarksItsArgumentsWhereThePrettyJsonShowsThemAndItsNameWhenItMatches(FxRobot robot) {
        MessageBubble view = bubble(robot);
        String raw = "{\"to\":\"transfer desk\"}";
        MessageBubbleViewModel model = model(message(Role.ASSISTANT, null, 0, call("c1", "transfer", raw)));
        ToolCallCardViewModel card = model.toolCards().get(0);
        robot.interact(() -> view.bind(model));
        robot.interact(() -> {
            card.nameMarksProperty().set(marks(-1, 0, 8));
            card.argumentMarksProperty().set(marks(0, 7, 15));
            card.setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();

        ToolCallCard shown = view.getCards().get(0);
        String pretty = shown.getJsonView().getDisplayedText();
        int at = pretty.indexOf("transfer");
        assertThat(styled(shown.getJsonView().getArea(), MarkStyles.CURRENT))
                .containsExactlyElementsOf(IntStream.range(at, at + 8).boxed().toList());
        assertThat(shown.getFunctionName().getPseudoClassStates().toString())
                .contains("find-match")
                .doesNotContain("find-current");

        robot.interact(() -> card.rawProperty().set(true));
        assertThat(styled(shown.getJsonView().getArea(), MarkStyles.CURRENT))
                .as("raw: the offsets as they are")
                .containsExactlyElementsOf(IntStream.range(7, 15).boxed().toList());

        robot.interact(model::clearMarks);
        assertThat(styled(shown.getJsonView().getArea(), MarkStyles.MATCH)).isEmpty();
        assertThat(shown.getFunctionName().getPseudoClassStates().toString()).doesNotContain("find-match");
    }
}
