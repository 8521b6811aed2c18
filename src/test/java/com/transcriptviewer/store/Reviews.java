package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Review entries for the store's tests. */
final class Reviews {

    static final Instant T0 = Instant.parse("2026-03-02T09:15:00.123456Z");

    private Reviews() {}

    /** A tool call with its own id, at message {@code index}, position 0. */
    static ReviewItem call(String conversationId, int index) {
        return ReviewItem.toolCall(
                conversationId,
                index,
                0,
                new ToolCall("call_" + index, "function", "book_table", "{\"party_size\": 2}"),
                false);
    }

    static ReviewEntry verdict(ReviewItem item, String reviewer, Verdict verdict, Instant savedAt) {
        return new ReviewEntry(UUID.randomUUID().toString(), item, reviewer, verdict, "", List.of(), "ok", savedAt);
    }

    static ReviewEntry verdict(ReviewItem item, String reviewer, Verdict verdict, int secondsAfterT0) {
        return verdict(item, reviewer, verdict, T0.plusSeconds(secondsAfterT0));
    }

    static ReviewEntry overall(
            String conversationId, String reviewer, Verdict verdict, String note, List<String> labels, int seconds) {
        return new ReviewEntry(
                UUID.randomUUID().toString(),
                ReviewItem.conversation(conversationId),
                reviewer,
                verdict,
                note,
                labels,
                null,
                T0.plusSeconds(seconds));
    }
}
