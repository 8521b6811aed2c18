package com.transcriptviewer.library;

/**
 * A sync as the library remembers it: its request (as JSON), whether its listing is complete, and how many of the
 * conversations it listed are kept, gone, failed or still to fetch.
 */
public record SyncRun(
        long id, String request, String state, long listed, long done, long gone, long failed, long messages) {

    public static final String LISTING = "listing";
    public static final String FETCHING = "fetching";
    public static final String FINISHED = "finished";
    public static final String CANCELLED = "cancelled";

    public long pending() {
        return listed - done - gone - failed;
    }

    /** Whether a resume can continue it (it was not finished; a cancelled one continues too). */
    public boolean unfinished() {
        return !FINISHED.equals(state);
    }
}
