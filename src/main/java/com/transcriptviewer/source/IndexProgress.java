package com.transcriptviewer.source;

import java.util.Objects;

/**
 * How far the indexing of a transcript file has come: messages found so far, bytes of the file read, and whether it
 * is still going, done, or stopped (with a sentence saying why).
 *
 * @param problem why it stopped, for the user; empty while indexing and once done
 */
public record IndexProgress(int messages, long bytesRead, long fileSize, Phase phase, String problem) {

    /** Where the indexing is. */
    public enum Phase {
        INDEXING,
        DONE,
        /** The file turned out not to be a whole transcript: the messages before the problem can be read. */
        FAILED,
        /** The user stopped it: the messages indexed so far can be read. */
        CANCELLED
    }

    public IndexProgress {
        Objects.requireNonNull(phase, "phase");
        problem = problem == null ? "" : problem;
    }

    /** The share of the file read, 0 to 1. */
    public double share() {
        if (phase == Phase.DONE || fileSize <= 0) {
            return 1;
        }
        return Math.min(1, Math.max(0, (double) bytesRead / fileSize));
    }

    public boolean isOver() {
        return phase != Phase.INDEXING;
    }
}
