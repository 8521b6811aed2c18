package com.transcriptviewer.transcript;

import java.util.List;

/**
 * Translates the list's last visible row into the position the prefetch compares with the loaded message count. The
 * list may show a filtered view of the rows, whose positions are smaller than the messages' own indexes; and when the
 * end of what the list shows is on screen (or a filter hides everything), the reader is at the end of what is loaded,
 * so paging must carry on to bring in the rest.
 */
final class VisibleRows {

    /** Tells the view-model nothing: the list has rows but none is laid out yet. */
    static final int UNKNOWN = -1;

    private VisibleRows() {}

    /**
     * @param shown       the rows the list shows (possibly filtered), in order
     * @param lastVisible position of the last visible row in {@code shown}, or -1 when none is laid out
     * @param loaded      messages loaded so far
     * @return the message index to report, or {@link #UNKNOWN}
     */
    static int prefetchIndex(List<TranscriptRow> shown, int lastVisible, int loaded) {
        if (shown.isEmpty()) {
            return loaded - 1;
        }
        if (lastVisible < 0 || lastVisible >= shown.size()) {
            return UNKNOWN;
        }
        if (lastVisible == shown.size() - 1 || !(shown.get(lastVisible) instanceof TranscriptRow.MessageRow row)) {
            return loaded - 1;
        }
        return row.index();
    }
}
