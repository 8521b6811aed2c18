package com.transcriptviewer.store;

import static com.transcriptviewer.store.Reviews.T0;
import static com.transcriptviewer.store.Reviews.call;
import static com.transcriptviewer.store.Reviews.overall;
import static com.transcriptviewer.store.Reviews.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every review store does, whichever database holds the verdicts: the embedded SQLite file, or a team's
 * PostgreSQL server. Each subclass opens a fresh, empty store per test.
 */
abstract class ReviewStoreContract {

    protected ReviewStore store;

    /** A new store on an empty database. */
    protected abstract ReviewStore open() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anEntryReadsBackAsSaved() throws Exception {
        ReviewItem item = ReviewItem.toolCall(
                "conv-1", 7, 2, new ToolCall("", "function", "transfer", "{\"to\": \"+1312\"}"), false);
        ReviewEntry entry = new ReviewEntry(
                UUID.randomUUID().toString(),
                item,
                "Ann Lee",
                Verdict.WRONG,
                "Transferred to the wrong desk",
                List.of(),
                "schema_mismatch",
                T0);

        store.save(entry);

        assertThat(store.latest("conv-1")).containsExactly(entry);
        assertThat(store.history("conv-1", "msg:7:2")).containsExactly(entry);
        assertThat(store.latest("conv-2")).isEmpty();
    }

    @Test
    void eachReviewerKeepsTheirOwnLatestVerdictAndTheHistoryKeepsEverything() throws Exception {
        ReviewItem item = call("conv-1", 3);
        ReviewEntry annFirst = verdict(item, "ann", Verdict.CORRECT, 0);
        ReviewEntry bob = verdict(item, "bob", Verdict.UNSURE, 5);
        ReviewEntry annChanged = verdict(item, "ann", Verdict.WRONG, 10);

        store.save(annFirst);
        store.save(bob);
        store.save(annChanged);

        assertThat(store.latest("conv-1")).containsExactly(bob, annChanged);
        assertThat(store.history("conv-1", item.key())).containsExactly(annFirst, bob, annChanged);
    }

    @Test
    void anOlderEntrySavedLaterDoesNotReplaceTheNewerVerdict() throws Exception {
        ReviewItem item = call("conv-1", 1);
        ReviewEntry newer = verdict(item, "ann", Verdict.WRONG, 60);
        ReviewEntry older = verdict(item, "ann", Verdict.CORRECT, 30);

        store.save(newer);
        store.save(older);

        assertThat(store.latest("conv-1")).containsExactly(newer);
        assertThat(store.history("conv-1", item.key())).containsExactly(older, newer);
    }

    @Test
    void savingTheSameEventTwiceStoresItOnce() throws Exception {
        ReviewEntry entry = verdict(call("conv-1", 1), "ann", Verdict.CORRECT, 0);
        ReviewEntry sameEventOtherwiseChanged = new ReviewEntry(
                entry.eventId(), entry.item(), "ann", Verdict.WRONG, "changed", List.of(), null, T0.plusSeconds(9));

        store.save(entry);
        store.save(entry);
        store.save(sameEventOtherwiseChanged);

        assertThat(store.history("conv-1", entry.item().key())).containsExactly(entry);
        assertThat(store.latest("conv-1")).containsExactly(entry);
    }

    @Test
    void aConversationItemMayCarryJustANoteAndLabels() throws Exception {
        ReviewEntry note = overall("conv-1", "ann", null, "Caller hung up early", List.of("escalation", "Billing"), 0);

        store.save(note);

        assertThat(store.latest("conv-1")).containsExactly(note);
        assertThat(store.progress(List.of("conv-1"), "ann").get("conv-1"))
                .isEqualTo(new ReviewProgress("conv-1", 0, -1, null));
    }

