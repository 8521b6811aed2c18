package com.transcriptviewer.transcript;

/** Where the transcript is in its life: what the view shows in place of, or below, the list. */
public enum TranscriptState {
    /** Nothing opened yet. */
    EMPTY,
    /** Waiting for the first page: a spinner in place of the list. */
    LOADING_FIRST,
    /** Some pages shown; more may come. */
    READY,
    /** A later page is on its way: a loading row at the end. */
    LOADING_MORE,
    /** The first page failed: the error in place of the list. */
    FAILED_FIRST,
    /** A later page failed: an error row with Retry at the end; what was loaded stays. */
    FAILED_MORE,
    /** Every message is loaded. */
    COMPLETE
}
