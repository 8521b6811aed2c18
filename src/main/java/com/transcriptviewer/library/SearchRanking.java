package com.transcriptviewer.library;

import java.util.Comparator;
import java.util.List;

/**
 * Okapi BM25 as FTS5's bm25() computes it, over a bounded set of matches: each phrase's occurrences, a match in a
 * function's name counting {@value #FUNCTION_WEIGHT} times one in the text or arguments, against the message's length
 * in words. FTS5's own bm25() first counts every message that holds each phrase (a walk over all of them: most of a
 * search's time for a common word or a phrase); here a phrase's weight (IDF) comes from how densely the newest
 * messages hold it, and only when the query has more than one phrase (with one, it changes no order).
 */
final class SearchRanking {

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double FUNCTION_WEIGHT = 4.0;
    private static final double[] WEIGHTS = {1.0, FUNCTION_WEIGHT, 1.0};

    private SearchRanking() {}

    /**
     * Scores the candidates and sorts them best first, the newest first among equals.
     *
     * @param idf each phrase's weight, in the order of {@code phrases}
     */
    static void rank(List<SearchCandidate> candidates, List<SearchPhrase> phrases, double[] idf) {
        if (candidates.isEmpty()) {
            return;
        }
        int[] lengths = new int[candidates.size()];
        double[][] frequencies = new double[candidates.size()][phrases.size()];
        long total = 0;
        for (int c = 0; c < candidates.size(); c++) {
            SearchCandidate candidate = candidates.get(c);
            for (int column = 0; column < WEIGHTS.length; column++) {
                List<SearchWords.Word> words = candidate.words(column);
                lengths[c] += words.size();
                for (int p = 0; p < phrases.size(); p++) {
                    frequencies[c][p] += WEIGHTS[column] * phrases.get(p).count(words);
                }
            }
            total += lengths[c];
        }
        double averageLength = Math.max(1.0, (double) total / candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            double score = 0;
            double norm = K1 * (1 - B + B * lengths[c] / averageLength);
            for (int p = 0; p < phrases.size(); p++) {
                double frequency = frequencies[c][p];
                score += idf[p] * (frequency * (K1 + 1)) / (frequency + norm);
            }
            candidates.get(c).score = score;
        }
        candidates.sort(Comparator.comparingDouble((SearchCandidate candidate) -> -candidate.score)
                .thenComparing(Comparator.comparingLong((SearchCandidate candidate) -> candidate.id)
                        .reversed()));
    }

    /**
     * A phrase's weight as FTS5 computes it, {@code ln((N - n + 0.5) / (n + 0.5))} (at least 1e-6), from the share
     * of messages that hold it.
     */
    static double idf(double share, long messages) {
        double n = share * messages;
        double idf = Math.log((messages - n + 0.5) / (n + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }
}
