package com.transcriptviewer.review;

import static com.transcriptviewer.transcript.PagedTranscript.call;
import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.testing.MemoryReviewStore;
import com.transcriptviewer.text.ReviewTexts;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.navigation.TranscriptNavigationViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review of a conversation without a scene, on the app's SQLite store in a temporary folder (in memory where a save
 * must fail or the team server be away): the test is the FX thread; page fetches, store reads and store writes wait in
 * queues the test runs, so every ordering (a late read, a store still opening) is the test's choice.
 */
class ReviewViewModelTest {

    private static final Instant NOW = Instant.parse("2025-04-16T09:30:00Z");
    private static final String ID = PagedTranscript.ID;

    @TempDir
    Path folder;

    /** The app's SQLite store, or a store in memory where a save must fail or the team server be away. */
    private ReviewStore store;

    private final Deque<Runnable> reads = new ArrayDeque<>();
    private final Deque<Runnable> writes = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(Runnable::run, Runnable::run, (delay, task) -> () -> {});
    private final ReviewService service = new ReviewService(reads::add, writes::add, () -> "ana", new Ticking());
    private final List<Integer> revealed = new ArrayList<>();

    private PagedTranscript transcript;
    private TranscriptNavigationViewModel navigation;
    private ReviewViewModel review;

    /** A clock a second further at each reading, from {@link #NOW}: entries saved one after another sort so. */
    private static final class Ticking extends Clock {
        private int ticks;