    @Test
    void aToolCallsEntryWithoutAVerdictIsRefused() {
        ReviewEntry noVerdict = verdict(call("conv-1", 1), "ann", null, 0);

        assertThatThrownBy(() -> store.save(noVerdict)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progressCountsEachReviewersCallsWithTheTotalAndTheOverallVerdict() throws Exception {
        store.save(verdict(call("a", 1), "ann", Verdict.CORRECT, 0));
        store.save(verdict(call("a", 2), "ann", Verdict.WRONG, 1));
        store.save(verdict(call("a", 2), "ann", Verdict.CORRECT, 2));
        store.save(verdict(call("a", 3), "ann", Verdict.UNSURE, 3));
        store.save(verdict(call("a", 4), "bob", Verdict.CORRECT, 4));
        store.save(overall("a", "ann", Verdict.WRONG, "", List.of(), 5));
        store.recordToolCallCount("a", 10);
        store.recordToolCallCount("c", 4);
        store.recordToolCallCount("c", 5);

        Map<String, ReviewProgress> ann = store.progress(List.of("a", "b", "c"), "ann");
        Map<String, ReviewProgress> bob = store.progress(List.of("a"), "bob");

        assertThat(ann)
                .containsExactly(
                        Map.entry("a", new ReviewProgress("a", 3, 10, Verdict.WRONG)),
                        Map.entry("b", new ReviewProgress("b", 0, -1, null)),
                        Map.entry("c", new ReviewProgress("c", 0, 5, null)));
        assertThat(bob.get("a")).isEqualTo(new ReviewProgress("a", 1, 10, null));
    }

    @Test
    void progressOfMoreConversationsThanOneQueryTakes() throws Exception {
        List<String> ids = IntStream.range(0, 1_234).mapToObj(i -> "conv-" + i).toList();
        for (int i = 0; i < ids.size(); i += 100) {
            store.save(verdict(call(ids.get(i), 1), "ann", Verdict.CORRECT, i));
            store.recordToolCallCount(ids.get(i), 3);
        }

        Map<String, ReviewProgress> progress = store.progress(ids, "ann");

        assertThat(progress).hasSize(1_234);
        assertThat(progress.values().stream().filter(p -> p.reviewedCalls() == 1))
                .hasSize(13)
                .allMatch(p -> p.totalCalls() == 3);
        assertThat(progress.get("conv-1233")).isEqualTo(new ReviewProgress("conv-1233", 0, -1, null));
    }

    @Test
    void labelsAreEveryLabelEverUsedSortedForCompletion() throws Exception {
        store.save(overall("a", "ann", Verdict.CORRECT, "", List.of("billing", "Escalation"), 0));
        store.save(overall("a", "ann", Verdict.CORRECT, "", List.of("billing"), 1));
        store.save(overall("b", "bob", null, "", List.of("angry caller", "  ", "Billing"), 2));

        assertThat(store.labels()).containsExactly("angry caller", "Billing", "billing", "Escalation");
    }

    @Test
    void entriesForAnExportByTimeReviewerAndLatestOnly() throws Exception {
        ReviewItem one = call("a", 1);
        ReviewItem two = call("b", 1);
        ReviewEntry annOld = verdict(one, "ann", Verdict.CORRECT, 0);
        ReviewEntry annMid = verdict(one, "ann", Verdict.WRONG, 100);
        ReviewEntry annNew = verdict(one, "ann", Verdict.UNSURE, 200);
        ReviewEntry bob = verdict(one, "bob", Verdict.CORRECT, 150);
        ReviewEntry annOther = verdict(two, "ann", Verdict.CORRECT, 50);
        for (ReviewEntry entry : List.of(annMid, annOther, bob, annNew, annOld)) {
            store.save(entry);
        }
        Instant at100 = T0.plusSeconds(100);
        Instant at200 = T0.plusSeconds(200);

        assertThat(store.entries(ReviewFilter.all())).containsExactly(annOther, bob, annNew);
        assertThat(store.entries(new ReviewFilter(null, null, null, false)))
                .containsExactly(annOld, annOther, annMid, bob, annNew);
        assertThat(store.entries(new ReviewFilter(null, null, "ann", true))).containsExactly(annOther, annNew);
        assertThat(store.entries(new ReviewFilter(at100, null, null, false))).containsExactly(annMid, bob, annNew);
        assertThat(store.entries(new ReviewFilter(at100, null, null, true))).containsExactly(bob, annNew);
        // As things stood before 200 s: Ann's latest then was her second verdict.
        assertThat(store.entries(new ReviewFilter(null, at200, null, true))).containsExactly(annOther, annMid, bob);
        assertThat(store.entries(new ReviewFilter(at100, at200, "ann", false))).containsExactly(annMid);
        assertThat(store.entries(new ReviewFilter(at100, at200, "ann", true))).containsExactly(annMid);
        assertThat(store.entries(new ReviewFilter(at200, null, "bob", true))).isEmpty();
    }

    @Test
    void aMegabyteNoteAndEveryControlCharacterRoundTripExactly() throws Exception {
        StringBuilder controls = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            controls.append(c);
        }
        controls.append("\u007f\u0085\u00a0\u2028\u2029\ufeff\ud83d\ude00 \u05e9\u05dc\u05d5\u05dd '\"\\ %_ ;--");
        String note = controls + "x".repeat(1_048_576) + "\r\n" + controls;
        ReviewEntry entry = new ReviewEntry(
                UUID.randomUUID().toString(),
                ReviewItem.conversation("conv-\t1"),
                "Ann \"QA\" O'Neil",
                Verdict.UNSURE,
                note,
                List.of("tab\there", "quote\"s", "back\\slash", "\u0007bell", "[\"json\"]"),
                "ok",
                T0);

        store.save(entry);

        ReviewEntry read = store.latest("conv-\t1").get(0);
        assertThat(read.note()).hasSize(note.length()).isEqualTo(note);
        assertThat(read).isEqualTo(entry);
        assertThat(store.labels()).contains("tab\there", "\u0007bell", "[\"json\"]");
    }

    /** PostgreSQL's text cannot hold U+0000: both databases store U+FFFD in its place, in every field. */
    @Test
    void nulCharactersAreStoredAsTheReplacementCharacter() throws Exception {
        ReviewItem item =
                ReviewItem.toolCall("conv-1", 0, 0, new ToolCall("id\u0000x", "function", "f\u0000", "{}"), false);
        ReviewEntry entry = new ReviewEntry(
                UUID.randomUUID().toString(),
                item,
                "ann\u0000",
                Verdict.CORRECT,
                "before\u0000after\u0000",
                List.of(),
                "ok\u0000",
                T0);

        store.save(entry);

        ReviewEntry read = store.latest("conv-1").get(0);
        assertThat(read.note()).isEqualTo("before\ufffdafter\ufffd");
        assertThat(read.reviewer()).isEqualTo("ann\ufffd");
        assertThat(read.item().key()).isEqualTo("call:id\ufffdx");
        assertThat(read.item().toolCallId()).isEqualTo("id\ufffdx");
        assertThat(read.item().functionName()).isEqualTo("f\ufffd");
        assertThat(read.checkStatus()).isEqualTo("ok\ufffd");
        assertThat(read).isEqualTo(ReviewSql.stored(entry));
        assertThat(read.toString()).doesNotContain("\u0000");

        store.save(overall("conv-1", "ann", null, "", List.of("nul\u0000label"), 1));
        assertThat(store.labels()).containsExactly("nul\ufffdlabel");
    }

    @Test
    void timesAreKeptToTheMicrosecond() throws Exception {
        Instant withNanos = Instant.parse("2026-03-02T09:15:00.123456789Z");
        ReviewEntry entry = verdict(call("conv-1", 1), "ann", Verdict.CORRECT, withNanos);

        store.save(entry);

        assertThat(store.latest("conv-1").get(0).savedAt()).isEqualTo(Instant.parse("2026-03-02T09:15:00.123456Z"));
    }

    @Test
    void savesFromManyThreadsAtOnceAreAllKept() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<ReviewEntry> saved = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                for (int i = 0; i < 25; i++) {
                    ReviewEntry entry = verdict(call("conv-" + t, i), "reviewer-" + t, Verdict.CORRECT, t * 100 + i);
                    saved.add(entry);
                    done.add(threads.submit(() -> {
                        store.save(entry);
                        return store.latest(entry.item().conversationId());
                    }));
                }
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(store.entries(new ReviewFilter(null, null, null, false))).containsExactlyInAnyOrderElementsOf(saved);
    }
}
