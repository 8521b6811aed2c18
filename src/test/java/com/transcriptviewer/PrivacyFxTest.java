package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.assistant.view.InsightsViewModel;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.privacy.view.PrivacyViewModel;
import com.transcriptviewer.testing.Nodes;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.transcript.find.FindViewModel;
import com.transcriptviewer.ui.MarkStyles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Privacy mode in the window: Ctrl+Shift+P masks what the transcript and the browser show; a click reveals. */
class PrivacyFxTest extends WindowTest {

    private static final String EMAIL = "jordan.lee@example.com";
    private static final String MASKED_EMAIL = "j•••••.•••@example.com";
    private static final String SENT = "I've sent a reset link to jordan.lee@example.com. It's valid for 30 minutes.";

    private static void pressPrivacyKey(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    /** On the FX thread: the bubble showing the message with {@code realText}, if a cell shows it. */
    private static Optional<MessageBubble> bubbleOf(WindowFixture window, String realText) {
        return window.list().lookupAll(".bubble-row").stream()
                .filter(MessageBubble.class::isInstance)
                .map(MessageBubble.class::cast)
                // A cell the list keeps aside for reuse is hidden, its bubble still showing what it showed last.
                .filter(bubble -> bubble.getViewModel() != null && Nodes.shown(bubble))
                .filter(bubble -> bubble.getViewModel().realText().equals(realText))
                .findFirst();
    }

    /** On the FX thread: what the bubble with {@code realText} shows, in its label or its text area. */
    private static String shownText(WindowFixture window, String realText) {
        return bubbleOf(window, realText)
                .map(bubble -> bubble.getMessageLabel().isVisible()
                        ? bubble.getMessageLabel().getText()
                        : bubble.getMessageText().getText())
                .orElse("");
    }

    /** On the FX thread: the browser's lines of numbers. */
    private static List<String> browserNumbers(WindowFixture window) {
        return window.scene().getRoot().lookupAll(".conversation-detail").stream()
                .filter(Node::isVisible)
                .map(node -> ((Label) node).getText())
                .toList();
    }

    private WindowFixture passwordReset() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.PASSWORD_RESET_ID);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().privacy() != null);
        // What arrives later and shows the bubbles again (the checks) or moves the list (the insights' summary, a
        // line under the title) has arrived before a click.
        window.awaitChecks();
        waitUntil(() -> window.desktop().insights().getState() != InsightsViewModel.State.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> window.list().requestFocus());
        return window;
    }

    @Test
    void theKeyMasksBubblesArgumentsAndTheBrowserAndSwitchesBack(FxRobot robot) throws Exception {
        WindowFixture window = passwordReset();
        PrivacyViewModel privacy = window.desktop().privacy();
        assertThat(onFx(() -> shownText(window, EMAIL))).isEqualTo(EMAIL);

        pressPrivacyKey(robot);
        waitUntil(privacy::isOn);
        waitUntil(() -> shownText(window, EMAIL).equals(MASKED_EMAIL));
        assertThat(onFx(() -> shownText(window, SENT)))
                .isEqualTo("I've sent a reset link to j•••••.•••@example.com. It's valid for 30 minutes.")
                .hasSameSizeAs(SENT);

        // The tool call's arguments, pretty-printed: the key names personal data and the value is an address.
        MessageBubble withCall = window.visibleBubbles().stream()
                .filter(bubble -> !bubble.getViewModel().toolCards().isEmpty())
                .findFirst()
                .orElseThrow();
        ToolCallCardViewModel card =
                onFx(() -> withCall.getViewModel().toolCards().get(0));
        onFx(() -> card.setExpanded(true));
        waitUntil(() -> {
            List<ToolCallCard> cards = withCall.getCards();
            return !cards.isEmpty()
                    && cards.get(0).getJsonView() != null
                    && cards.get(0).getJsonView().getFullText().contains(MASKED_EMAIL);
        });
        String arguments = onFx(() -> withCall.getCards().get(0).getJsonView().getFullText());
        assertThat(arguments).doesNotContain("jordan");
        assertThat(onFx(card::copyText)).doesNotContain("jordan").contains(MASKED_EMAIL);

        // The browser's numbers.
        waitUntil(() -> browserNumbers(window).stream().anyMatch(text -> text.contains("•")));
        assertThat(onFx(() -> browserNumbers(window)))
                .allSatisfy(text -> assertThat(text).doesNotContainPattern("\\+1312555\\d{4}"));

        pressPrivacyKey(robot);
        waitUntil(() -> !privacy.isOn());
        waitUntil(() -> shownText(window, EMAIL).equals(EMAIL));
        assertThat(onFx(card::copyText)).contains(EMAIL);
    }

    @Test
    void startedInPrivacyModeEveryPageIsSearchedBeforeItIsShown() throws Exception {
        Path settings = home.resolve(".config/transcript-viewer/settings.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{\"privacy_by_default\": true}");
        WindowFixture window = demoWindow("--conversation", DemoData.PASSWORD_RESET_ID);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().privacy() != null);
        assertThat(window.desktop().privacy().isOn()).isTrue();
        waitUntil(() -> shownText(window, EMAIL).equals(MASKED_EMAIL));

        // Another conversation: when its rows are added on the FX thread, their texts were searched already (on the
        // background pool), so the bubbles only look the answers up.
        List<String> notSearched = new CopyOnWriteArrayList<>();
        List<String> added = new CopyOnWriteArrayList<>();
        onFx(() -> window.transcript().rows().addListener((ListChangeListener<TranscriptRow>) change -> {
            TextMask mask = window.transcript().mask().get();
            while (change.next()) {
                for (TranscriptRow row : change.getAddedSubList()) {
                    if (row instanceof TranscriptRow.MessageRow message) {
                        added.add(message.message().text());
                        if (!mask.knows(message.message().text())) {
                            notSearched.add(message.message().text());
                        }
                        message.message().toolCalls().stream()
                                .filter(call -> !mask.knows(call.arguments()))
                                .forEach(call -> notSearched.add(call.arguments()));
                    }
                }
            }
        }));
        window.open(DemoData.TOOL_ERRORS_ID);
        waitUntil(() -> added.size() >= 10);
        assertThat(notSearched).isEmpty();
        assertThat(window.visibleBubbles()).isNotEmpty();
        assertThat(onFx(() -> window.visibleBubbles().stream()
                        .map(bubble -> bubble.getMessageLabel().getText())
                        .toList()))
                .noneMatch(text -> text.contains("312-555-0148"));
    }

    @Test
    void aClickRevealsAnItemUntilTheModeIsSwitchedAgain(FxRobot robot) throws Exception {
        WindowFixture window = passwordReset();
        PrivacyViewModel privacy = window.desktop().privacy();
        onFx(() -> privacy.onProperty().set(true));
        waitUntil(() -> shownText(window, SENT).contains(MASKED_EMAIL));
        // At the top of the list, wholly in view (the last message, it may sit under the list's lower edge), and not
        // selected: the press that selects it binds its cell again, which must keep the text area under the pointer.
        int row = window.firstRowOf(message -> SENT.equals(message.text()));
        onFx(() -> {
            window.list().scrollTo(row);
            window.list().getSelectionModel().clearSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();

        MessageBubble sent = onFx(() -> bubbleOf(window, SENT).orElseThrow());
        int inEmail = SENT.indexOf("lee");
        onFx(sent::beginSelection);
        waitUntil(() -> sent.getMessageText()
                .getCharacterBoundsOnScreen(inEmail, inEmail + 1)
                .isPresent());
        // The pointer goes there first (hovering keeps the text in the area) and stays until the character's place is
        // the same from one pulse to the next: the area may still be wrapping its text to its width.
        Bounds onScreen = null;
        Bounds before;
        do {
            before = onScreen;
            onScreen = onFx(() -> sent.getMessageText()
                    .getCharacterBoundsOnScreen(inEmail, inEmail + 1)
                    .orElseThrow());
            robot.moveTo(new Point2D(onScreen.getCenterX(), onScreen.getCenterY()));
            WaitForAsyncUtils.waitForFxEvents();
        } while (!onScreen.equals(before));
        robot.clickOn(new Point2D(onScreen.getCenterX(), onScreen.getCenterY()));

        // The first click reveals it, and selected the message.
        waitUntil(() -> shownText(window, SENT).equals(SENT));
        assertThat(onFx(() -> window.list().getSelectionModel().getSelectedIndex()))
                .isEqualTo(row);
        // It looks revealed: the area draws it with a style of its own.
        waitUntil(() -> bubbleOf(window, SENT)
                .filter(bubble -> bubble.getMessageText() != null
                        && bubble.getMessageText().isVisible())
                .filter(bubble ->
                        bubble.getMessageText().getStyleOfChar(inEmail).contains(MarkStyles.REVEALED))
                .isPresent());

        onFx(() -> privacy.onProperty().set(false));
        onFx(() -> privacy.onProperty().set(true));
        waitUntil(() -> shownText(window, SENT).contains(MASKED_EMAIL));
    }

    @Test
    void findFindsMaskedTextAndSaysTheMatchIsMasked(FxRobot robot) throws Exception {
        WindowFixture window = passwordReset();
        onFx(() -> window.desktop().privacy().onProperty().set(true));
        FindViewModel find = window.desktop().find();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("jordan");
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.COMPLETE
                && find.matchCountProperty().get() == 3);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> find.currentIndexProperty().get() >= 0);
        waitUntil(() -> find.counterTextProperty().get().contains("masked"));

        onFx(() -> window.desktop().privacy().onProperty().set(false));
        waitUntil(() -> !find.counterTextProperty().get().contains("masked"));
        assertThat(find.matchCountProperty().get()).isEqualTo(3);
    }
}