        @Override
        public Instant instant() {
            return NOW.plusSeconds(ticks++);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private ReviewStore store() throws StoreException {
        if (store == null) {
            store = ReviewStores.openLocal(folder.resolve(ReviewStores.DATABASE_FILE_NAME));
        }
        return store;
    }

    /** Makes the store one in memory, for a test that needs a save to fail or the team server to be away. */
    private MemoryReviewStore inMemory() {
        MemoryReviewStore memory = new MemoryReviewStore();
        store = memory;
        return memory;
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** Every entry in the store, oldest first. */
    private List<ReviewEntry> all() throws StoreException {
        return store().entries(new ReviewFilter(null, null, null, false));
    }

    private void add(ReviewEntry... entries) throws StoreException {
        for (ReviewEntry entry : entries) {
            store().save(entry);
        }
    }

    /** The tool calls the store has on record for the conversation; -1 for none. */
    private int recordedTotal() throws StoreException {
        return store().progress(List.of(ID), "ana").get(ID).totalCalls();
    }

    /** Opens {@code messages} in pages of {@code pageSize} with the store open, and runs everything queued. */
    private void open(List<Message> messages, int pageSize) throws StoreException {
        service.open(store());
        start(messages, pageSize);
    }

    private void start(List<Message> messages, int pageSize) {
        transcript = new PagedTranscript(messages, pageSize);
        navigation = new TranscriptNavigationViewModel(transcript.viewModel(), row -> true);
        review = new ReviewViewModel(transcript.viewModel(), navigation, service, executors);
        // The view selects what navigation reveals; the selection makes the current call.
        navigation.setOnReveal(index -> {
            revealed.add(index);
            review.select(index);
        });
        transcript.open();
        settle();
    }

    /** Runs every queued page fetch, read and write, including what they queue in turn. */
    private void settle() {
        boolean ran = true;
        while (ran) {
            ran = false;
            while (!reads.isEmpty()) {
                reads.poll().run();
                ran = true;
            }
            while (!writes.isEmpty()) {
                writes.poll().run();
                ran = true;
            }
            if (transcript.hasPendingWork()) {
                transcript.runBackground();
                ran = true;
            }
        }
    }

    private static Message assistant(int second, ToolCall... calls) {
        return message(Role.ASSISTANT, null, second, calls);
    }

    private static Message user(int second) {
        return message(Role.USER, "m" + second, second);
    }

    private static ReviewEntry entry(String reviewer, ReviewItem item, Verdict verdict, String note, Instant at) {
        return new ReviewEntry(UUID.randomUUID().toString(), item, reviewer, verdict, note, List.of(), "ok", at);
    }

    private static ReviewItem callItem(int messageIndex, String id) {
        return ReviewItem.toolCall(ID, messageIndex, 0, call(id, "book"), false);
    }

    private CallReviewViewModel callAt(int messageIndex, int position) {
        TranscriptRow.MessageRow row =
                (TranscriptRow.MessageRow) transcript.viewModel().rows().get(messageIndex);
        return review.callOf(row.bubble().toolCards().get(position));
    }

    @Test
    void aVerdictIsSavedWithTheReviewerTheTimeAndTheCheckStatus() throws StoreException {
        open(List.of(user(0), assistant(1, call("c1", "book")), user(2)), 10);
        CallReviewViewModel booking = callAt(1, 0);
        booking.card()
                .setCheck(new ToolCallCheck(
                        ToolCallCheck.Status.SCHEMA_MISMATCH, List.of(), "Checked.", Optional.empty()));

        review.select(1);
        assertThat(review.currentProperty().get()).isSameAs(booking);
        review.judge(Verdict.WRONG);
        assertThat(booking.getVerdict()).as("shown at once").isEqualTo(Verdict.WRONG);
        assertThat(booking.saveStateProperty().get()).isEqualTo(SaveState.SAVING);
        assertThat(all()).as("not before the writer ran").isEmpty();
        assertThat(review.progressProperty().get()).isEqualTo("0 of 1 tool call reviewed");

        settle();
        assertThat(all()).singleElement().satisfies(saved -> {
            assertThat(saved.reviewer()).isEqualTo("ana");
            assertThat(saved.savedAt()).isEqualTo(NOW);
            assertThat(saved.verdict()).isEqualTo(Verdict.WRONG);
            assertThat(saved.checkStatus()).isEqualTo("schema_mismatch");
            assertThat(saved.item().key()).isEqualTo("call:c1");
            assertThat(saved.item().messageIndex()).isEqualTo(1);
            assertThat(saved.labels()).isEmpty();
        });
        assertThat(booking.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(booking.saveMessageProperty().get()).isEqualTo("Saved");
        assertThat(review.progressProperty().get()).isEqualTo("1 of 1 tool call reviewed");

        // The same verdict again is no new entry; another verdict is.
        review.judge(Verdict.WRONG);
        review.judge(Verdict.CORRECT);
        settle();
        assertThat(all()).extracting(ReviewEntry::verdict).containsExactly(Verdict.WRONG, Verdict.CORRECT);
    }

    @Test
    void theHeaderCountsTheReviewersVerdictsAndSaysWhileTheTotalIsNotKnown() throws StoreException {
        // Calls at 1, 3 (first page of five), 6 and 8 (second page).
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(i == 1 || i == 3 || i == 6 || i == 8 ? assistant(i, call("c" + i, "book")) : user(i));
        }
        Instant earlier = NOW.minusSeconds(7200);
        add(
                entry("ana", callItem(1, "c1"), Verdict.CORRECT, "", earlier),
                entry("bo", callItem(3, "c3"), Verdict.WRONG, "wrong day", earlier),
                entry("ana", callItem(8, "c8"), Verdict.UNSURE, "", earlier));
        open(messages, 5);

        // Ana's verdict on message 8 counts though its page is not loaded; Bo's does not count for Ana.
        assertThat(review.progressProperty().get()).isEqualTo("2 of 2+ tool calls reviewed");
        assertThat(review.progressDetailProperty().get()).contains("2 tool calls are loaded so far");
        assertThat(callAt(3, 0).others()).extracting(ReviewEntry::reviewer).containsExactly("bo");
        assertThat(callAt(3, 0).getVerdict()).isNull();
        assertThat(callAt(1, 0).getVerdict()).isEqualTo(Verdict.CORRECT);
        assertThat(recordedTotal()).isEqualTo(-1);

        transcript.viewModel().loadAll();
        settle();
        assertThat(transcript.viewModel().stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(review.progressProperty().get()).isEqualTo("2 of 4 tool calls reviewed");
        assertThat(recordedTotal()).as("recorded for the browser").isEqualTo(4);
        assertThat(callAt(8, 0).getVerdict()).isEqualTo(Verdict.UNSURE);

        // Opened again later, the first page already knows the total.
        ReviewViewModel again = new ReviewViewModel(
                new PagedTranscript(messages, 5).open().viewModel(), navigation, service, executors);
        settle();
        assertThat(again.progressProperty().get()).isEqualTo("2 of 4 tool calls reviewed");
    }

    @Test
    void nextGoesToTheNextCallNotReviewedWithinTheMessageThenAcrossPages() throws StoreException {
        // Message 1 calls two tools; the next call is on the second page (message 7).
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(
                    i == 1
                            ? assistant(i, call("a", "book"), call("b", "notify"))
                            : i == 7 ? assistant(i, call("c", "hangup")) : user(i));
        }
        add(entry("ana", callItem(1, "a"), Verdict.CORRECT, "", NOW.minusSeconds(60)));
        open(messages, 5);
        assertThat(transcript.viewModel().loadedMessagesProperty().get()).isEqualTo(5);

        review.select(1);
        assertThat(review.currentProperty().get())
                .as("the message's first call not reviewed yet")
                .isSameAs(callAt(1, 1));
        review.judge(Verdict.UNSURE);
        settle();

        review.next(1);
        settle();
        assertThat(revealed).as(navigation.messageProperty().get()).containsExactly(7);
        assertThat(transcript.viewModel().loadedMessagesProperty().get()).isEqualTo(10);
        assertThat(review.currentProperty().get()).isSameAs(callAt(7, 0));
        assertThat(callAt(1, 1).isCurrent()).isFalse();
        assertThat(callAt(7, 0).isCurrent()).isTrue();

        review.judge(Verdict.CORRECT);
        settle();
        review.next(7);
        settle();
        assertThat(navigation.messageProperty().get()).isEqualTo(ReviewViewModel.NOT_FOUND_AFTER);

        // Back within the message: from its second call to an earlier one not reviewed (none here: all are).
        review.select(1);
        review.previous(1);
        assertThat(navigation.messageProperty().get()).isEqualTo(ReviewViewModel.NOT_FOUND_BEFORE);
    }

    @Test
    void nextWaitsForTheReviewsToBeRead() throws StoreException {
        service.open(store());
        List<Message> messages = List.of(user(0), assistant(1, call("a", "book")), assistant(2, call("b", "book")));
        add(entry("ana", callItem(1, "a"), Verdict.CORRECT, "", NOW.minusSeconds(60)));
        transcript = new PagedTranscript(messages, 10);
        navigation = new TranscriptNavigationViewModel(transcript.viewModel(), row -> true);
        review = new ReviewViewModel(transcript.viewModel(), navigation, service, executors);
        navigation.setOnReveal(revealed::add);
        transcript.open();
        assertThat(review.loadStateProperty().get()).isEqualTo(ReviewViewModel.LoadState.LOADING);

        review.next(-1);
        assertThat(revealed).as("not before the reviews are read").isEmpty();
        assertThat(navigation.messageProperty().get()).isEqualTo(ReviewViewModel.WAITING_TEXT);
        settle();
        assertThat(revealed).as("message 1 was reviewed already").containsExactly(2);
    }

    @Test
    void callsWithoutAnIdOrWithARepeatedIdAreIdentifiedByTheirPlace() throws StoreException {
        open(
                List.of(
                        assistant(0, call("dup", "book")),
                        user(1),
                        assistant(2, call("dup", "book"), call("", "notify"))),
                10);
        assertThat(callAt(0, 0).item().identity()).isEqualTo(ReviewItem.Identity.CALL_ID);
        ReviewItem repeated = callAt(2, 0).item();
        ReviewItem missing = callAt(2, 1).item();
        assertThat(repeated.key()).isEqualTo("msg:2:0");
        assertThat(repeated.identity()).isEqualTo(ReviewItem.Identity.POSITION_REPEATED_ID);
        assertThat(missing.key()).isEqualTo("msg:2:1");
        assertThat(ReviewTexts.identity(missing))
                .isEqualTo("This call has no id; it is identified by message 3, call 2.");
        assertThat(ReviewTexts.identity(repeated))
                .isEqualTo("Its id repeats an earlier call's; it is identified by message 3, call 1.");

        review.judge(callAt(2, 0), Verdict.WRONG);
        review.judge(callAt(0, 0), Verdict.CORRECT);
        settle();
        assertThat(all()).extracting(e -> e.item().key()).containsExactly("msg:2:0", "call:dup");
        assertThat(callAt(2, 1).getVerdict())
                .as("the call beside it is another item")
                .isNull();
        assertThat(review.progressProperty().get()).isEqualTo("2 of 3 tool calls reviewed");
    }

    @Test
    void aFailedSaveKeepsTheVerdictAndTheNoteOnScreenAndRetrySavesTheSameEntry() throws StoreException {
        MemoryReviewStore memory = inMemory();
        open(List.of(user(0), assistant(1, call("c1", "transfer"))), 10);
        memory.failSaves("The disk is full.");
        review.select(1);
        CallReviewViewModel transfer = review.editNote();
        assertThat(transfer.editingProperty().get()).isTrue();
        assertThat(transfer.card().isExpanded())
                .as("the note shows on the expanded card")
                .isTrue();
        transfer.draftProperty().set("Transferred to sales; the caller asked for billing.");
        transfer.commitNote();
        assertThat(transfer.saveStateProperty().get()).isEqualTo(SaveState.NOTE_PENDING);
        assertThat(transfer.saveMessageProperty().get()).isEqualTo(CallReviewViewModel.NOTE_WAITS_TEXT);
        assertThat(memory.calls()).doesNotContain("save");

        review.judge(Verdict.WRONG);
        settle();
        assertThat(transfer.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(transfer.saveMessageProperty().get()).isEqualTo("Not saved: The disk is full.");
        assertThat(transfer.getVerdict()).isEqualTo(Verdict.WRONG);
        assertThat(transfer.noteProperty().get()).isEqualTo("Transferred to sales; the caller asked for billing.");
        assertThat(review.progressProperty().get())
                .as("only what is saved counts")
                .isEqualTo("0 of 1 tool call reviewed");

        // A read that arrives now (Refresh) leaves what the reviewer did on screen.
        review.refresh();
        settle();
        assertThat(transfer.getVerdict()).isEqualTo(Verdict.WRONG);
        assertThat(transfer.noteProperty().get()).startsWith("Transferred to sales");

        memory.failSaves(null);
        transfer.retry();
        settle();
        assertThat(transfer.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(all()).singleElement().satisfies(saved -> {
            assertThat(saved.verdict()).isEqualTo(Verdict.WRONG);
            assertThat(saved.note()).isEqualTo("Transferred to sales; the caller asked for billing.");
        });
        assertThat(review.progressProperty().get()).isEqualTo("1 of 1 tool call reviewed");
    }

    @Test
    void cancellingANoteKeepsTheOneSaved() throws StoreException {
        add(entry("ana", callItem(1, "c1"), Verdict.CORRECT, "Right number.", NOW.minusSeconds(60)));
        open(List.of(user(0), assistant(1, call("c1", "transfer"))), 10);
        review.select(1);
        CallReviewViewModel call = review.editNote();
        assertThat(call.draftProperty().get()).isEqualTo("Right number.");
        call.draftProperty().set("Something else");
        call.cancelNote();
        assertThat(call.noteProperty().get()).isEqualTo("Right number.");
        assertThat(call.editingProperty().get()).isFalse();
        settle();
        assertThat(all()).as("nothing saved by cancelling").hasSize(1);

        call.beginNote();
        call.draftProperty().set("Right number, right name.  ");
        call.commitNote();
        settle();
        assertThat(all()).last().satisfies(saved -> {
            assertThat(saved.note()).isEqualTo("Right number, right name.");
            assertThat(saved.verdict()).isEqualTo(Verdict.CORRECT);
        });
    }

    @Test
    void aSaveWaitsForTheStoreToOpen() throws StoreException {
        Deque<Runnable> opening = new ArrayDeque<>();
        service.open(this::store, opening::add);
        start(List.of(user(0), assistant(1, call("c1", "book"))), 10);
        review.select(1);
        review.judge(Verdict.CORRECT);
        CallReviewViewModel call = callAt(1, 0);
        assertThat(call.saveStateProperty().get()).isEqualTo(SaveState.WAITING);
        assertThat(call.saveMessageProperty().get()).startsWith("Opening the review database");
        assertThat(review.bannerProperty().get()).isEqualTo("Opening the review database…");

        opening.poll().run();
        settle();
        assertThat(call.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(all()).hasSize(1);
        assertThat(review.bannerProperty().get()).isEqualTo("Verdicts are saved on this computer.");
    }

    @Test
    void aStoreThatCannotBeOpenedSaysSoAndNothingIsLost() throws StoreException {
        service.open(
                () -> {
                    throw new StoreException("the folder is read-only");
                },
                Runnable::run);
        start(List.of(user(0), assistant(1, call("c1", "book"))), 10);
        assertThat(review.bannerToneProperty().get()).isEqualTo(ReviewViewModel.Tone.DANGER);
        assertThat(review.bannerProperty().get())
                .startsWith("The review database could not be opened: the folder is read-only");
        review.select(1);
        review.judge(Verdict.CORRECT);
        settle();
        CallReviewViewModel call = callAt(1, 0);
        assertThat(call.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(call.getVerdict()).isEqualTo(Verdict.CORRECT);
        assertThat(review.loadStateProperty().get()).isEqualTo(ReviewViewModel.LoadState.FAILED);
    }

    @Test
    void theBannerSaysWhenTheTeamServerCannotBeReached() throws StoreException {
        MemoryReviewStore memory = inMemory();
        open(List.of(user(0), assistant(1, call("c1", "book"))), 10);
        memory.teamServerUnreachable("Connection refused by db.example.test:5432.");
        assertThat(review.bannerToneProperty().get()).isEqualTo(ReviewViewModel.Tone.WARNING);
        assertThat(review.bannerDetailProperty().get()).isEqualTo("Connection refused by db.example.test:5432.");

        review.select(1);
        review.judge(Verdict.CORRECT);
        settle();
        assertThat(review.bannerProperty().get())
                .isEqualTo("Team server unreachable — 1 verdict kept on this computer, sent when it is back");
        assertThat(callAt(1, 0).saveStateProperty().get()).isEqualTo(SaveState.SAVED);

        memory.teamServerBack();
        assertThat(review.bannerToneProperty().get()).isEqualTo(ReviewViewModel.Tone.QUIET);
        assertThat(review.bannerProperty().get()).startsWith("Verdicts are saved on the team server");
    }

    @Test
    void aLateReadForAConversationNoLongerOpenIsDropped() throws StoreException {
        service.open(store());
        List<Message> first = List.of(user(0), assistant(1, call("c1", "book")));
        List<Message> second = List.of(assistant(0, call("c1", "book")));
        add(entry("ana", callItem(1, "c1"), Verdict.WRONG, "", NOW.minusSeconds(60)));
        transcript = new PagedTranscript(first, 10).with("other", second);
        navigation = new TranscriptNavigationViewModel(transcript.viewModel(), row -> true);
        review = new ReviewViewModel(transcript.viewModel(), navigation, service, executors);
        transcript.open();
        transcript.runBackground();
        assertThat(reads).as("the first conversation's reviews are asked for").isNotEmpty();

        transcript.open("other");
        settle();
        assertThat(review.progressProperty().get()).isEqualTo("0 of 1 tool call reviewed");
        TranscriptRow.MessageRow row =
                (TranscriptRow.MessageRow) transcript.viewModel().rows().get(0);
        assertThat(review.callOf(row.bubble().toolCards().get(0)).getVerdict())
                .as("the first conversation's verdict is not put on the other's call")
                .isNull();
    }

    @Test
    void unsavedWorkComesBackWithItsConversation() throws StoreException {
        MemoryReviewStore memory = inMemory();
        service.open(store());
        List<Message> first = List.of(user(0), assistant(1, call("c1", "book")));
        transcript = new PagedTranscript(first, 10).with("other", List.of(user(0)));
        navigation = new TranscriptNavigationViewModel(transcript.viewModel(), row -> true);
        review = new ReviewViewModel(transcript.viewModel(), navigation, service, executors);
        transcript.open();
        settle();
        memory.failSaves("The disk is full.");
        review.select(1);
        review.judge(Verdict.WRONG);
        review.conversationProperty().get().draftProperty().set("Half a thought");
        settle();

        transcript.open("other");
        settle();
        transcript.open();
        settle();
        CallReviewViewModel call = callAt(1, 0);
        assertThat(call.getVerdict()).isEqualTo(Verdict.WRONG);
        assertThat(call.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(review.conversationProperty().get().draftProperty().get()).isEqualTo("Half a thought");
    }

    @Test
    void theConversationGetsAnOverallVerdictANoteAndLabels() throws StoreException {
        add(new ReviewEntry(
                UUID.randomUUID().toString(),
                ReviewItem.conversation("elsewhere"),
                "bo",
                Verdict.WRONG,
                "",
                List.of("wrong-transfer"),
                null,
                NOW.minusSeconds(600)));
        open(List.of(user(0), assistant(1, call("c1", "book"))), 10);
        assertThat(review.labelSuggestions()).containsExactly("wrong-transfer");
        ConversationReviewViewModel whole = review.conversationProperty().get();

        whole.choose(Verdict.WRONG);
        whole.draftProperty().set("Booked the wrong day.");
        assertThat(whole.noteChangedProperty().get()).isTrue();
        whole.saveNote();
        assertThat(whole.addLabel("  wrong-date ")).isTrue();
        assertThat(whole.addLabel("WRONG-DATE")).as("once, in any case").isFalse();
        settle();
        assertThat(all()).hasSize(4).last().satisfies(saved -> {
            assertThat(saved.item().isConversation()).isTrue();
            assertThat(saved.verdict()).isEqualTo(Verdict.WRONG);
            assertThat(saved.note()).isEqualTo("Booked the wrong day.");
            assertThat(saved.labels()).containsExactly("wrong-date");
            assertThat(saved.checkStatus()).isNull();
        });
        assertThat(review.labelSuggestions()).containsExactly("wrong-date", "wrong-transfer");

        whole.choose(Verdict.WRONG);
        settle();
        assertThat(whole.getVerdict())
                .as("the same verdict again takes it back")
                .isNull();
        assertThat(all()).last().satisfies(saved -> assertThat(saved.verdict()).isNull());
        whole.removeLabel("wrong-date");
        settle();
        assertThat(all()).last().satisfies(saved -> assertThat(saved.labels()).isEmpty());
    }

    @Test
    void theHistoryListsEveryEntryOfTheCall() throws StoreException {
        ReviewItem item = callItem(1, "c1");
        add(
                entry("bo", item, Verdict.CORRECT, "", NOW.minusSeconds(7200)),
                entry("ana", item, Verdict.CORRECT, "", NOW.minusSeconds(3600)));
        open(List.of(user(0), assistant(1, call("c1", "book"))), 10);
        CallReviewViewModel call = callAt(1, 0);
        assertThat(call.others()).extracting(ReviewEntry::reviewer).containsExactly("bo");

        review.judge(call, Verdict.WRONG);
        settle();
        call.toggleHistory();
        assertThat(call.historyStateProperty().get()).isEqualTo(CallReviewViewModel.HistoryState.LOADING);
        settle();
        assertThat(call.historyStateProperty().get()).isEqualTo(CallReviewViewModel.HistoryState.SHOWN);
        assertThat(call.history())
                .extracting(ReviewEntry::reviewer, ReviewEntry::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bo", Verdict.CORRECT),
                        org.assertj.core.groups.Tuple.tuple("ana", Verdict.CORRECT),
                        org.assertj.core.groups.Tuple.tuple("ana", Verdict.WRONG));

        // A change while the history shows is added to it.
        review.judge(call, Verdict.UNSURE);
        settle();
        assertThat(call.history()).hasSize(4);
        call.toggleHistory();
        assertThat(call.historyStateProperty().get()).isEqualTo(CallReviewViewModel.HistoryState.HIDDEN);
    }

    @Test
    void withoutACallTheKeysSayHowToPickOne() throws StoreException {
        open(List.of(user(0), assistant(1, call("c1", "book"))), 10);
        review.select(0);
        review.judge(Verdict.CORRECT);
        assertThat(review.hintProperty().get()).isEqualTo(ReviewViewModel.NO_CALL_TEXT);
        assertThat(review.editNote()).isNull();
        review.select(1);
        assertThat(review.hintProperty().get()).isEmpty();
        settle();
        assertThat(all()).isEmpty();
    }
}
