package com.transcriptviewer.library;

import java.time.Duration;

/**
 * How far a sync is: conversations listed (and whether the listing is complete), kept (fetched now or already
 * current), gone (404), failed, messages kept, elapsed time; with the rates and time left they imply.
 *
 * @param finishedBefore conversations a resumed sync had already settled before this run, not counted in the rates
 */
public record SyncProgress(
        long listed,
        boolean listingComplete,
        long done,
        long gone,
        long failed,
        long messages,
        long finishedBefore,
        long messagesBefore,
        Duration elapsed) {

    public long settled() {
        return done + gone + failed;
    }

    public long remaining() {
        return Math.max(0, listed - settled());
    }

    /** Conversations settled per second in this run. */
    public double conversationsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (settled() - finishedBefore) / seconds;
    }

    /** Messages kept per second in this run. */
    public double messagesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (messages - messagesBefore) / seconds;
    }

    /** Time left at this run's rate; null while it can't be told (the listing goes on, or nothing settled yet). */
    public Duration timeLeft() {
        double rate = conversationsPerSecond();
        if (!listingComplete || rate <= 0) {
            return null;
        }
        return Duration.ofMillis((long) (remaining() / rate * 1000));
    }

    /** A value between 0 and 1, or -1 while the listing goes on. */
    public double fraction() {
        if (!listingComplete) {
            return -1;
        }
        return listed == 0 ? 1 : (double) settled() / listed;
    }
}
