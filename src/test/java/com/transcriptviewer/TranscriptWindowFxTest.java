package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.bubble.FormatState;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.transcript.copy.MessageClipboardText;
import com.transcriptviewer.ui.Theme;
import com.transcriptviewer.ui.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main window on the demo server (or a mock API): what a user sees and does, end to end. */
class TranscriptWindowFxTest extends WindowTest {

    private static List<String> texts(List<Message> messages) {
        return messages.stream()
                .map(m -> m.role().rawName() + ":" + m.text() + ":" + m.toolCalls())
                .toList();
    }

    /** Selects and scrolls to the first message row matching, and returns its index. */
    private static int scrollToFirst(WindowFixture window, java.util.function.Predicate<Message> which)
            throws Exception {
        int index = window.firstRowOf(which);
        onFx(() -> {
            window.list().scrollTo(index);
            window.list().getSelectionModel().select(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return index;
    }

    private static MessageBubble bubbleAt(WindowFixture window, int index) throws Exception {
        return window.visibleBubbles().stream()
                .filter(b ->
                        ((TranscriptRow.MessageRow) window.transcript().rows().get(index)).bubble() == b.getViewModel())
                .findFirst()
                .orElseThrow(() -> new AssertionError("row " + index + " is not on screen"));
    }

    // ---- rendering and paging ------------------------------------------------------------------------------------

    @Test
    void firstPageShowsEachMessageWithItsRolePseudoClass() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.QA_EDGE_CASES_ID);
        window.awaitFirstPage();
        List<Message> expected = window.demoServer().data().messages(DemoData.QA_EDGE_CASES_ID);
        assertThat(texts(window.loadedMessages())).isEqualTo(texts(expected));

        List<MessageBubble> bubbles = window.visibleBubbles();
        assertThat(bubbles).hasSizeGreaterThan(2);
        List<String> seenClasses = new ArrayList<>();
        for (MessageBubble bubble : bubbles) {
            Message message = bubble.getViewModel().message();
            String roleClass = switch (message.role().kind()) {
                case USER -> "user";
                case ASSISTANT -> "assistant";
                case TOOL -> "tool";
                case UNKNOWN -> "unknown";
            };
            assertThat(bubble.getBubble().getStyleClass()).contains("bubble");
            assertThat(roleStates(bubble)).containsExactly(roleClass);
            seenClasses.add(roleClass);
        }
        // The edge-case transcript opens with a "system" message, then assistant, user, and tool traffic.
        assertThat(seenClasses).contains("unknown", "assistant", "user", "tool");
        MessageBubble system = bubbles.get(0);
        assertThat(system.getViewModel().message().role()).isEqualTo(Role.of("system"));
        assertThat(system.getRoleLabel().getText()).isEqualTo("system");
        assertThat(roleStates(system)).containsExactly("unknown");
    }

    /** The role pseudo-classes the bubble carries (the stylesheet colours it by them). */
    private static List<String> roleStates(MessageBubble bubble) {
        return bubble.getBubble().getPseudoClassStates().stream()
                .map(javafx.css.PseudoClass::getPseudoClassName)
                .filter(List.of("assistant", "user", "tool", "unknown")::contains)
                .toList();
    }

    @Test
    void scrollingFetchesPagesAheadAndNeverPastTheLast() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.SMS_CHAT_ID);
        window.awaitFirstPage();
        WaitForAsyncUtils.waitForFxEvents();
        // Lazy: right after the first page at most the page after it is on its way, not the whole conversation.
        assertThat(window.pagesRequested(DemoData.SMS_CHAT_ID)).startsWith(1).hasSizeLessThanOrEqualTo(2);

        // Scroll down a screen at a time; page 2 must be asked for before the last loaded row is on screen.
        boolean page2BeforeEnd = false;
        for (int step = 0; step < 200 && !page2BeforeEnd; step++) {
            onFx(() -> window.flow().scrollPixels(300));
            WaitForAsyncUtils.waitForFxEvents();
            int lastVisible = onFx(() -> window.flow().getLastVisibleCell().getIndex());
            if (window.pagesRequested(DemoData.SMS_CHAT_ID).contains(2)) {
                assertThat(lastVisible)
                        .as("last visible row when page 2 is requested")
                        .isLessThan(99);
                page2BeforeEnd = true;
            }
        }
        assertThat(page2BeforeEnd).isTrue();

