package com.transcriptviewer.analytics;

/**
 * The ranges the latency chart counts the time from a call to its result in: under 250 ms, 250–500 ms, ... 30 s and
 * over. A voice assistant's tool answers within a second or two; the tail past 5 s is where callers hear silence.
 */
public final class LatencyBuckets {

    /** Each bucket's lower bound, in milliseconds; the last has no upper bound. */
    private static final long[] LOWER_MS = {0, 250, 500, 1_000, 2_000, 5_000, 10_000, 30_000};

    private static final String[] LABELS = {
        "< 250 ms", "250–500 ms", "0.5–1 s", "1–2 s", "2–5 s", "5–10 s", "10–30 s", "≥ 30 s"
    };

    private LatencyBuckets() {}

    public static int count() {
        return LOWER_MS.length;
    }

    /** The bucket a time to result falls in; a negative time (clocks out of step) counts as none. */
    public static int of(long millis) {
        for (int i = LOWER_MS.length - 1; i > 0; i--) {
            if (millis >= LOWER_MS[i]) {
                return i;
            }
        }
        return 0;
    }

    public static String label(int bucket) {
        return LABELS[bucket];
    }

    /** The bucket's range in microseconds, {@code [lower, upper)}; upper is {@link Long#MAX_VALUE} for the last. */
    static long lowerMicros(int bucket) {
        return bucket == 0 ? Long.MIN_VALUE : LOWER_MS[bucket] * 1_000;
    }

    static long upperMicros(int bucket) {
        return bucket + 1 < LOWER_MS.length ? LOWER_MS[bucket + 1] * 1_000 : Long.MAX_VALUE;
    }
}
