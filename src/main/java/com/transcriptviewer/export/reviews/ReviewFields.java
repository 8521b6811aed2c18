package com.transcriptviewer.export.reviews;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** What both formats say about an entry, said once: times, the message index, the order of rows. */
final class ReviewFields {

    /** Oldest first; entries saved at the same moment in conversation and transcript order, then by reviewer. */
    static final Comparator<ReviewEntry> ORDER = Comparator.comparing(ReviewEntry::savedAt)
            .thenComparing(entry -> entry.item().conversationId())
            .thenComparingInt(entry -> entry.item().messageIndex())
            .thenComparingInt(entry -> entry.item().position())
            .thenComparing(ReviewEntry::reviewer)
            .thenComparing(ReviewEntry::eventId);

    private ReviewFields() {}

    static List<ReviewEntry> ordered(List<ReviewEntry> entries) {
        return entries.stream().sorted(ORDER).toList();
    }

    /**
     * ISO-8601 in UTC to the millisecond ({@code 2026-03-05T14:03:22.120Z}, or without the fraction when it is
     * zero): what spreadsheets, scripts and Langfuse all read.
     */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The message's 0-based index, or -1 for the conversation as a whole. */
    static int messageIndex(ReviewItem item) {
        return item.isConversation() ? -1 : item.messageIndex();
    }

    /** The verdict's stored name, "correct", or "" for a conversation entry that carries only a note or labels. */
    static String verdict(ReviewEntry entry) {
        return entry.verdict() == null ? "" : entry.verdict().wireName();
    }
}
