package com.transcriptviewer.analytics;

import java.util.Arrays;

/** Percentiles by nearest rank (the value at rank ⌈p·n⌉ of the sorted values), so every figure is a real latency. */
final class Percentiles {

    private Percentiles() {}

    /** Sorts {@code values[0..count)} in place and returns its p-th percentile, or -1 when count is 0. */
    static long[] of(long[] values, int count, int... percents) {
        long[] answers = new long[percents.length];
        if (count == 0) {
            Arrays.fill(answers, -1);
            return answers;
        }
        Arrays.sort(values, 0, count);
        for (int i = 0; i < percents.length; i++) {
            int rank = (int) Math.ceil(percents[i] / 100.0 * count);
            answers[i] = values[Math.max(0, Math.min(count, rank) - 1)];
        }
        return answers;
    }
}
