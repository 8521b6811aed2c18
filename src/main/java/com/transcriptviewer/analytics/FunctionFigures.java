package com.transcriptviewer.analytics;

/**
 * One function's figures (or every function's, when {@code function} is blank): how often it was called, how many of
 * those calls break its definition, how many were answered and how many answers report an error, and the time from
 * call to result over the answered calls that have both times.
 *
 * @param checked   calls whose definition check is known; the others count as problems only when their arguments are
 *                  not valid JSON
 * @param medianMs  -1 when no call has a timed result
 * @param p95Ms     the 95th percentile (nearest rank), -1 when no call has a timed result
 */
public record FunctionFigures(
        String function,
        long calls,
        long checked,
        long problems,
        long results,
        long errors,
        long timed,
        long medianMs,
        long p95Ms) {

    /** Share of calls with definition problems, 0 to 1 (0 without calls). */
    public double problemShare() {
        return calls == 0 ? 0 : (double) problems / calls;
    }

    /** Share of results that report an error, 0 to 1 (0 without results). */
    public double errorShare() {
        return results == 0 ? 0 : (double) errors / results;
    }
}
