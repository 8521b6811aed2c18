package com.transcriptviewer.transcript.find;

import java.util.Objects;

/**
 * What to find: a literal text (no wildcards), optionally with matching case and only as a whole word.
 *
 * @param wholeWord the match must not continue a word: where the text starts (or ends) with a letter, digit or
 *                  underscore, the character before (or after) the match must not be one
 */
public record SearchQuery(String text, boolean matchCase, boolean wholeWord) {

    public static final SearchQuery EMPTY = new SearchQuery("", false, false);

    public SearchQuery {
        Objects.requireNonNull(text, "text");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
