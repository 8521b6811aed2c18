package com.transcriptviewer.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or phrase of a search as the ranking and the snippets compare it: its words folded as {@link SearchWords}
 * folds a text's, the last one a prefix when it ended with *.
 */
final class SearchPhrase {

    private final List<String> words;
    private final boolean prefix;

    private SearchPhrase(List<String> words, boolean prefix) {
        this.words = words;
        this.prefix = prefix;
    }

    /** The phrases of {@code query} a match can contain (not those after NOT), each once; none without words. */
    static List<SearchPhrase> of(SearchQuery query) {
        List<SearchPhrase> phrases = new ArrayList<>();
        for (SearchQuery.Phrase typed : query.phrases()) {
            if (typed.operator().equals("NOT")) {
                continue;
            }
            SearchPhrase phrase = of(typed);
            if (phrase != null && !phrases.contains(phrase)) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    /** A typed phrase as it compares; null when it has no words (only punctuation). */
    static SearchPhrase of(SearchQuery.Phrase typed) {
        List<String> words = SearchWords.folded(typed.text());
        return words.isEmpty() ? null : new SearchPhrase(words, typed.prefix());
    }

    /** Where the phrase occurs in {@code text}'s words: {@code [first word, end word)} pairs, in order. */
    List<int[]> occurrences(List<SearchWords.Word> text) {
        List<int[]> found = new ArrayList<>();
        int size = words.size();
        for (int i = 0; i + size <= text.size(); i++) {
            if (matchesAt(text, i)) {
                found.add(new int[] {i, i + size});
            }
        }
        return found;
    }

    /** How many times the phrase occurs in {@code text}'s words. */
    int count(List<SearchWords.Word> text) {
        int count = 0;
        int size = words.size();
        for (int i = 0; i + size <= text.size(); i++) {
            if (matchesAt(text, i)) {
                count++;
            }
        }
        return count;
    }

    private boolean matchesAt(List<SearchWords.Word> text, int at) {
        int last = words.size() - 1;
        for (int w = 0; w <= last; w++) {
            String word = text.get(at + w).folded();
            boolean same = prefix && w == last ? word.startsWith(words.get(w)) : word.equals(words.get(w));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchPhrase phrase && phrase.prefix == prefix && phrase.words.equals(words);
    }

    @Override
    public int hashCode() {
        return words.hashCode() * 31 + (prefix ? 1 : 0);
    }
}
