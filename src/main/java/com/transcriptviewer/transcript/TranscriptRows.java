package com.transcriptviewer.transcript;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the transcript list shows: the messages in conversation order, then at most one trailing row that says
 * where loading stands (loading, an error with Retry, or the end). Messages are always added before the trailing
 * row, so it stays last while more pages come. Call on the FX side.
 */
final class TranscriptRows {

    private final ObservableList<TranscriptRow> rows = FXCollections.observableArrayList();
    private final TranscriptAssembler assembler;

    TranscriptRows(BubbleContext bubbles) {
        this.assembler = new TranscriptAssembler(bubbles);
    }

    ObservableList<TranscriptRow> list() {
        return rows;
    }

    /** Empties the list for another conversation. */
    void clear() {
        assembler.reset();
        rows.clear();
    }

    /**
     * Adds {@code messages}, and after them the end row when {@code endCount} is not negative (the conversation's
     * last page: that many messages in all).
     */
    void addMessages(List<Message> messages, int endCount) {
        List<TranscriptRow> added = new ArrayList<>(messages.size() + 1);
        for (Message message : messages) {
            added.add(assembler.add(message));
        }
        if (endCount >= 0) {
            added.add(new TranscriptRow.EndRow(
                    endCount == 0
                            ? "This conversation has no messages."
                            : "End of conversation · " + Counts.messages(endCount)));
        }
        rows.addAll(hasTrailingRow() ? rows.size() - 1 : rows.size(), added);
    }

    /** Replaces the trailing row with {@code row}, or removes it when {@code row} is null. */
    void setTrailing(TranscriptRow row) {
        removeTrailing();
        if (row != null) {
            rows.add(row);
        }
    }

    void removeTrailing() {
        if (hasTrailingRow()) {
            rows.remove(rows.size() - 1);
        }
    }

    private boolean hasTrailingRow() {
        return !rows.isEmpty() && !(rows.get(rows.size() - 1) instanceof TranscriptRow.MessageRow);
    }

    /** The messages shown so far, in conversation order (a copy). */
    List<Message> messages() {
        List<Message> messages = new ArrayList<>(rows.size());
        for (TranscriptRow row : rows) {
            if (row instanceof TranscriptRow.MessageRow message) {
                messages.add(message.message());
            }
        }
        return messages;
    }
}
