package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.testing.ContextMenus;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.markdown.MarkdownTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.copy.MessageClipboardText;
import com.transcriptviewer.transcript.details.MessageDetailsView;
import com.transcriptviewer.transcript.details.MessageDetailsViewModel;
import com.transcriptviewer.transcript.details.MessageDetailsViewModel.RawJsonState;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The details pane and copying in the real window on the demo server. */
class MessageDetailsFxTest extends WindowTest {

    private static MessageDetailsViewModel details(WindowFixture window) {
        return window.desktop().details();
    }

    /** Scrolls the first matching message into view and returns its row index. */
    private static int scrollToFirst(WindowFixture window, Predicate<Message> which) throws Exception {
        int index = window.firstRowOf(which);
        onFx(() -> window.list().scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return index;
    }

    private static MessageBubble bubbleAt(WindowFixture window, int index) throws Exception {
        Object model = onFx(
                () -> ((TranscriptRow.MessageRow) window.transcript().rows().get(index)).bubble());
        return window.visibleBubbles().stream()
                .filter(b -> b.getViewModel() == model)
                .findFirst()
                .orElseThrow(() -> new AssertionError("row " + index + " is not on screen"));
    }

    /** The values of a details grid as "key=value" lines. */
    private static List<String> grid(GridPane grid) throws Exception {
        return onFx(() -> {
            List<String> lines = new ArrayList<>();
            List<Node> children = grid.getChildren();
            for (int i = 0; i + 1 < children.size(); i += 2) {
                lines.add(((Label) children.get(i)).getText() + "=" + ((TextField) children.get(i + 1)).getText());
            }
            return lines;
        });
    }

    private static void ctrlI(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectingAMessageFillsThePaneAndCtrlIShowsAndHidesIt(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.QA_EDGE_CASES_ID);
        window.awaitFirstPage();
        assertThat(window.scene().lookup(".details-pane")).as("closed at start").isNull();
        robot.clickOn(window.list());

        ctrlI(robot);
        MessageDetailsView pane = (MessageDetailsView) window.scene().lookup(".details-pane");
        assertThat(shown(pane)).isTrue();
        ToggleButton toggle = (ToggleButton) window.scene().lookup(".details-toggle");
        assertThat(toggle.isSelected()).isTrue();
        onFx(() -> window.list().getSelectionModel().clearSelection());
        assertThat(shown(pane.emptyLabel())).isTrue();
        assertThat(pane.emptyLabel().getText()).isEqualTo("Select a message to see its details");

        // A click on the message (its header) selects it, and the pane follows.
        int index = scrollToFirst(window, m -> !m.metadata().isEmpty());
        Message message = window.loadedMessages().get(index);
        robot.clickOn(bubbleAt(window, index).getRoleLabel());
        waitUntil(() -> details(window).getRawJsonState() == RawJsonState.READY);
        assertThat(shown(pane.emptyLabel())).isFalse();
        assertThat(grid(pane.facts()))
                .containsExactly(
                        "Role=Assistant",
                        "Raw role=\"assistant\"",
                        "Sent at=" + TimeFormat.local().full(message.sentAt()),
                        "Created at=" + TimeFormat.local().full(message.createdAt()),
                        "Offset="
                                + ((TranscriptRow.MessageRow)
                                                window.transcript().rows().get(index))
                                        .bubble()
                                        .offsetText());
        assertThat(grid(pane.facts()).get(2)).matches("Sent at=\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} .+");
        assertThat(grid(pane.metadata()))
                .contains("confidence=0.93", "interrupted=true", "tags=[qa, edge-case, 3, false]");
        assertThat(shown(pane.rawJsonView())).isTrue();
        assertThat(pane.rawJsonView().getDisplayedText()).startsWith("{\n  \"").contains("\"confidence\": 0.93");

        // A tool result names the call it answers.
        int result = scrollToFirst(window, m -> m.role().rawName().equals("tool"));
        robot.clickOn(bubbleAt(window, result).getRoleLabel());
        WaitForAsyncUtils.waitForFxEvents();
        TranscriptRow.MessageRow resultRow =
                onFx(() -> (TranscriptRow.MessageRow) window.transcript().rows().get(result));
        assertThat(grid(pane.facts()))
                .contains(
                        "Answers=" + resultRow.bubble().answeredCall().functionName(),
                        "Call id=" + resultRow.bubble().answeredCall().id());

        ctrlI(robot);
        assertThat(shown(pane)).isFalse();
        assertThat(toggle.isSelected()).isFalse();
        // Remembered for the session: still closed after opening another conversation, open again with Ctrl+I.
        window.open(DemoData.PARALLEL_TOOLS_ID);
        assertThat(details(window).isOpen()).isFalse();
        robot.clickOn(window.list());
        ctrlI(robot);
        assertThat(shown(pane)).isTrue();
        window.open(DemoData.BILLING_TRANSFER_ID);
        assertThat(details(window).isOpen()).isTrue();
        assertThat(shown(pane)).isTrue();
    }

    @Test
    void aTwoMegabyteMessageIsDescribedWithoutBlockingTheWindow(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.QA_EDGE_CASES_ID);
        window.awaitFirstPage();
        onFx(() -> details(window).openProperty().set(true));
        int index = scrollToFirst(
                window,
                m -> m.toolCalls().stream().anyMatch(c -> c.functionName().equals("upload_document")));
        RawJsonState right = onFx(() -> {
            window.list().getSelectionModel().clearAndSelect(index);
            return details(window).getRawJsonState();
        });
        assertThat(right).as("formatting went to the background").isEqualTo(RawJsonState.FORMATTING);
        waitUntil(() -> details(window).getRawJsonState() == RawJsonState.READY);

        MessageDetailsView pane = (MessageDetailsView) window.scene().lookup(".details-pane");
        assertThat(pane.rawJsonNote().getText()).contains("shortened");
        assertThat(pane.rawJsonView().getDisplayedText())
                .contains("more characters]")
                .hasSizeLessThan(20_000);
        assertThat(grid(pane.toolCalls())).contains("Function=upload_document");
        robot.clickOn(".copy-raw-json");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied)
                .isEqualTo(window.loadedMessages().get(index).rawJson().text());
    }

    @Test
    void ctrlShiftCCopiesTwoSelectedMessagesAsMarkdownAndCtrlCAsText(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.APPOINTMENT_BOOKING_ID);
        window.awaitFirstPage();
        onFx(() -> Clipboard.getSystemClipboard().setContent(new ClipboardContent()));
        int first = scrollToFirst(window, m -> !m.toolCalls().isEmpty());
        int second = first + 1;
        robot.clickOn(bubbleAt(window, first).getRoleLabel());
        robot.press(KeyCode.CONTROL)
                .clickOn(bubbleAt(window, second).getRoleLabel())
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> List.copyOf(window.list().getSelectionModel().getSelectedIndices())))
                .containsExactlyInAnyOrder(first, second);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        List<Message> messages = window.loadedMessages();
        String markdown = new MarkdownTranscript(ZoneId.systemDefault()).messages(messages, List.of(first, second));
        waitUntil(() -> markdown.equals(Clipboard.getSystemClipboard().getString()));
        assertThat(markdown).contains("**Tool call**", "*Result of*");

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String text =
                MessageClipboardText.of(messages.get(first)) + "\n\n" + MessageClipboardText.of(messages.get(second));
        waitUntil(() -> text.equals(Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void theMessageMenuCopiesTheConversationId(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.PASSWORD_RESET_ID);
        window.awaitFirstPage();
        int index = scrollToFirst(window, m -> m.hasText());
        ContextMenus.open(robot, bubbleAt(window, index).getRoleLabel());
        assertThat(onFx(() -> window.list().getSelectionModel().getSelectedIndices()))
                .containsExactly(index);
        robot.clickOn("Copy conversation id");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(DemoData.PASSWORD_RESET_ID);
    }
}