        window.scrollToCompleteEnd();
        List<Integer> pages = window.pagesRequested(DemoData.SMS_CHAT_ID);
        assertThat(pages).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(pages).doesNotContain(13);
        assertThat(window.loadedMessages()).hasSize(1_200);
        assertThat(onFx(() -> window.transcript()
                        .rows()
                        .get(window.transcript().rows().size() - 1)))
                .isInstanceOf(TranscriptRow.EndRow.class);
    }

    @Test
    void aFailedPageShowsAnErrorRowAndRetryResumesWithoutDuplicates(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow();
        window.awaitFirstPage();
        // Every request fails from the moment the first page is applied, before the prefetch can ask for page 2.
        onFx(() -> window.transcript().loadedMessagesProperty().addListener((obs, old, now) -> {
            if (old.intValue() == 0 && now.intValue() > 0) {
                window.demoServer().setFaults(DemoFaults.NONE.withServerErrorRate(1.0));
            }
        }));
        window.open(DemoData.SMS_CHAT_ID);
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.FAILED_MORE);

        assertThat(window.loadedMessages()).hasSize(100);
        onFx(() -> window.list().requestFocus());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        TranscriptRow last = onFx(
                () -> window.transcript().rows().get(window.transcript().rows().size() - 1));
        assertThat(last).isInstanceOf(TranscriptRow.ErrorRow.class);
        Node errorRow = robot.lookup(".error-row").query();
        assertThat(shown(errorRow)).isTrue();
        assertThat(robot.from(errorRow).lookup(".label").queryAll().stream()
                        .map(n -> ((javafx.scene.control.Labeled) n).getText())
                        .toList())
                .anySatisfy(text -> assertThat(text).isNotBlank());

        window.demoServer().setFaults(DemoFaults.NONE);
        Button retry = robot.from(errorRow).lookup(".button").queryButton();
        robot.clickOn(retry);
        waitUntil(() -> window.transcript().loadedMessagesProperty().get() > 100);

        window.scrollToCompleteEnd();
        assertThat(texts(window.loadedMessages()))
                .isEqualTo(texts(window.demoServer().data().messages(DemoData.SMS_CHAT_ID)));
        assertThat(onFx(() -> window.transcript().rows().stream()
                        .filter(TranscriptRow.ErrorRow.class::isInstance)
                        .count()))
                .isZero();
    }

    @Test
    void switchingConversationMidLoadShowsOnlyTheNewOne() throws Exception {
        WindowFixture window = demoWindow();
        window.awaitFirstPage();
        window.demoServer().setFaults(DemoFaults.NONE.withLatencyMillis(600));
        onFx(() -> window.desktop().mainViewModel().open(DemoData.BILLING_TRANSFER_ID));
        // A's first page is on the wire (the server holds every answer 600 ms) when B is opened.
        waitUntil(() -> window.pagesRequested(DemoData.BILLING_TRANSFER_ID).contains(1));
        onFx(() -> window.desktop().mainViewModel().open(DemoData.PARALLEL_TOOLS_ID));
        waitUntil(() -> window.transcript().firstPageShownProperty().get());
        // B's page was asked for after A's and held as long, so A's answer has been sent by now (to a request the
        // switch cancelled); whatever the client made of it reached the FX queue, which is drained here.
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.pagesRequested(DemoData.BILLING_TRANSFER_ID)).contains(1);
        assertThat(window.transcript().conversationIdProperty().get()).isEqualTo(DemoData.PARALLEL_TOOLS_ID);
        List<Message> expected = window.demoServer().data().messages(DemoData.PARALLEL_TOOLS_ID);
        assertThat(texts(window.loadedMessages()))
                .isEqualTo(texts(expected.subList(0, Math.min(100, expected.size()))));
        // Compared without the raw JSON, which only messages read from the wire carry.
        for (MessageBubble bubble : window.visibleBubbles()) {
            assertThat(texts(expected))
                    .containsAll(texts(List.of(bubble.getViewModel().message())));
        }
    }

    // ---- tool-call cards -----------------------------------------------------------------------------------------

    @Test
    void clickingACardExpandsItToPrettyJsonWithoutAScrollBarWhenItFits(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.APPOINTMENT_BOOKING_ID);
        window.awaitFirstPage();
        int index = scrollToFirst(window, m -> !m.toolCalls().isEmpty());
        ToolCallCard card = bubbleAt(window, index).getCards().get(0);
        ToolCallCardViewModel model = card.getViewModel();
        assertThat(card.getJsonView())
                .as("made when the card is first expanded")
                .isNull();

        robot.clickOn(card.getHeader());
        waitUntil(() -> model.getState() == FormatState.DONE);

        String pretty = new JsonFormatter()
                .format(model.toolCall().arguments())
                .formatted()
                .orElseThrow()
                .text();
        assertThat(pretty).contains("\n  \"");
        assertThat(shown(card.getJsonView())).isTrue();
        assertThat(card.getJsonView().getDisplayedText()).isEqualTo(pretty);
        assertThat(shown(card.getInvalidBadge())).isFalse();

        // A few lines fit in the card: every one shows, and no scroll bar says there were more.
        for (int pass = 0; pass < 3; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(() -> card.getJsonView().lookupAll(".scroll-bar").stream()
                        .filter(bar -> bar instanceof javafx.scene.control.ScrollBar scrollBar
                                && scrollBar.getOrientation() == javafx.geometry.Orientation.VERTICAL
                                && shown(scrollBar))
                        .count()))
                .as("no vertical scroll bar")
                .isZero();
        assertThat(onFx(() -> card.getJsonView().getArea().getTotalHeightEstimate()))
                .as("every line in the area's height")
                .isLessThanOrEqualTo(onFx(() -> card.getJsonView().getArea().getHeight()));
    }

    @Test
    void argumentsThatAreNotJsonShowTheBadge(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.QA_EDGE_CASES_ID);
        window.awaitFirstPage();
        int index = scrollToFirst(
                window,
                m -> m.toolCalls().stream().anyMatch(c -> c.functionName().equals("lookup_weather")));
        ToolCallCard card = bubbleAt(window, index).getCards().get(0);
        robot.clickOn(card.getHeader());
        waitUntil(() -> card.getViewModel().getState() == FormatState.INVALID);

        // Once the call is checked, its one badge says so, in the header; the position is in its tooltip.
        waitUntil(() -> card.getViewModel().getCheck() != null);
        Label badge = card.getCheckBadge();
        assertThat(shown(badge)).isTrue();
        assertThat(badge.getText()).isEqualTo("Invalid JSON");
        assertThat(badge.getTooltip().getText()).contains("line 1");
        assertThat(shown(card.getInvalidBadge())).as("not said twice").isFalse();
        // Invalid arguments are shown exactly as sent.
        assertThat(card.getJsonView().getDisplayedText())
                .isEqualTo(card.getViewModel().toolCall().arguments());
    }

    @Test
    void twoMegabyteArgumentsFormatOffTheFxThreadAndShowAFirstScreenful() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.QA_EDGE_CASES_ID);
        window.awaitFirstPage();
        int index = scrollToFirst(
                window,
                m -> m.toolCalls().stream().anyMatch(c -> c.functionName().equals("upload_document")));
        ToolCallCard card = bubbleAt(window, index).getCards().get(0);
        ToolCallCardViewModel model = card.getViewModel();
        assertThat(model.toolCall().arguments().length()).isGreaterThanOrEqualTo(2 * 1024 * 1024);

        // Expanding returns at once with the work still going on elsewhere, and the FX thread keeps serving
        // events while the 2 MB are formatted.
        AtomicInteger pingsWhileFormatting = new AtomicInteger();
        FormatState right = onFx(() -> {
            model.setExpanded(true);
            FormatState state = model.getState();
            ping(model, pingsWhileFormatting);
            return state;
        });
        assertThat(right).isEqualTo(FormatState.FORMATTING);
        assertThat(shown(card.getProgress())).isTrue();
        waitUntil(() -> model.getState() == FormatState.DONE);
        assertThat(pingsWhileFormatting.get()).isPositive();

        // The card on screen for this call: the list may have laid its cells out anew meanwhile (the check arrived).
        waitUntil(() -> shownCardOf(window, model)
                .filter(shown -> shown(shown.getJsonView())
                        && !shown.getJsonView().getDisplayedText().isEmpty())
                .isPresent());
        ToolCallCard shownCard = onFx(() -> shownCardOf(window, model).orElseThrow());
        assertThat(shownCard.getJsonView().isTruncated()).isTrue();
        assertThat(shownCard.getJsonView().getDisplayedText().length())
                .isLessThan(shownCard.getJsonView().getFullText().length());
        assertThat(shown(shownCard.getJsonView().getShowAllButton())).isTrue();
        assertThat(shown(shownCard.getProgress())).isFalse();
    }

    /** The tool card on screen bound to {@code model}, if its message is on screen. Call on the FX thread. */
    private static java.util.Optional<ToolCallCard> shownCardOf(WindowFixture window, ToolCallCardViewModel model) {
        return window.list().lookupAll(".tool-card").stream()
                .filter(ToolCallCard.class::isInstance)
                .map(ToolCallCard.class::cast)
                .filter(each -> each.getViewModel() == model && each.getScene() != null && each.isVisible())
                .findFirst();
    }

    /** Counts FX-thread turns that happen while the card is still formatting. */
    private static void ping(ToolCallCardViewModel model, AtomicInteger count) {
        Platform.runLater(() -> {
            if (model.getState() == FormatState.FORMATTING) {
                count.incrementAndGet();
                ping(model, count);
            }
        });
    }

    // ---- errors --------------------------------------------------------------------------------------------------

    @Test
    void aRejectedKeyShowsTheKeyMessageAndOpenSettings(FxRobot robot) throws Exception {
        MockWebServer api = new MockWebServer();
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .code(401)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"errors\":[{\"code\":\"10009\",\"title\":\"Authentication failed\","
                                + "\"detail\":\"The API key is not valid.\"}]}")
                        .build();
            }
        });
        api.start();
        open.add(api::close);
        String id = DemoData.BILLING_TRANSFER_ID;
        WindowFixture window = WindowFixture.show(
                stage,
                home,
                Map.of(
                        "TELNYX_API_KEY",
                        "KEY0123456789abcdef",
                        "TELNYX_BASE_URL",
                        api.url("/v2").toString()),
                "--conversation",
                id);
        open.add(window);
        waitUntil(() -> window.transcript().stateProperty().get() == TranscriptState.FAILED_FIRST);

        Node pane = robot.lookup(".transcript-error").query();
        assertThat(shown(pane)).isTrue();
        Label message = robot.from(pane).lookup(".error-message").queryAs(Label.class);
        assertThat(message.getText()).contains("API key rejected").contains("Settings");
        assertThat(message.getText()).doesNotContain("KEY0123456789abcdef");
        Button settings = robot.from(pane)
                .lookup((Button b) -> "Open Settings".equals(b.getText()))
                .queryButton();
        assertThat(shown(settings)).isTrue();
        assertThat(shown(window.list())).isFalse();
    }

    // ---- keyboard ------------------------------------------------------------------------------------------------

    @Test
    void ctrlLFocusesTheIdBoxAndEnterOpensWhatIsTyped(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow();
        window.awaitFirstPage();
        robot.clickOn(window.list());
        assertThat(window.desktop().mainView().idBox().isFocused()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.desktop().mainView().idBox().isFocused()).isTrue();

        robot.write(DemoData.PARALLEL_TOOLS_ID).type(KeyCode.ENTER);
        waitUntil(() -> DemoData.PARALLEL_TOOLS_ID.equals(
                        window.transcript().conversationIdProperty().get())
                && window.transcript().firstPageShownProperty().get());
        assertThat(texts(window.loadedMessages()))
                .isEqualTo(texts(window.demoServer().data().messages(DemoData.PARALLEL_TOOLS_ID)));
    }

    @Test
    void pastingAPortalUrlOpensTheConversationInIt(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow();
        window.awaitFirstPage();
        String url = "https://portal.telnyx.com/#/ai/assistants/assistant-0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
                + "/conversations/" + DemoData.PASSWORD_RESET_ID.toUpperCase(java.util.Locale.ROOT) + "?tab=transcript";
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.desktop().mainView().idBox().getText()).isEqualTo(url);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> DemoData.PASSWORD_RESET_ID.equals(
                        window.transcript().conversationIdProperty().get())
                && window.transcript().firstPageShownProperty().get());
        assertThat(window.desktop().mainView().idBox().getText()).isEqualTo(DemoData.PASSWORD_RESET_ID);
        assertThat(texts(window.loadedMessages()))
                .isEqualTo(texts(window.demoServer().data().messages(DemoData.PASSWORD_RESET_ID)));
    }

    @Test
    void spaceOnASelectedMessageTogglesItsCards(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.PARALLEL_TOOLS_ID);
        window.awaitFirstPage();
        int index = scrollToFirst(window, m -> m.toolCalls().size() > 1);
        onFx(() -> window.list().requestFocus());
        List<ToolCallCardViewModel> cards = onFx(
                () -> ((TranscriptRow.MessageRow) window.transcript().rows().get(index))
                        .bubble()
                        .toolCards());
        assertThat(cards).allSatisfy(card -> assertThat(card.isExpanded()).isFalse());

        robot.type(KeyCode.SPACE);
        waitUntil(() -> cards.stream().allMatch(c -> c.getState() == FormatState.DONE));
        assertThat(cards).allSatisfy(card -> assertThat(card.isExpanded()).isTrue());
        assertThat(bubbleAt(window, index).getCards())
                .allSatisfy(card -> assertThat(shown(card.getJsonView())).isTrue());
        assertThat(onFx(() -> window.list().getSelectionModel().getSelectedIndex()))
                .isEqualTo(index);

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards).allSatisfy(card -> assertThat(card.isExpanded()).isFalse());
    }

    @Test
    void ctrlCCopiesTheSelectedMessage(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.BILLING_TRANSFER_ID);
        window.awaitFirstPage();
        int index = scrollToFirst(window, m -> !m.toolCalls().isEmpty());
        onFx(() -> window.list().requestFocus());
        Message message = window.loadedMessages().get(index);

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).isEqualTo(MessageClipboardText.of(message));
        assertThat(copied).contains(message.toolCalls().get(0).arguments());
    }

    @Test
    void theFiftyThousandCharacterLineIsShownWholeInItsRow() throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.QA_EDGE_CASES_ID);
        window.awaitFirstPage();
        int row = onFx(() -> {
            List<TranscriptRow> rows = window.list().getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof TranscriptRow.MessageRow message
                        && message.message().text() != null
                        && message.message().text().length() == 50_000) {
                    return i;
                }
            }
            throw new AssertionError("no 50,000-character message on the first page");
        });
        onFx(() -> window.list().scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        MessageBubble bubble = window.visibleBubbles().stream()
                .filter(shownBubble -> shownBubble.getViewModel().text().length() == 50_000)
                .findFirst()
                .orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            var area = bubble.getMessageText();
            assertThat(shown(area)).isTrue();
            // Summed over the area's paragraphs: allow for floating-point rounding only.
            assertThat(area.getHeight() - area.snappedTopInset() - area.snappedBottomInset())
                    .as("the area is as tall as the text it lays out")
                    .isGreaterThanOrEqualTo(area.getTotalHeightEstimate() - 1e-6);
            assertThat(area.getEstimatedScrollY()).isZero();
            assertThat(area.getBoundsInParent().getMaxY())
                    .as("the bubble holds the whole area")
                    .isLessThanOrEqualTo(bubble.getBubble().getHeight());
            var cell = (javafx.scene.control.ListCell<?>) bubble.getParent();
            assertThat(cell.getHeight())
                    .as("the row holds the whole bubble")
                    .isGreaterThanOrEqualTo(bubble.getBoundsInParent().getMaxY());
        });
    }

    @Test
    void homeAndEndJumpToTheFirstAndLastRow(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.QA_EDGE_CASES_ID);
        window.awaitFirstPage();
        onFx(() -> {
            window.list().getSelectionModel().select(3);
            window.list().requestFocus();
        });
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        int lastRow = onFx(() -> window.list().getItems().size() - 1);
        assertThat(onFx(() -> window.list().getSelectionModel().getSelectedIndex()))
                .isEqualTo(lastRow);
        assertThat(onFx(() -> window.flow().getLastVisibleCell().getIndex())).isEqualTo(lastRow);

        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.list().getSelectionModel().getSelectedIndex()))
                .isZero();
        assertThat(onFx(() -> window.flow().getFirstVisibleCell().getIndex())).isZero();
    }

    // ---- theme ---------------------------------------------------------------------------------------------------

    @Test
    void theThemeToggleSwitchesAndIsRemembered(FxRobot robot) throws Exception {
        WindowFixture first = demoWindow();
        first.awaitFirstPage();
        assertThat(first.desktop().mainViewModel().themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(first.scene().getRoot().getStyleClass()).doesNotContain(ThemeManager.DARK_STYLE_CLASS);

        robot.clickOn(".theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.desktop().mainViewModel().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(first.scene().getRoot().getStyleClass()).contains(ThemeManager.DARK_STYLE_CLASS);
        assertThat(javafx.application.Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());

        // The choice is saved in the background; wait for it, then start again on the same config directory.
        Path config = com.transcriptviewer.platform.AppDirs.of(
                        com.transcriptviewer.platform.AppDirs.Os.LINUX, Map.of(), home)
                .configDir();
        waitUntil(() -> savedSettingsMention(config, "dark"));
        first.close();
        open.remove(first);

        WindowFixture second = demoWindow();
        assertThat(second.desktop().mainViewModel().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(second.scene().getRoot().getStyleClass()).contains(ThemeManager.DARK_STYLE_CLASS);
        robot.clickOn(".theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.desktop().mainViewModel().themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    private static boolean savedSettingsMention(Path dir, String word) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).anyMatch(file -> {
                try {
                    return Files.readString(file)
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains(word);
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
