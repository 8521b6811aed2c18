package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the store holds about one conversation when it was read: every reviewer's latest entry on each item, and the
 * current reviewer's progress (with the tool-call total, once recorded).
 *
 * @param progress null when the store said nothing about the conversation
 */
public record ConversationReviews(String conversationId, List<ReviewEntry> latest, ReviewProgress progress) {

    public ConversationReviews {
        latest = List.copyOf(latest);
    }

    /** The tool calls the conversation has, as recorded once it was loaded whole; -1 while not known. */
    public int recordedTotal() {
        return progress == null ? -1 : progress.totalCalls();
    }

    /** {@code reviewer}'s latest entry by item key. */
    public Map<String, ReviewEntry> mine(String reviewer) {
        Map<String, ReviewEntry> mine = new LinkedHashMap<>();
        for (ReviewEntry entry : latest) {
            if (entry.reviewer().equals(reviewer)) {
                mine.put(entry.item().key(), entry);
            }
        }
        return mine;
    }

    /** The other reviewers' latest entries by item key, oldest first. */
    public Map<String, List<ReviewEntry>> others(String reviewer) {
        Map<String, List<ReviewEntry>> others = new LinkedHashMap<>();
        latest.stream()
                .filter(entry -> !entry.reviewer().equals(reviewer))
                .sorted(java.util.Comparator.comparing(ReviewEntry::savedAt))
                .forEach(entry -> others.computeIfAbsent(entry.item().key(), key -> new ArrayList<>())
                        .add(entry));
        return others;
    }
}
