package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.review.CallReviewViewModel;
import com.transcriptviewer.review.ReviewViewModel;
import com.transcriptviewer.review.SaveState;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.TeamServer;
import com.transcriptviewer.testing.MemoryReviewStore;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** QA review in the real window on the demo server: keys, the note, the next call, the header, the browser. */
class ReviewFxTest extends WindowTest {

    /** Messages of the demo's table booking that call one tool each; the booking at 14 breaks its definition. */
    private static final int FIRST_CALL = 2;

    private static final int BOOKING = 14;

    /** The app's own database, a SQLite file; a test that needs a save to fail puts a store in memory here. */
    private ReviewStore store;

    private WindowFixture window(String conversationId) throws Exception {
        return window(conversationId, store());
    }

    private ReviewStore store() throws StoreException {
        if (store == null) {
            store = ReviewStores.openLocal(home.resolve("reviews").resolve(ReviewStores.DATABASE_FILE_NAME));
        }
        return store;
    }

    private WindowFixture window(String conversationId, ReviewStore reviews) throws Exception {
        store = reviews;
        // The review tests count the transcript's own page requests: no fetching of the rest in the background.
        WindowFixture.libraryFetchesRest(home, false);
        WindowFixture window = WindowFixture.demo(stage, home, reviews, "--conversation", conversationId);
        open.add(window);
        window.awaitFirstPage();
        waitUntil(() -> review(window).loadStateProperty().get() == ReviewViewModel.LoadState.LOADED);
        return window;
    }

    private static ReviewViewModel review(WindowFixture window) {
        return window.desktop().review();
    }

    private static String reviewer(WindowFixture window) {
        return window.desktop().reviews().reviewer();
    }

    private static ToolCallCardViewModel cardModel(WindowFixture window, int messageIndex) throws Exception {
        return onFx(() -> ((TranscriptRow.MessageRow) window.transcript().rows().get(messageIndex))
                .bubble()
                .toolCards()
                .get(0));
    }

    /** Selects message {@code index}, scrolls to it and gives the list the focus, as a click would. */
    private static void select(WindowFixture window, int index) throws Exception {
        onFx(() -> {
            window.list().getSelectionModel().clearAndSelect(index);
            window.list().scrollTo(index);
            window.list().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The card on screen showing {@code model}, once its message is scrolled into view and laid out. */
    private static ToolCallCard card(WindowFixture window, ToolCallCardViewModel model) throws Exception {
        AtomicReference<ToolCallCard> found = new AtomicReference<>();
        waitUntil(() -> {
            Optional<ToolCallCard> shownCard = window.list().lookupAll(".tool-card").stream()
                    .filter(node -> node instanceof ToolCallCard card && card.getViewModel() == model && shown(card))
                    .map(ToolCallCard.class::cast)
                    .findFirst();
            if (shownCard.isEmpty()) {
                List<TranscriptRow> rows = window.list().getItems();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) instanceof TranscriptRow.MessageRow row
                            && row.bubble().toolCards().contains(model)) {
                        window.list().scrollTo(i);
                    }
                }
            }
            shownCard.ifPresent(found::set);
            return shownCard.isPresent();
        });
        return found.get();
    }

    private static <T extends Node> T in(Node parent, String selector, Class<T> type) throws Exception {
        return onFx(() -> type.cast(parent.lookup(selector)));
    }

