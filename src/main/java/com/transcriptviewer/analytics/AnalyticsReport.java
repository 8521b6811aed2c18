package com.transcriptviewer.analytics;

import java.util.List;

/**
 * What the analytics found for a query: each function's figures (most called first), the figures of all functions
 * together, one row per day with calls (oldest first), the number of timed results in each of {@link LatencyBuckets},
 * and how many conversations the calls came from.
 */
public record AnalyticsReport(
        AnalyticsQuery query,
        List<FunctionFigures> functions,
        FunctionFigures total,
        List<DayFigures> days,
        long[] latencyBuckets,
        long conversations) {

    public AnalyticsReport {
        functions = List.copyOf(functions);
        days = List.copyOf(days);
        latencyBuckets = latencyBuckets.clone();
    }

    @Override
    public long[] latencyBuckets() {
        return latencyBuckets.clone();
    }

    public boolean isEmpty() {
        return total.calls() == 0;
    }
}
