package com.transcriptviewer.library;

import java.time.Instant;
import java.util.List;

/**
 * One message that matched a library search: its conversation, place and time, and a snippet of what matched with
 * the matching words' ranges in it.
 *
 * @param marks {@code [start, end)} ranges of {@code snippet} that matched, in order
 */
public record SearchHit(
        String conversationId,
        String conversationName,
        String channel,
        String assistantId,
        int messageIndex,
        String role,
        Instant sentAt,
        String snippet,
        List<Mark> marks) {

    public SearchHit {
        marks = List.copyOf(marks);
    }

    /** A matched range of the snippet. */
    public record Mark(int start, int end) {}

    /** The snippet with each match between {@code open} and {@code close}. */
    public String snippet(String open, String close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark mark : marks) {
            out.append(snippet, at, mark.start())
                    .append(open)
                    .append(snippet, mark.start(), mark.end())
                    .append(close);
            at = mark.end();
        }
        return out.append(snippet.substring(at)).toString();
    }

    /** Reads a snippet FTS5 marked with {@code open} and {@code close} characters. */
    static SearchHit withSnippet(
            String conversationId,
            String name,
            String channel,
            String assistantId,
            int index,
            String role,
            Instant sentAt,
            String marked,
            char open,
            char close) {
        StringBuilder plain = new StringBuilder();
        List<Mark> marks = new java.util.ArrayList<>();
        int start = -1;
        String text = marked == null ? "" : marked;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                start = plain.length();
            } else if (c == close) {
                if (start >= 0 && plain.length() > start) {
                    marks.add(new Mark(start, plain.length()));
                }
                start = -1;
            } else {
                plain.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
        }
        return new SearchHit(conversationId, name, channel, assistantId, index, role, sentAt, plain.toString(), marks);
    }
}
