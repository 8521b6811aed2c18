package com.transcriptviewer.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved judgement: a reviewer's verdict and note on an item at a moment. Saving never overwrites: a changed
 * verdict is a new entry, and an item's history is its entries in time order. The latest entry of each reviewer on an
 * item is that reviewer's current verdict; reviewers never overwrite each other.
 *
 * @param eventId     unique id of this entry (a UUID), so that sending it to a team server twice stores it once
 * @param item        what it is about
 * @param reviewer    who judged (the name from Settings)
 * @param verdict     the verdict; null only for a conversation item that carries just a note or labels
 * @param note        the reviewer's note, "" for none
 * @param labels      free labels (conversation items only; empty for tool calls)
 * @param checkStatus the definition check's status of the call when it was judged ("ok", "schema_mismatch", ...), or
 *                    null when not known
 * @param savedAt     when it was saved
 */
public record ReviewEntry(
        String eventId,
        ReviewItem item,
        String reviewer,
        Verdict verdict,
        String note,
        List<String> labels,
        String checkStatus,
        Instant savedAt) {

    public ReviewEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(savedAt, "savedAt");
        note = note == null ? "" : note;
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
