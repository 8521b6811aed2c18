package com.transcriptviewer.export.reviews;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Review entries for the export tests: a call judged by two reviewers, a call without an id, the conversation. */
public final class ReviewSamples {

    public static final String CONVERSATION = "0f8c2a8e-5f1d-4c62-9a51-1c1f4b0d7e21";

    private ReviewSamples() {}

    public static ReviewItem call(int messageIndex, int position, String id, String function) {
        return ReviewItem.toolCall(
                CONVERSATION, messageIndex, position, new ToolCall(id, "function", function, "{}"), false);
    }

    public static ReviewEntry entry(
            String eventId, ReviewItem item, String reviewer, Verdict verdict, String note, String time) {
        return new ReviewEntry(eventId, item, reviewer, verdict, note, List.of(), null, Instant.parse(time));
    }

    public static ReviewEntry withCheck(ReviewEntry entry, String status) {
        return new ReviewEntry(
                entry.eventId(),
                entry.item(),
                entry.reviewer(),
                entry.verdict(),
                entry.note(),
                entry.labels(),
                status,
                entry.savedAt());
    }

    public static ReviewEntry withLabels(ReviewEntry entry, String... labels) {
        return new ReviewEntry(
                entry.eventId(),
                entry.item(),
                entry.reviewer(),
                entry.verdict(),
                entry.note(),
                List.of(labels),
                entry.checkStatus(),
                entry.savedAt());
    }

    /** Five entries over three days by two reviewers; ana changed her mind on the booking call. */
    public static List<ReviewEntry> someReviews() {
        ReviewItem booking = call(4, 0, "call_book_1", "book_appointment");
        ReviewItem noId = ReviewItem.toolCall(CONVERSATION, 7, 1, new ToolCall("", "function", "hangup", "{}"), false);
        ReviewItem conversation = ReviewItem.conversation(CONVERSATION);
        List<ReviewEntry> entries = new ArrayList<>();
        entries.add(withCheck(
                entry("e1", booking, "ana", Verdict.WRONG, "Wrong date", "2026-03-01T09:00:00Z"), "schema_mismatch"));
        entries.add(withCheck(
                entry("e2", booking, "ana", Verdict.CORRECT, "Fine after all", "2026-03-02T10:30:00Z"), "ok"));
        entries.add(entry("e3", booking, "bo", Verdict.UNSURE, "", "2026-03-02T11:00:00.250Z"));
        entries.add(entry("e4", noId, "bo", Verdict.CORRECT, "", "2026-03-03T08:00:00Z"));
        entries.add(withLabels(
                entry("e5", conversation, "ana", Verdict.WRONG, "Booked the wrong day", "2026-03-03T12:00:00Z"),
                "billing",
                "escalate"));
        return entries;
    }
}
