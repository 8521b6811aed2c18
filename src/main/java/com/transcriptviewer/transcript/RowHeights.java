package com.transcriptviewer.transcript;

import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.bubble.FormatState;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.WeakHashMap;

/**
 * The height each message row was last laid out at, for the width it had, so that the cell the list measures rows
 * with need not show a row again to learn it.
 *
 * <p>Why: the list forgets every row's height whenever its number of rows changes (each page that arrives) and, at
 * the next scroll, measures again the rows around the viewport and a few more, each by binding a bubble, styling and
 * laying it out. That was the stall of a scroll as a page arrived. A height is kept only while the row cannot grow or
 * shrink without being laid out again: no card expanded, a tool result's JSON formatted (and masked), the same silence
 * marker and the same mask. What else changes a row's height (checks arriving, a verdict) shows as a row on screen laid
 * out at another height, and every height is forgotten then (see {@link #remember}); a height still off meanwhile is
 * corrected by the list when the row is laid out on screen, as it corrects its own estimates. FX thread only.
 */
final class RowHeights {

    private record Kept(double width, String silence, TextMask mask, double height) {
        boolean sameRowLayout(Kept other) {
            return width == other.width && silence.equals(other.silence) && mask == other.mask;
        }
    }

    private final Map<MessageBubbleViewModel, Kept> kept = new WeakHashMap<>();

    /** The height {@code row} was laid out at for {@code width} with {@code silence} above it, if it still holds. */
    OptionalDouble find(MessageBubbleViewModel row, double width, String silence) {
        Kept known = kept.get(row);
        if (known == null || !known.sameRowLayout(new Kept(width, silence, row.mask(), 0)) || !settled(row)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(known.height());
    }

    /**
     * Keeps the height {@code row} was just laid out at, bound and styled, or forgets it while it may still change. A
     * row laid out at another height than kept, all else equal, shows that something the rows show changed (checks
     * arrived, a verdict was given): every height kept may be off then, and all are forgotten.
     */
    void remember(MessageBubbleViewModel row, double width, String silence, double height) {
        if (!settled(row)) {
            kept.remove(row);
            return;
        }
        Kept now = new Kept(width, silence, row.mask(), height);
        Kept before = kept.put(row, now);
        if (before != null && before.sameRowLayout(now) && before.height() != height) {
            kept.clear();
            kept.put(row, now);
        }
    }

    /** Whether the row's height depends only on its width, its silence marker and the mask. */
    private static boolean settled(MessageBubbleViewModel row) {
        for (ToolCallCardViewModel card : row.toolCards()) {
            if (card.isExpanded()) {
                return false;
            }
        }
        if (!row.hasJsonResult()) {
            return true;
        }
        // Invalid JSON shows as plain text; valid JSON shows as plain text until formatted (and masked).
        FormatState format = row.resultFormat().getState();
        return format == FormatState.INVALID
                || (format == FormatState.DONE && !row.resultMaskingProperty().get() && row.shownResult() != null);
    }
}
