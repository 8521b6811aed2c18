package com.transcriptviewer.transcript.find;

import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Find's highlights in the conversation: every match of the current match's message is marked, the current one
 * distinct, on the message's bubble view-model and its tool card view-models (not on the cells, so the marks survive
 * cell reuse while the list scrolls), and the tool card holding a match in its arguments is expanded so the match can
 * be seen. Only one message is marked at a time; the marks of the one before are cleared.
 */
final class FindMarks {

    /** The bubble that carries marks, or null. */
    private MessageBubbleViewModel marked;

    /**
     * Clears the marks of the marked message unless it is {@code next}, the message about to be marked: within the
     * same message the marks are replaced, not cleared first, so the view restyles two ranges instead of all.
     */
    void clearUnless(MessageBubbleViewModel next) {
        if (marked != null && marked != next) {
            marked.clearMarks();
        }
        marked = null;
    }

    /** Forgets the marked message without touching it: another conversation was opened and its bubbles are gone. */
    void forget() {
        marked = null;
    }

    /**
     * Marks the matches of one message on its bubble and tool cards.
     *
     * @param bubble the message's bubble view-model
     * @param inMessage every match in that message, in the order the bubble shows them
     * @param current which of {@code inMessage} is the current match
     */
    void mark(MessageBubbleViewModel bubble, List<FindMatch> inMessage, int current) {
        FindMatch match = inMessage.get(current);
        List<ToolCallCardViewModel> cards = bubble.toolCards();
        MarksBuilder text = new MarksBuilder();
        List<MarksBuilder> names = new ArrayList<>();
        List<MarksBuilder> arguments = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            names.add(new MarksBuilder());
            arguments.add(new MarksBuilder());
        }
        for (int i = 0; i < inMessage.size(); i++) {
            FindMatch each = inMessage.get(i);
            // A match in a tool call the bubble has no card for cannot be shown, so it is left unmarked.
            MarksBuilder target = switch (each.where()) {
                case TEXT -> text;
                case FUNCTION_NAME -> each.callIndex() < cards.size() ? names.get(each.callIndex()) : null;
                case ARGUMENTS -> each.callIndex() < cards.size() ? arguments.get(each.callIndex()) : null;
            };
            if (target != null) {
                target.add(each, i == current);
            }
        }
        bubble.textMarksProperty().set(text.build());
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).nameMarksProperty().set(names.get(i).build());
            cards.get(i).argumentMarksProperty().set(arguments.get(i).build());
        }
        if (match.where() == FindMatch.Where.ARGUMENTS && match.callIndex() < cards.size()) {
            cards.get(match.callIndex()).setExpanded(true);
        }
        marked = bubble;
    }

    /** The bubble view-model of message {@code messageIndex} among the transcript's rows, or null if not loaded. */
    static MessageBubbleViewModel bubbleOf(List<TranscriptRow> rows, int messageIndex) {
        // Messages come first and in order (the status row is at the end), so the row is normally at its index.
        if (messageIndex < rows.size()
                && rows.get(messageIndex) instanceof TranscriptRow.MessageRow row
                && row.index() == messageIndex) {
            return row.bubble();
        }
        for (TranscriptRow each : rows) {
            if (each instanceof TranscriptRow.MessageRow row && row.index() == messageIndex) {
                return row.bubble();
            }
        }
        return null;
    }

    /** The marks of one text, collected in order. */
    private static final class MarksBuilder {
        private final List<TextMarks.Range> ranges = new ArrayList<>();
        private int current = -1;

        void add(FindMatch match, boolean isCurrent) {
            if (isCurrent) {
                current = ranges.size();
            }
            ranges.add(new TextMarks.Range(match.start(), match.end()));
        }

        TextMarks build() {
            return ranges.isEmpty() ? TextMarks.NONE : new TextMarks(ranges, current);
        }
    }
}
