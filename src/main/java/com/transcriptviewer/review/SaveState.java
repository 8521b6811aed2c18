package com.transcriptviewer.review;

/** Where the reviewer's last change to an item stands. */
public enum SaveState {
    /** Nothing changed this session (what shows came from the store, or there is nothing). */
    NONE,
    /** Waiting for the review database to open; it is saved as soon as it is. */
    WAITING,
    SAVING,
    /** The store said it is on disk. */
    SAVED,
    /** The store refused it; the choice and note stay on screen, Retry saves them. */
    FAILED,
    /** A note written before any verdict: it is saved with the verdict once one is chosen. */
    NOTE_PENDING
}
