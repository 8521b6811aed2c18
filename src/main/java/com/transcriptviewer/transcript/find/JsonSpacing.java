package com.transcriptviewer.transcript.find;

/**
 * Finding a query written as JSON in JSON that is spaced differently: {@code "kind": "account"}, copied from a
 * pretty-printed card, in arguments the API sent as {@code {"kind":"account"}}, or the other way round. Both sides are
 * compared with their spaces and line breaks left out, and a match is reported over the original text. Only for
 * queries with JSON punctuation ({@code " : { } [ ]}), so that a plain words search stays exact. Immutable.
 */
final class JsonSpacing {

    private static final String JSON_PUNCTUATION = "\":{}[]";

    private final TextMatcher matcher;
    private final int length;
    private final boolean wholeWord;
    private final boolean wordAtStart;
    private final boolean wordAtEnd;

    private JsonSpacing(String squeezedQuery, SearchQuery search) {
        this.matcher = new TextMatcher(new SearchQuery(squeezedQuery, search.matchCase(), false));
        this.length = squeezedQuery.length();
        this.wholeWord = search.wholeWord();
        this.wordAtStart = TextMatcher.isWordChar(squeezedQuery.charAt(0));
        this.wordAtEnd = TextMatcher.isWordChar(squeezedQuery.charAt(length - 1));
    }

    /** The matcher for {@code search}, or null when it is not written as JSON (or has nothing but spaces). */
    static JsonSpacing forQuery(SearchQuery search) {
        String text = search.text();
        boolean json = false;
        for (int i = 0; i < text.length() && !json; i++) {
            json = JSON_PUNCTUATION.indexOf(text.charAt(i)) >= 0;
        }
        if (!json) {
            return null;
        }
        StringBuilder squeezed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                squeezed.append(text.charAt(i));
            }
        }
        return new JsonSpacing(squeezed.toString(), search);
    }

    /** Receives one match as offsets into the original text; returns false to stop. */
    interface Found {
        boolean add(int start, int end);
    }

    /** Reports the occurrences in {@code text}, left to right and without overlaps; false once {@code found} stops. */
    boolean findAll(String text, Found found) {
        StringBuilder squeezed = new StringBuilder(text.length());
        int[] original = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                original[squeezed.length()] = i;
                squeezed.append(c);
            }
        }
        String compact = squeezed.toString();
        // Whole words are judged on the original text, around the match.
        for (int at = matcher.find(compact, 0); at >= 0; ) {
            int start = original[at];
            int end = original[at + length - 1] + 1;
            if (!wholeWord || TextMatcher.isWholeWord(text, start, end, wordAtStart, wordAtEnd)) {
                if (!found.add(start, end)) {
                    return false;
                }
                at = matcher.find(compact, at + length);
            } else {
                at = matcher.find(compact, at + 1);
            }
        }
        return true;
    }
}
