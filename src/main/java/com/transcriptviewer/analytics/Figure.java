package com.transcriptviewer.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure the user clicked, as the calls behind it: all calls of a function (or of every function, when the function
 * is blank), those with definition problems, those whose result reports an error, those with a result (slowest
 * first), those of one day, or those whose time to result falls in one of {@link LatencyBuckets}.
 */
public record Figure(Kind kind, String function, LocalDate day, int bucket) {

    public enum Kind {
        CALLS,
        PROBLEMS,
        ERRORS,
        LATENCY,
        DAY,
        LATENCY_BUCKET
    }

    public Figure {
        Objects.requireNonNull(kind, "kind");
        function = function == null ? "" : function;
    }

    public static Figure of(Kind kind, String function) {
        return new Figure(kind, function, null, -1);
    }

    public static Figure day(LocalDate day) {
        return new Figure(Kind.DAY, "", Objects.requireNonNull(day, "day"), -1);
    }

    public static Figure latencyBucket(int bucket) {
        return new Figure(Kind.LATENCY_BUCKET, "", null, bucket);
    }

    /** What the list of calls is headed with: "Calls of book_table with definition problems". */
    public String title() {
        String of = function.isEmpty() ? "Calls" : "Calls of " + function;
        return switch (kind) {
            case CALLS -> function.isEmpty() ? "All calls" : of;
            case PROBLEMS -> of + " with definition problems";
            case ERRORS -> of + " whose result reports an error";
            case LATENCY -> of + " with a result, slowest first";
            case DAY -> "Calls on " + day;
            case LATENCY_BUCKET -> "Calls answered in " + LatencyBuckets.label(bucket);
        };
    }
}
