package com.transcriptviewer.transcript.find;

/**
 * Finds one query's occurrences in texts, left to right and without overlaps. Case-insensitive matching compares
 * characters as {@link String#regionMatches(boolean, int, String, int, int)} does, so a match is exactly as long as
 * the query and its offsets are valid in the original text. Immutable; safe to share between threads.
 */
final class TextMatcher {

    private final String query;
    private final boolean matchCase;
    private final boolean wholeWord;
    private final char foldedFirst;
    private final boolean wordAtStart;
    private final boolean wordAtEnd;

    TextMatcher(SearchQuery search) {
        if (search.isEmpty()) {
            throw new IllegalArgumentException("nothing to find");
        }
        this.query = search.text();
        this.matchCase = search.matchCase();
        this.wholeWord = search.wholeWord();
        this.foldedFirst = fold(query.charAt(0));
        this.wordAtStart = isWordChar(query.charAt(0));
        this.wordAtEnd = isWordChar(query.charAt(query.length() - 1));
    }

    int length() {
        return query.length();
    }

    /** Start of the first occurrence at or after {@code from}, or -1. */
    int find(String text, int from) {
        int last = text.length() - query.length();
        int at = from;
        while (at <= last) {
            int start = matchCase ? text.indexOf(query, at) : indexOfIgnoringCase(text, at, last);
            if (start < 0) {
                return -1;
            }
            if (!wholeWord || isWholeWord(text, start)) {
                return start;
            }
            at = start + 1;
        }
        return -1;
    }

    private int indexOfIgnoringCase(String text, int from, int last) {
        int length = query.length();
        for (int i = from; i <= last; i++) {
            char c = text.charAt(i);
            // Cheap first-character test before comparing the whole region.
            if ((c == foldedFirst || fold(c) == foldedFirst) && text.regionMatches(true, i, query, 0, length)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isWholeWord(String text, int start) {
        return isWholeWord(text, start, start + query.length(), wordAtStart, wordAtEnd);
    }

    /**
     * Whether {@code text}'s range does not continue a word: where the query starts (or ends) with a word character,
     * the character before (or after) the range must not be one.
     */
    static boolean isWholeWord(String text, int start, int end, boolean wordAtStart, boolean wordAtEnd) {
        boolean clearBefore = !wordAtStart || start == 0 || !isWordChar(text.charAt(start - 1));
        boolean clearAfter = !wordAtEnd || end == text.length() || !isWordChar(text.charAt(end));
        return clearBefore && clearAfter;
    }

    /** The case-insensitive identity of a character, as {@code regionMatches(true, ...)} compares them. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
