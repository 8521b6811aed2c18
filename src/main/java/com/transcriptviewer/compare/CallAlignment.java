package com.transcriptviewer.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines two sequences of function names up the way trace-diff tools do: the longest common subsequence pairs the calls
 * both sides made in the same order; what is left is on one side only. Between two pairs, the left side's unpaired
 * calls come before the right side's. A reordered call therefore shows as one call only left and one only right (the
 * comparison says they moved), a repeated call pairs with its repetition as far as the other side repeats it too.
 *
 * <p>The common start and end are paired first, in linear time; the rest with Hirschberg's algorithm, in time
 * proportional to the product of the lengths left and memory proportional to their sum, so two conversations of
 * thousands of calls each align without a table of millions of cells. Deterministic: among longest subsequences it
 * always picks the same one. Stateless.
 */
public final class CallAlignment {

    /** One step of the alignment: indexes into the left and right sequences, -1 on the side that has no call. */
    public record Step(int left, int right) {

        public boolean paired() {
            return left >= 0 && right >= 0;
        }
    }

    private CallAlignment() {}

    /** The steps that walk both sequences in order, each index exactly once. */
    public static List<Step> align(List<String> left, List<String> right) {
        Map<String, Integer> codes = new HashMap<>();
        int[] a = encode(left, codes);
        int[] b = encode(right, codes);
        boolean[] pairedA = new boolean[a.length];
        int[] partner = new int[a.length];
        int start = 0;
        while (start < a.length && start < b.length && a[start] == b[start]) {
            pairedA[start] = true;
            partner[start] = start;
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
            pairedA[endA] = true;
            partner[endA] = endB;
        }
        lcs(a, start, endA, b, start, endB, pairedA, partner);
        return steps(a.length, b.length, pairedA, partner);
    }

    private static int[] encode(List<String> names, Map<String, Integer> codes) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes.computeIfAbsent(names.get(i), name -> codes.size());
        }
        return out;
    }

    /** Walks both sequences: before each pair, the left side's unpaired calls, then the right side's. */
    private static List<Step> steps(int lengthA, int lengthB, boolean[] pairedA, int[] partner) {
        List<Step> steps = new ArrayList<>(Math.max(lengthA, lengthB) + 8);
        int j = 0;
        for (int i = 0; i < lengthA; i++) {
            if (!pairedA[i]) {
                steps.add(new Step(i, -1));
                continue;
            }
            while (j < partner[i]) {
                steps.add(new Step(-1, j++));
            }
            steps.add(new Step(i, j++));
        }
        while (j < lengthB) {
            steps.add(new Step(-1, j++));
        }
        return steps;
    }

    /** Hirschberg: marks the pairs of a longest common subsequence of a[fromA, toA) and b[fromB, toB). */
    private static void lcs(
            int[] a, int fromA, int toA, int[] b, int fromB, int toB, boolean[] pairedA, int[] partner) {
        int n = toA - fromA;
        int m = toB - fromB;
        if (n == 0 || m == 0) {
            return;
        }
        if (n == 1) {
            for (int j = fromB; j < toB; j++) {
                if (a[fromA] == b[j]) {
                    pairedA[fromA] = true;
                    partner[fromA] = j;
                    return;
                }
            }
            return;
        }
        int middle = fromA + n / 2;
        int[] forward = forwardRow(a, fromA, middle, b, fromB, toB);
        int[] backward = backwardRow(a, middle, toA, b, fromB, toB);
        int best = -1;
        int split = fromB;
        for (int k = 0; k <= m; k++) {
            int total = forward[k] + backward[k];
            if (total > best) {
                best = total;
                split = fromB + k;
            }
        }
        lcs(a, fromA, middle, b, fromB, split, pairedA, partner);
        lcs(a, middle, toA, b, split, toB, pairedA, partner);
    }

    /** row[k]: the LCS length of a[fromA, toA) and b[fromB, fromB + k). */
    private static int[] forwardRow(int[] a, int fromA, int toA, int[] b, int fromB, int toB) {
        int m = toB - fromB;
        int[] row = new int[m + 1];
        for (int i = fromA; i < toA; i++) {
            int diagonal = 0;
            int ai = a[i];
            for (int k = 1; k <= m; k++) {
                int above = row[k];
                row[k] = ai == b[fromB + k - 1] ? diagonal + 1 : Math.max(above, row[k - 1]);
                diagonal = above;
            }
        }
        return row;
    }

    /** row[k]: the LCS length of a[fromA, toA) and b[fromB + k, toB). */
    private static int[] backwardRow(int[] a, int fromA, int toA, int[] b, int fromB, int toB) {
        int m = toB - fromB;
        int[] row = new int[m + 1];
        for (int i = toA - 1; i >= fromA; i--) {
            int diagonal = 0;
            int ai = a[i];
            for (int k = m - 1; k >= 0; k--) {
                int below = row[k];
                row[k] = ai == b[fromB + k] ? diagonal + 1 : Math.max(below, row[k + 1]);
                diagonal = below;
            }
        }
        return row;
    }
}
