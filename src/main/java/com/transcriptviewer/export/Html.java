package com.transcriptviewer.export;

/**
 * Escaping for text that goes into HTML, as element content or as a quoted attribute value. Every piece of the
 * conversation (text, names, ids, arguments, metadata) passes through here, so none of it can become markup: a
 * message saying {@code <script>} shows those characters and nothing runs.
 */
public final class Html {

    private Html() {}

    /** Appends {@code text} escaped; null appends nothing. */
    public static void escape(StringBuilder out, CharSequence text) {
        escape(out, text, 0, text == null ? 0 : text.length());
    }

    /** Appends {@code text[from, to)} escaped. */
    public static void escape(StringBuilder out, CharSequence text, int from, int to) {
        if (text == null) {
            return;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> {
                    // CR LF and lone CR both end a line; keep one line break.
                    if (i + 1 >= to || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    // Other control characters are not allowed in HTML text: show the replacement character.
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
        escape(out, text);
        return out.toString();
    }
}
