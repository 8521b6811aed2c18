package com.transcriptviewer.text.json;

/**
 * Where and why a text is not valid JSON. {@code line} and {@code column} are 1-based (columns count UTF-16 chars),
 * {@code offset} is the 0-based char offset into the input.
 */
public record JsonSyntaxError(int line, int column, int offset, String reason) {

    /** One sentence for a badge or tooltip, e.g. "Not valid JSON: unexpected end of input at line 3, column 7". */
    public String message() {
        return "Not valid JSON: " + reason + " at line " + line + ", column " + column + " (offset " + offset + ")";
    }

    /** The short position text for a badge: "line 3, column 7". */
    public String position() {
        return "line " + line + ", column " + column;
    }
}
