package com.transcriptviewer.text.json;

import com.transcriptviewer.text.TextMarks;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries marks made on raw JSON over to the text {@link JsonFormatter} printed from it. The formatter copies every
 * token verbatim and only changes the whitespace between tokens, so the two texts hold the same characters once
 * that whitespace is left out; a range maps to the range spanning the same characters (a range that is only
 * whitespace between tokens becomes empty).
 */
public final class JsonOffsets {

    private JsonOffsets() {}

    /**
     * {@code marks} on {@code raw}, moved onto {@code formatted}; the marks unchanged when the texts are equal (raw
     * mode), and {@link TextMarks#NONE} when {@code formatted} was not printed from {@code raw}.
     */
    public static TextMarks toFormatted(String raw, String formatted, TextMarks marks) {
        if (marks.isEmpty() || raw.equals(formatted)) {
            return marks;
        }
        int count = marks.ranges().size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        int nextStart = 0;
        int nextEnd = 0;
        int displayed = 0;
        // Just past the last significant character seen, in the formatted text.
        int afterLast = 0;
        JsonStringState strings = new JsonStringState();
        int length = raw.length();
        for (int r = 0; r < length; r++) {
            while (nextEnd < count && marks.ranges().get(nextEnd).end() <= r) {
                ends[nextEnd++] = afterLast;
            }
            char c = raw.charAt(r);
            if (!strings.inString() && JsonStringState.isSpace(c)) {
                continue;
            }
            if (!strings.inString()) {
                while (displayed < formatted.length() && JsonStringState.isSpace(formatted.charAt(displayed))) {
                    displayed++;
                }
            }
            if (displayed >= formatted.length() || formatted.charAt(displayed) != c) {
                return TextMarks.NONE;
            }
            while (nextStart < count && marks.ranges().get(nextStart).start() <= r) {
                starts[nextStart++] = displayed;
            }
            displayed++;
            afterLast = displayed;
            strings.step(c);
        }
        while (nextStart < count) {
            starts[nextStart++] = afterLast;
        }
        while (nextEnd < count) {
            ends[nextEnd++] = afterLast;
        }
        List<TextMarks.Range> mapped = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mapped.add(new TextMarks.Range(starts[i], Math.max(starts[i], ends[i])));
        }
        return new TextMarks(mapped, marks.current());
    }
}
