package com.transcriptviewer.transcript;

import com.transcriptviewer.source.IndexProgress;
import com.transcriptviewer.text.SizeFormat;
import java.util.Locale;

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

    /**
     * A file's indexing: "Indexing big.json: 45,000 messages · 20% of the file" while it runs, why it stopped when it
     * failed or was cancelled, nothing once done.
     */
    static String indexing(IndexProgress progress, String file) {
        return switch (progress.phase()) {
            case INDEXING ->
                "Indexing " + file + ": " + Counts.messages(progress.messages()) + SEP
                        + String.format(Locale.ROOT, "%.0f%%", Math.floor(progress.share() * 100)) + " of the file";
            case DONE -> "";
            case FAILED, CANCELLED -> progress.problem();
        };
    }

    private static String pages(int pages) {
        return SizeFormat.count(pages) + (pages == 1 ? " page" : " pages");
    }
}
