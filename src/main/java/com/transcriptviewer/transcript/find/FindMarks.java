package com.transcriptviewer.transcript.find;

import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Find's highlights in the conversation: every match is marked, as browsers and editors mark them, and the current one
 * distinct, on the messages' bubble view-models and their tool card view-models (not on the cells, so the marks
 * survive cell reuse while the list scrolls); the tool card holding the current match in its arguments is expanded so
 * the match can be seen. Clearing takes the marks off every message that carries some.
 */
final class FindMarks {

    /** The bubbles that carry marks, by identity. */
    private final Set<MessageBubbleViewModel> marked = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Takes the marks off every marked message. */
    void clear() {
        marked.forEach(MessageBubbleViewModel::clearMarks);
        marked.clear();
    }

    /** Forgets the marked messages without touching them: another conversation was opened and its bubbles are gone. */
    void forget() {
        marked.clear();
    }

    /**
     * Marks the matches of one message on its bubble and tool cards, replacing the marks it had.
     *
     * @param bubble the message's bubble view-model
     * @param inMessage every match in that message, in the order the bubble shows them
     * @param current which of {@code inMessage} is the current match, or -1 when none is
     */
    void mark(MessageBubbleViewModel bubble, List<FindMatch> inMessage, int current) {
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
        if (current >= 0) {
            FindMatch match = inMessage.get(current);
            if (match.where() == FindMatch.Where.ARGUMENTS && match.callIndex() < cards.size()) {
                cards.get(match.callIndex()).setExpanded(true);
            }
        }
        marked.add(bubble);
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