    /** Every entry in the store, oldest first. */
    private List<ReviewEntry> saved() {
        try {
            return store.entries(new ReviewFilter(null, null, null, false));
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    /** The entries about the demo's table booking (not those of other conversations the test put there). */
    private List<ReviewEntry> mine() {
        return saved().stream()
                .filter(entry -> entry.item().conversationId().equals(DemoData.TOOL_ERRORS_ID))
                .toList();
    }

    private void add(ReviewEntry entry) throws StoreException {
        store().save(entry);
    }

    private int recordedTotal(WindowFixture window, String conversationId) {
        try {
            return store.progress(List.of(conversationId), reviewer(window))
                    .get(conversationId)
                    .totalCalls();
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void numberKeysJudgeTheSelectedCallAndItsCollapsedCardShowsTheVerdict(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID);
        window.awaitChecks();
        select(window, FIRST_CALL);
        ToolCallCardViewModel model = cardModel(window, FIRST_CALL);

        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> saved().size() == 1);
        ReviewEntry wrong = saved().get(0);
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(wrong.reviewer()).isEqualTo(reviewer(window));
        assertThat(wrong.checkStatus())
                .as("the check beside the verdict is stored with it")
                .isEqualTo("schema_mismatch");
        assertThat(wrong.item().key()).isEqualTo("call:" + model.callId());

        Label badge = in(card(window, model), ".verdict-badge", Label.class);
        waitUntil(() -> shown(badge) && badge.getText().equals("Wrong"));
        assertThat(onFx(model::isExpanded))
                .as("judged without opening the card")
                .isFalse();
        assertThat(onFx(() -> badge.getStyleClass())).contains("verdict-wrong");

        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> saved().size() == 2 && badge.getText().equals("Correct"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> saved().size() == 3 && badge.getText().equals("Unsure"));
        assertThat(saved())
                .extracting(ReviewEntry::verdict)
                .containsExactly(Verdict.WRONG, Verdict.CORRECT, Verdict.UNSURE);

        // Typing a digit in a text field is typing, never a verdict.
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> window.desktop().mainView().idBox().getText())).endsWith("2");
        assertThat(saved()).hasSize(3);

        // Expanded, the card shows the buttons with the chosen one pressed, and the check beside them.
        onFx(() -> model.setExpanded(true));
        ToolCallCard expanded = card(window, model);
        ToggleButton unsure = in(expanded, "#call-verdict-unsure", ToggleButton.class);
        assertThat(onFx(unsure::isSelected)).isTrue();
        assertThat(onFx(() ->
                        in(expanded, "#call-verdict-wrong", ToggleButton.class).isSelected()))
                .isFalse();
        assertThat(onFx(() -> in(expanded, ".review-check", Label.class).getText()))
                .isEqualTo("Check: 1 problem");
        robot.clickOn(in(expanded, "#call-verdict-correct", ToggleButton.class));
        waitUntil(() -> saved().size() == 4 && badge.getText().equals("Correct"));
    }

