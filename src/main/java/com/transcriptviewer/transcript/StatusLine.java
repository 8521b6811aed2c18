package com.transcriptviewer.transcript;

import com.transcriptviewer.text.SizeFormat;

/** The status bar's sentence, e.g. "Loaded 300 of 1,204 messages · page 3 of 13 · demo data". */
final class StatusLine {

    private static final String SEP = " · ";

    private StatusLine() {}

    static String describe(TranscriptState state, int loaded, long total, int pages, long totalPages, String source) {
        String where = source == null || source.isBlank() ? "" : SEP + source;
        return switch (state) {
            case EMPTY -> "No conversation open" + where;
            case LOADING_FIRST -> "Loading…" + where;
            case FAILED_FIRST -> "Could not load the conversation" + where;
            case COMPLETE -> "All " + Counts.messages(loaded) + " loaded" + SEP + pages(pages) + where;
            case READY, LOADING_MORE, FAILED_MORE ->
                "Loaded " + SizeFormat.count(loaded)
                        + (total >= 0 ? " of " + Counts.messages(total) : loaded == 1 ? " message" : " messages")
                        + SEP + "page " + SizeFormat.count(pages)
                        + (totalPages >= 0 ? " of " + SizeFormat.count(totalPages) : "")
                        + where;
        };
    }

    private static String pages(int pages) {
        return SizeFormat.count(pages) + (pages == 1 ? " page" : " pages");
    }
}
