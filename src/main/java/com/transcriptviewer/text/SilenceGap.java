package com.transcriptviewer.text;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Silence between two consecutive messages: how long it was and whether it is long enough to mark. A gap counts from
 * the earlier message's display time to the later one's; a gap of exactly the threshold is marked ("Silence ≥ 5 s").
 */
public final class SilenceGap {

    public static final int DEFAULT_THRESHOLD_SECONDS = 5;

    private SilenceGap() {}

    /** The time between two display times; empty when either is missing or the later one is not later. */
    public static Optional<Duration> between(Instant previous, Instant current) {
        if (previous == null || current == null || !current.isAfter(previous)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(previous, current));
    }

    /** True when {@code gap} is at least {@code thresholdSeconds}; a threshold of 0 or less turns markers off. */
    public static boolean isMarked(Duration gap, int thresholdSeconds) {
        return gap != null && thresholdSeconds > 0 && gap.compareTo(Duration.ofSeconds(thresholdSeconds)) >= 0;
    }

    /** "12 s of silence", "1 min 05 s of silence", "1 h 02 min 05 s of silence" (whole seconds, rounded down). */
    public static String describe(Duration gap) {
        long total = gap.getSeconds();
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long seconds = total % 60;
        String length;
        if (hours > 0) {
            length = String.format(Locale.ROOT, "%d h %02d min %02d s", hours, minutes, seconds);
        } else if (minutes > 0) {
            length = String.format(Locale.ROOT, "%d min %02d s", minutes, seconds);
        } else {
            length = seconds + " s";
        }
        return length + " of silence";
    }

    /** The marker text for a gap at a threshold, or "" when no marker is shown. */
    public static String marker(Duration gap, int thresholdSeconds) {
        return isMarked(gap, thresholdSeconds) ? describe(gap) : "";
    }
}
