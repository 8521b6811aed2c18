package com.transcriptviewer.store;

import java.time.Instant;

/**
 * Which entries an export of reviews holds.
 *
 * @param since      entries saved at or after this moment, or null for no lower bound
 * @param until      entries saved before this moment, or null for no upper bound
 * @param reviewer   one reviewer's entries only, or null for everybody's
 * @param latestOnly each reviewer's latest entry per item only (true), or the whole history (false)
 */
public record ReviewFilter(Instant since, Instant until, String reviewer, boolean latestOnly) {

    public static ReviewFilter all() {
        return new ReviewFilter(null, null, null, true);
    }
}
