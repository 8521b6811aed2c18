package com.transcriptviewer.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Draws {@link TextMarks} in a RichTextFX area by adding a style class to the marked characters, on top of the
 * classes they already carry (JSON syntax colours stay): {@value #MATCH} on every range, {@value #CURRENT} as well on
 * the current one. Only ranges inside the area's text are drawn.
 */
public final class MarkStyles {

    public static final String MATCH = "find-match";
    public static final String CURRENT = "find-current";

    /**
     * Ranges drawn at most, around the current one: a query matching every quote of a megabyte of JSON would
     * otherwise restyle hundreds of thousands of runs on the FX thread.
     */
    static final int MAX_DRAWN = 2_000;

    private MarkStyles() {
    }

    /** Replaces the marks drawn in {@code area}: removes those of {@code shown}, then draws {@code next}. */
    public static void apply(StyleClassedTextArea area, TextMarks shown, TextMarks next) {
        if (shown.equals(next)) {
            return;
        }
        restyle(area, shown, false);
        restyle(area, next, true);
        // Style changes are recorded as edits; a read-only area has nothing to undo.
        area.getUndoManager().forgetHistory();
    }

    private static void restyle(StyleClassedTextArea area, TextMarks marks, boolean add) {
        if (marks.isEmpty()) {
            return;
        }
        int length = area.getLength();
        int size = marks.ranges().size();
        int from = marks.current() < 0 ? 0 : Math.max(0, marks.current() - MAX_DRAWN / 2);
        int to = Math.min(size, from + MAX_DRAWN);
        for (int i = from; i < to; i++) {
            TextMarks.Range range = marks.ranges().get(i);
            int start = Math.min(range.start(), length);
            int end = Math.min(range.end(), length);
            if (start >= end) {
                continue;
            }
            boolean current = i == marks.current();
            StyleSpans<Collection<String>> spans = area.getStyleSpans(start, end);
            area.setStyleSpans(start, spans.mapStyles(style -> add ? with(style, current) : without(style)));
        }
    }

    private static Collection<String> with(Collection<String> style, boolean current) {
        List<String> classes = new ArrayList<>(style.size() + 2);
        classes.addAll(style);
        classes.add(MATCH);
        if (current) {
            classes.add(CURRENT);
        }
        return classes;
    }

    private static Collection<String> without(Collection<String> style) {
        if (!style.contains(MATCH) && !style.contains(CURRENT)) {
            return style;
        }
        List<String> classes = new ArrayList<>(style);
        classes.remove(MATCH);
        classes.remove(CURRENT);
        return classes;
    }
}