    @Test
    void nOpensTheNoteWhereEnterSavesAndEscCancels(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID);
        select(window, BOOKING);
        ToolCallCardViewModel model = cardModel(window, BOOKING);
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> saved().size() == 1);

        robot.type(KeyCode.N);
        waitUntil(() -> window.scene().getFocusOwner() instanceof TextArea area
                && area.getStyleClass().contains("review-note-editor"));
        assertThat(onFx(model::isExpanded)).isTrue();
        // A space in the note is a space: it does not fold the message's cards.
        robot.write("No phone number");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> saved().size() == 2);
        assertThat(saved().get(1).note()).isEqualTo("No phone number");
        assertThat(saved().get(1).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(onFx(model::isExpanded)).isTrue();
        ToolCallCard card = card(window, model);
        assertThat(onFx(() -> in(card, ".review-note", Label.class).getText())).isEqualTo("No phone number");
        assertThat(onFx(() -> window.scene().getFocusOwner()))
                .as("the card keeps the focus, so the keys go on")
                .isSameAs(card);

        robot.type(KeyCode.N);
        waitUntil(() -> window.scene().getFocusOwner() instanceof TextArea);
        robot.write(" and no email");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).hasSize(2);
        assertThat(onFx(() -> in(card, ".review-note", Label.class).getText())).isEqualTo("No phone number");

        // Keys go on working from the card: 1 now judges this call.
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> saved().size() == 3);
        assertThat(saved().get(2).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(saved().get(2).note()).isEqualTo("No phone number");
    }

    @Test
    void aFailedSaveKeepsTheVerdictAndNoteOnScreenAndRetrySavesThem(FxRobot robot) throws Exception {
        // A store in memory: a SQLite file cannot be made to refuse a save on demand.
        MemoryReviewStore memory = new MemoryReviewStore();
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID, memory);
        memory.failSaves("The disk is full.");
        select(window, BOOKING);
        ToolCallCardViewModel model = cardModel(window, BOOKING);
        robot.type(KeyCode.DIGIT2).type(KeyCode.N);
        waitUntil(() -> window.scene().getFocusOwner() instanceof TextArea);
        robot.write("Wrong day").type(KeyCode.ENTER);
        ToolCallCard card = card(window, model);
        Label status = in(card, ".review-save-status", Label.class);
        waitUntil(() -> status.getText().equals("Not saved: The disk is full."));
        Button retry = in(card, ".review-retry", Button.class);
        assertThat(shown(retry)).isTrue();
        assertThat(onFx(() -> in(card, ".review-note", Label.class).getText())).isEqualTo("Wrong day");
        assertThat(onFx(() ->
                        in(card, "#call-verdict-wrong", ToggleButton.class).isSelected()))
                .isTrue();
        assertThat(saved()).isEmpty();

        memory.failSaves(null);
        robot.clickOn(retry);
        waitUntil(() -> status.getText().equals("Saved"));
        assertThat(saved()).singleElement().satisfies(entry -> {
            assertThat(entry.verdict()).isEqualTo(Verdict.WRONG);
            assertThat(entry.note()).isEqualTo("Wrong day");
        });
        assertThat(shown(retry)).isFalse();
    }

    @Test
    void rGoesToTheNextCallNotReviewedLoadingPagesOnTheWay(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.STRESS_TEST_ID);
        // Every call loaded so far is reviewed already; the next one not reviewed is on a page still to load.
        String me = reviewer(window);
        int loaded = onFx(() -> window.transcript().loadedMessagesProperty().get());
        List<ReviewItem> reviewed = onFx(() -> window.transcript().rows().stream()
                .filter(TranscriptRow.MessageRow.class::isInstance)
                .map(TranscriptRow.MessageRow.class::cast)
                .flatMap(row -> row.bubble().toolCards().stream()
                        .map(card -> card.reviewItem(DemoData.STRESS_TEST_ID, row.index())))
                .toList());
        assertThat(reviewed).isNotEmpty();
        for (ReviewItem item : reviewed) {
            add(new ReviewEntry(
                    UUID.randomUUID().toString(), item, me, Verdict.CORRECT, "", List.of(), "ok", Instant.now()));
        }
        onFx(review(window)::refresh);
        waitUntil(() -> review(window).loadStateProperty().get() == ReviewViewModel.LoadState.LOADED);
        waitUntil(() -> review(window).progressProperty().get().startsWith(reviewed.size() + " of "));
        int nextPage = loaded / 100 + 1;
        assertThat(window.pagesRequested(DemoData.STRESS_TEST_ID)).doesNotContain(nextPage);

        select(window, 3);
        robot.type(KeyCode.R);
        waitUntil(() -> window.list().getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row
                && row.index() >= loaded);
        TranscriptRow.MessageRow found = onFx(() ->
                (TranscriptRow.MessageRow) window.list().getSelectionModel().getSelectedItem());
        assertThat(found.message().hasToolCalls()).isTrue();
        assertThat(window.pagesRequested(DemoData.STRESS_TEST_ID)).contains(nextPage);
        CallReviewViewModel current =
                onFx(() -> review(window).currentProperty().get());
        assertThat(current.messageIndex()).isEqualTo(found.index());
        ToolCallCard card = card(window, current.card());
        assertThat(onFx(() -> card.getPseudoClassStates().stream()
                        .map(Object::toString)
                        .toList()))
                .as("the card the keys act on is marked")
                .contains("review-current");

        // Judged, the next R goes further on; back from there, nothing before it is left to review.
        int judged = saved().size();
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> saved().size() == judged + 1);
        robot.type(KeyCode.R);
        waitUntil(() -> window.list().getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row
                && row.index() > found.index()
                && row.message().hasToolCalls());
        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        Label navigation = robot.lookup("#navigation-message").queryAs(Label.class);
        waitUntil(() -> "No tool call you have not reviewed before this message.".equals(navigation.getText())
                && shown(navigation));
    }

    @Test
    void theHeaderCountsTheReviewAndTheBrowserShowsItBesideTheConversation(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID);
        ReviewViewModel review = review(window);
        // One page holds the whole conversation: the total is known and recorded for the browser.
        waitUntil(() -> review.progressProperty().get().equals("0 of 17 tool calls reviewed"));
        waitUntil(() -> recordedTotal(window, DemoData.TOOL_ERRORS_ID) == 17);
        Label header = (Label) window.scene().lookup("#review-progress");
        assertThat(shown(header)).isTrue();
        assertThat(onFx(header::getText)).isIn("0 of 17 tool calls reviewed", "0 of 17 reviewed", "0/17");
        assertThat(onFx(() -> header.getTooltip().getText())).startsWith("0 of 17 tool calls reviewed.");

        select(window, FIRST_CALL);
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> review.progressProperty().get().equals("1 of 17 tool calls reviewed"));
        assertThat(onFx(header::getText)).isIn("1 of 17 tool calls reviewed", "1 of 17 reviewed", "1/17");

        waitUntil(() -> window.scene().getRoot().lookupAll(".conversation-review").stream()
                .anyMatch(node -> shown(node) && ((Label) node).getText().equals("1/17 reviewed")));

        // The conversation's overall verdict shows there too.
        onFx(() -> review.conversationProperty().get().choose(Verdict.WRONG));
        waitUntil(() -> window.scene().getRoot().lookupAll(".conversation-review").stream()
                .anyMatch(node -> shown(node) && ((Label) node).getText().equals("1/17 reviewed · Wrong")));
    }

    @Test
    void historyListsEveryVerdictOfTheCallAndOthersShowWithTheirNames(FxRobot robot) throws Exception {
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID);
        ToolCallCardViewModel model = cardModel(window, BOOKING);
        ReviewItem item = onFx(() -> model.reviewItem(DemoData.TOOL_ERRORS_ID, BOOKING));
        add(new ReviewEntry(
                UUID.randomUUID().toString(),
                item,
                "Ana",
                Verdict.WRONG,
                "No phone number.",
                List.of(),
                "schema_mismatch",
                Instant.now().minusSeconds(7200)));
        select(window, BOOKING);
        onFx(() -> model.setExpanded(true));
        ToolCallCard card = card(window, model);

        // Ana's verdict came after the window read the reviews: Refresh in the panel reads it.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> review(window).openProperty().get());
        robot.clickOn("#review-refresh");
        waitUntil(() -> card.lookupAll(".review-other").size() == 1);
        assertThat(onFx(() -> ((Label) card.lookup(".review-other .review-entry-line")).getText()))
                .isEqualTo("Ana · Wrong · 2 h ago");

        select(window, BOOKING);
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> saved().size() == 2);
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> saved().size() == 3);

        // Found again: the saves lay the list out anew, and another cell may show the call now.
        ToolCallCard shown = card(window, model);
        robot.clickOn(in(shown, ".review-history-link", Hyperlink.class));
        waitUntil(() -> shown.getViewModel() == model
                && shown.lookupAll(".review-history-entry").size() == 3);
        List<String> lines = onFx(() -> shown.lookupAll(".review-history-entry .review-entry-line").stream()
                .map(node -> ((Label) node).getText())
                .toList());
        assertThat(lines.get(0)).startsWith("Ana · Wrong · ");
        assertThat(lines.get(1)).startsWith(reviewer(window) + " · Correct · ").contains("check: schema_mismatch");
        assertThat(lines.get(2)).startsWith(reviewer(window) + " · Wrong · ");
        assertThat(onFx(() -> shown.lookupAll(".review-history-entry .review-entry-note").stream()
                        .map(node -> ((Label) node).getText())
                        .toList()))
                .containsExactly("No phone number.");
        assertThat(onFx(() -> in(shown, ".review-history-link", Hyperlink.class).getText()))
                .isEqualTo("Hide history");
    }

    @Test
    void thePanelTakesTheConversationsVerdictNoteAndLabelsWithCompletion(FxRobot robot) throws Exception {
        add(new ReviewEntry(
                UUID.randomUUID().toString(),
                ReviewItem.conversation(DemoData.BILLING_TRANSFER_ID),
                "Ana",
                Verdict.WRONG,
                "",
                List.of("wrong-transfer"),
                null,
                Instant.now().minusSeconds(600)));
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID);
        // The header's review count is the panel's toggle.
        robot.clickOn(window.scene().lookup("#review-progress"));
        waitUntil(() -> window.scene().lookup(".review-panel") != null);
        Node panel = window.scene().lookup(".review-panel");

        robot.clickOn(in(panel, "#conversation-verdict-wrong", ToggleButton.class));
        waitUntil(() -> mine().size() == 1);
        assertThat(mine().get(0).item().isConversation()).isTrue();
        assertThat(mine().get(0).verdict()).isEqualTo(Verdict.WRONG);

        robot.clickOn(in(panel, "#review-conversation-note", TextArea.class)).write("Transferred to the wrong team.");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> mine().size() == 2);
        assertThat(mine().get(1).note()).isEqualTo("Transferred to the wrong team.");

        TextField labels = in(panel, "#review-label-field", TextField.class);
        robot.clickOn(labels).write("transf");
        // The labels used so far are offered as completions.
        waitUntil(() -> robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                .anyMatch(cell -> "wrong-transfer".equals(((javafx.scene.control.ListCell<?>) cell).getText())));
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                .filter(cell -> "wrong-transfer".equals(((javafx.scene.control.ListCell<?>) cell).getText()))
                .findFirst()
                .orElseThrow());
        waitUntil(() -> labels.getText().equals("wrong-transfer"));
        robot.clickOn(labels).type(KeyCode.ENTER);
        waitUntil(() -> mine().size() == 3);
        assertThat(mine().get(2).labels()).containsExactly("wrong-transfer");
        assertThat(mine().get(2).note()).isEqualTo("Transferred to the wrong team.");
        assertThat(mine().get(2).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(onFx(() -> panel.lookupAll(".review-label-chip").size())).isEqualTo(1);

        robot.clickOn(in(panel, ".review-label-remove", Button.class));
        waitUntil(() -> mine().size() == 4);
        assertThat(mine().get(3).labels()).isEmpty();

        // The panel's state is kept across restarts.
        window.close();
        open.remove(window);
        assertThat(Files.readString(home.resolve(".config/transcript-viewer/settings.json")))
                .contains("\"review_panel_open\" : true");
    }

    @Test
    void whenTheTeamServerCannotBeReachedABannerSaysHowManyVerdictsWait(FxRobot robot) throws Exception {
        // A team store whose server is nowhere: it opens on its local database and keeps what is saved there.
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ReviewStore team = ReviewStores.openTeam(
                home.resolve("team").resolve(ReviewStores.DATABASE_FILE_NAME),
                new TeamServer("jdbc:postgresql://127.0.0.1:" + closedPort + "/reviews", "qa"),
                "secret");
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID, team);
        Node notice = window.scene().lookup(".review-store-notice");
        Label text = (Label) window.scene().lookup("#review-store-notice");
        waitUntil(() -> shown(notice) && text.getText().startsWith("Team server unreachable — "));

        select(window, FIRST_CALL);
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> saved().size() == 1);
        int pending = team.status().pending();
        assertThat(pending).isPositive();
        String expected = "Team server unreachable — " + pending + (pending == 1 ? " verdict" : " verdicts")
                + " kept on this computer, sent when it is back";
        waitUntil(() -> text.getText().equals(expected));

        robot.clickOn(robot.from(notice).lookup(".review-store-notice-open").queryButton());
        waitUntil(() -> window.scene().lookup("#review-banner") != null);
        Node banner = window.scene().lookup("#review-banner");
        assertThat(onFx(() -> banner.getStyleClass())).contains("warning");
        assertThat(onFx(() -> banner.lookupAll(".label").stream()
                        .map(node -> ((Label) node).getText())
                        .collect(Collectors.joining("\n"))))
                .contains(expected)
                .contains(team.status().problem());
        assertThat(team.status().problem()).isNotBlank();
    }

    @Test
    void callsWithoutAnIdOrWithARepeatedOneAreReviewedByPlaceAndTheDetailsSaySo(FxRobot robot) throws Exception {
        Path file = home.resolve("calls.json");
        Files.writeString(
                file,
                "[{\"role\":\"user\",\"text\":\"Book it\",\"created_at\":\"2025-04-01T10:00:00Z\"},"
                        + "{\"role\":\"assistant\",\"text\":null,\"created_at\":\"2025-04-01T10:00:01Z\",\"tool_calls\":["
                        + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"book\",\"arguments\":\"{}\"}}]},"
                        + "{\"role\":\"assistant\",\"text\":null,\"created_at\":\"2025-04-01T10:00:02Z\",\"tool_calls\":["
                        + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"book\",\"arguments\":\"{}\"}},"
                        + "{\"type\":\"function\",\"function\":{\"name\":\"notify\",\"arguments\":\"{}\"}}]}]");
        WindowFixture window = window(DemoData.TOOL_ERRORS_ID);
        onFx(() -> window.desktop().mainViewModel().openFile(file));
        waitUntil(() -> window.transcript().rows().size() >= 3
                && review(window).loadStateProperty().get() == ReviewViewModel.LoadState.LOADED
                && !review(window).calls().isEmpty()
                && review(window)
                        .calls()
                        .get(0)
                        .item()
                        .conversationId()
                        .equals(window.transcript().conversationIdProperty().get()));

        onFx(() -> window.desktop().details().openProperty().set(true));
        select(window, 2);
        GridPane calls = (GridPane) window.scene().lookup(".details-calls");
        waitUntil(() -> calls.lookupAll(".details-call-identity").size() == 2);
        assertThat(onFx(() -> calls.lookupAll(".details-call-identity").stream()
                        .map(node -> ((Label) node).getText())
                        .toList()))
                .containsExactly(
                        "Its id repeats an earlier call's; it is identified by message 3, call 1.",
                        "This call has no id; it is identified by message 3, call 2.");

        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> saved().size() == 1);
        robot.type(KeyCode.R);
        waitUntil(() -> review(window).currentProperty().get() != null
                && review(window).currentProperty().get().item().position() == 1);
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> saved().size() == 2);
        assertThat(saved()).extracting(entry -> entry.item().key()).containsExactly("msg:2:0", "msg:2:1");
        assertThat(saved().get(0).item().identity()).isEqualTo(ReviewItem.Identity.POSITION_REPEATED_ID);
        assertThat(saved().get(1).item().identity()).isEqualTo(ReviewItem.Identity.POSITION_NO_ID);
        Map<String, Verdict> byKey =
                saved().stream().collect(Collectors.toMap(entry -> entry.item().key(), ReviewEntry::verdict));
        assertThat(byKey).containsEntry("msg:2:0", Verdict.WRONG).containsEntry("msg:2:1", Verdict.UNSURE);
        assertThat(onFx(() -> review(window).calls().get(0).saveStateProperty().get()))
                .isEqualTo(SaveState.NONE);
    }
}
