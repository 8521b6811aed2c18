package com.transcriptviewer.text.json;

/**
 * Whether a left-to-right walk over JSON text is inside a string: for the walks that treat the whitespace between
 * tokens differently from the text of strings (the one-line preview, carrying marks to the pretty-printed text).
 * Follows quotes and backslash escapes only, so it works on invalid JSON too.
 */
final class JsonStringState {

    private boolean inString;
    private boolean escaped;

    /** True when the next character is inside a string (the opening quote seen, the closing one not yet). */
    boolean inString() {
        return inString;
    }

    /** Moves past {@code c}. */
    void step(char c) {
        if (!inString) {
            inString = c == '"';
        } else if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
        }
    }

    /** JSON's whitespace between tokens (RFC 8259): space, tab, line feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
