package com.transcriptviewer.library;

import java.util.ArrayList;
import java.util.List;

/**
 * The few words of a matched message a result shows, with the phrases searched for marked: the run of {@value #WORDS}
 * words, in the column where the most phrases occur, that holds the most different phrases (then the most
 * occurrences), the occurrences centred in it; "…" where the column goes on. As FTS5's own snippet() chooses, made
 * here for the shown results only.
 */
record SearchSnippet(String text, List<SearchHit.Mark> marks) {

    /** Words in a snippet. */
    static final int WORDS = 14;

    /** Characters of a message shown for a search with filters only. */
    static final int PLAIN_LENGTH = 160;

    private static final String ELLIPSIS = "…";

    /** The snippet of a match. */
    static SearchSnippet of(SearchCandidate candidate, List<SearchPhrase> phrases) {
        int bestColumn = -1;
        int bestStart = 0;
        long bestScore = -1;
        List<int[]> bestOccurrences = List.of();
        for (int column = 0; column < candidate.columns.length; column++) {
            List<SearchWords.Word> words = candidate.words(column);
            if (words.isEmpty()) {
                continue;
            }
            // Each occurrence, the phrase it is of: to count different phrases in a run of words.
            List<int[]> occurrences = new ArrayList<>();
            for (int p = 0; p < phrases.size(); p++) {
                for (int[] found : phrases.get(p).occurrences(words)) {
                    occurrences.add(new int[] {found[0], found[1], p});
                }
            }
            occurrences.sort((a, b) -> Integer.compare(a[0], b[0]));
            if (occurrences.isEmpty()) {
                if (bestColumn < 0) {
                    bestColumn = column;
                    bestScore = 0;
                    bestOccurrences = occurrences;
                }
                continue;
            }
            for (int[] first : occurrences) {
                int from = first[0];
                int last = from;
                boolean[] seen = new boolean[phrases.size()];
                long score = 0;
                for (int[] other : occurrences) {
                    if (other[0] >= from && other[1] <= from + WORDS) {
                        score += seen[other[2]] ? 1 : 1000;
                        seen[other[2]] = true;
                        last = Math.max(last, other[1]);
                    }
                }
                int start = Math.max(0, Math.min(from - (WORDS - (last - from)) / 2, words.size() - WORDS));
                if (score > bestScore) {
                    bestScore = score;
                    bestColumn = column;
                    bestStart = start;
                    bestOccurrences = occurrences;
                }
            }
        }
        if (bestColumn < 0) {
            return new SearchSnippet("", List.of());
        }
        return cut(candidate.columns[bestColumn], candidate.words(bestColumn), bestStart, bestOccurrences);
    }

    /** The start of a message (or of its calls, when it has no text), for a search with filters only. */
    static SearchSnippet plain(SearchCandidate candidate) {
        String text = candidate.columns[SearchCandidate.TEXT];
        if (text == null || text.isBlank()) {
            String functions = candidate.columns[SearchCandidate.FUNCTIONS];
            String arguments = candidate.columns[SearchCandidate.ARGUMENTS];
            text = functions == null ? "" : functions + (arguments == null ? "" : " " + arguments);
        }
        String shown = text.length() > PLAIN_LENGTH
                ? text.substring(
                        0, Character.isHighSurrogate(text.charAt(PLAIN_LENGTH - 1)) ? PLAIN_LENGTH - 1 : PLAIN_LENGTH)
                : text;
        return new SearchSnippet(oneLine(shown), List.of());
    }

    private static SearchSnippet cut(String text, List<SearchWords.Word> words, int start, List<int[]> occurrences) {
        int end = Math.min(words.size(), start + WORDS);
        int from = start == 0 ? 0 : words.get(start).start();
        int to = end == words.size() ? text.length() : words.get(end - 1).end();
        String lead = start == 0 ? "" : ELLIPSIS;
        StringBuilder out = new StringBuilder(lead).append(oneLine(text.substring(from, to)));
        if (end < words.size()) {
            out.append(ELLIPSIS);
        }
        List<SearchHit.Mark> marks = new ArrayList<>();
        int shift = lead.length() - from;
        for (int[] occurrence : occurrences) {
            int first = Math.max(occurrence[0], start);
            int last = Math.min(occurrence[1], end);
            if (first >= last) {
                continue;
            }
            int markStart = words.get(first).start() + shift;
            int markEnd = words.get(last - 1).end() + shift;
            SearchHit.Mark previous = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (previous != null && markStart <= previous.end()) {
                marks.set(marks.size() - 1, new SearchHit.Mark(previous.start(), Math.max(previous.end(), markEnd)));
            } else {
                marks.add(new SearchHit.Mark(markStart, markEnd));
            }
        }
        return new SearchSnippet(out.toString(), marks);
    }

    /** Line breaks and tabs as spaces (same length: the marks stay where they are). */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
