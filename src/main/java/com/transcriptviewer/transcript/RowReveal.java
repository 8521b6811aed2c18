package com.transcriptviewer.transcript;

import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.ui.LayoutPulses;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Brings one message of the transcript list on screen, and within it the current find mark, far below or above.
 *
 * <p>{@code ListView.scrollTo} positions by estimated row heights, and rows can be thousands of pixels tall (a
 * 50,000-character message, an expanded 2 MB argument), so after it the list is laid out, the row (or the mark
 * inside it) measured where it really is, and the flow scrolled by real pixels to put it a third of the way down.
 * Expanding a card or formatting its JSON changes heights after that, so the check runs again on the next few pulses.
 */
final class RowReveal {

    /** Layout pulses to keep correcting the position while a card expands and its JSON scrolls to the mark. */
    private static final int SETTLE_PULSES = 3;
    /** Pixels kept above a find mark in a part taller than the viewport. */
    private static final double MARGIN = 24;

    private RowReveal() {}

    /** The list position of message {@code messageIndex}, or -1 when the list does not show it (a filter hides it). */
    static int positionOf(List<TranscriptRow> items, int messageIndex) {
        if (messageIndex >= 0
                && messageIndex < items.size()
                && items.get(messageIndex) instanceof TranscriptRow.MessageRow row
                && row.index() == messageIndex) {
            return messageIndex;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof TranscriptRow.MessageRow row && row.index() == messageIndex) {
                return i;
            }
        }
        return -1;
    }

    /** Selects the message and scrolls it (and its current find mark) into view; false when the list lacks it. */
    static boolean reveal(ListView<TranscriptRow> list, Supplier<VirtualFlow<?>> flow, int messageIndex) {
        int position = positionOf(list.getItems(), messageIndex);
        if (position < 0) {
            return false;
        }
        list.getSelectionModel().clearAndSelect(position);
        list.scrollTo(position);
        settle(list, flow, position, SETTLE_PULSES);
        return true;
    }

    private static void settle(ListView<TranscriptRow> list, Supplier<VirtualFlow<?>> flows, int position, int pulses) {
        VirtualFlow<?> flow = flows.get();
        if (flow == null || list.getScene() == null) {
            return;
        }
        list.layout();
        IndexedCell<?> cell = flow.getVisibleCell(position);
        if (cell == null) {
            flow.scrollToTop(position);
            list.layout();
            cell = flow.getVisibleCell(position);
        }
        if (cell != null) {
            scrollIntoView(list, flow, cell);
        }
        if (pulses > 0) {
            LayoutPulses.afterNext(list.getScene(), () -> settle(list, flows, position, pulses - 1));
        }
    }

    private static void scrollIntoView(ListView<TranscriptRow> list, VirtualFlow<?> flow, IndexedCell<?> cell) {
        Optional<Bounds> mark = cell.getGraphic() instanceof MessageBubble bubble
                ? bubble.currentMarkBoundsOnScreen()
                : Optional.empty();
        Bounds onScreen = mark.orElseGet(() -> cell.localToScreen(cell.getLayoutBounds()));
        if (onScreen == null) {
            return;
        }
        Bounds target = flow.screenToLocal(onScreen);
        if (target == null) {
            return;
        }
        double viewport = flow.getHeight();
        if (target.getMinY() >= 0 && target.getMaxY() <= viewport) {
            return;
        }
        double delta = target.getMinY() - wantedTop(target.getHeight(), viewport, mark.isPresent());
        flow.scrollPixels(delta);
        list.layout();
    }

    /**
     * Where the top of a target {@code height} tall should go in a viewport {@code viewport} tall: a third of the way
     * down, with the text before it for context, but never so low that its end is cut off; a row taller than the
     * viewport starts at its top edge. A find mark in a part not laid out yet (its bounds stand in) keeps a margin.
     */
    static double wantedTop(double height, double viewport, boolean mark) {
        if (mark && height > viewport * 2 / 3) {
            return MARGIN;
        }
        if (height >= viewport) {
            return 0;
        }
        return Math.min(viewport / 3, viewport - height);
    }
}
