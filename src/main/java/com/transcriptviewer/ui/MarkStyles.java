package com.transcriptviewer.ui;

import com.transcriptviewer.text.TextMarks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Draws {@link TextMarks} in a RichTextFX area by adding a style class to the marked characters, on top of the
 * classes they already carry (JSON syntax colours stay): for find, {@value #MATCH} on every range and {@value
 * #CURRENT} as well on the current one. Other kinds of marks ({@value #PROBLEM}, a check's problems) use classes of
 * their own, so both can be drawn in one area and each replaced without touching the other. Only ranges inside the
 * area's text are drawn.
 */
public final class MarkStyles {

    public static final String MATCH = "find-match";
    public static final String CURRENT = "find-current";
    /** A check's problem, on the argument it is about. */
    public static final String PROBLEM = "check-problem";
    /** Privacy mode: personal data shown masked (a click reveals it). */
    public static final String MASKED = "privacy-masked";
    /** Privacy mode: personal data the reviewer revealed. */
    public static final String REVEALED = "privacy-revealed";

    /**
     * Ranges drawn at most: the block of this many that holds the current one. A query matching every quote of a
     * megabyte of JSON would otherwise restyle hundreds of thousands of runs on the FX thread.
     */
    static final int MAX_DRAWN = 2_000;

    private MarkStyles() {}

    /** Replaces the find marks drawn in {@code area}: removes those of {@code shown}, then draws {@code next}. */
    public static void apply(StyleClassedTextArea area, TextMarks shown, TextMarks next) {
        apply(area, shown, next, MATCH, CURRENT);
    }

    /**
     * Replaces marks drawn in {@code area} with {@code markClass} on every range and {@code currentClass} on the
     * current one (null for marks that have none): removes those of {@code shown}, then draws {@code next}.
     */
    public static void apply(
            StyleClassedTextArea area, TextMarks shown, TextMarks next, String markClass, String currentClass) {
        if (shown.equals(next)) {
            return;
        }
        if (!shown.isEmpty() && shown.ranges().equals(next.ranges()) && block(shown) == block(next)) {
            // Moving to another match of the same text: only two ranges change.
            if (shown.hasCurrent()) {
                restyle(area, shown.ranges().get(shown.current()), style -> without(style, currentClass));
            }
            if (next.hasCurrent()) {
                restyle(area, next.ranges().get(next.current()), style -> with(style, currentClass));
            }
        } else {
            restyleAll(area, shown, false, markClass, currentClass);
            restyleAll(area, next, true, markClass, currentClass);
        }
        // Style changes are recorded as edits; a read-only area has nothing to undo.
        area.getUndoManager().forgetHistory();
    }

    /** Which block of {@link #MAX_DRAWN} ranges is drawn: the one holding the current range. */
    private static int block(TextMarks marks) {
        return Math.max(0, marks.current()) / MAX_DRAWN;
    }

    private static void restyleAll(
            StyleClassedTextArea area, TextMarks marks, boolean add, String markClass, String currentClass) {
        if (marks.isEmpty()) {
            return;
        }
        int from = block(marks) * MAX_DRAWN;
        int to = Math.min(marks.ranges().size(), from + MAX_DRAWN);
        for (int i = from; i < to; i++) {
            boolean current = i == marks.current();
            restyle(
                    area,
                    marks.ranges().get(i),
                    add
                            ? style -> with(with(style, markClass), current ? currentClass : null)
                            : style -> without(without(style, markClass), currentClass));
        }
    }

    private static void restyle(
            StyleClassedTextArea area, TextMarks.Range range, UnaryOperator<Collection<String>> change) {
        int length = area.getLength();
        int start = Math.min(range.start(), length);
        int end = Math.min(range.end(), length);
        if (start < end) {
            StyleSpans<Collection<String>> spans = area.getStyleSpans(start, end);
            area.setStyleSpans(start, spans.mapStyles(change));
        }
    }

    private static Collection<String> with(Collection<String> style, String styleClass) {
        if (styleClass == null || style.contains(styleClass)) {
            return style;
        }
        List<String> classes = new ArrayList<>(style.size() + 1);
        classes.addAll(style);
        classes.add(styleClass);
        return classes;
    }

    private static Collection<String> without(Collection<String> style, String styleClass) {
        if (!style.contains(styleClass)) {
            return style;
        }
        List<String> classes = new ArrayList<>(style);
        classes.remove(styleClass);
        return classes;
    }
}
