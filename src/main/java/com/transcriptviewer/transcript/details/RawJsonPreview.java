package com.transcriptviewer.transcript.details;

import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatResult;
import com.transcriptviewer.text.json.JsonFormatter;

/**
 * A message's raw JSON made fit to show: pretty-printed, with every very long string value shortened.
 *
 * <p>Tool-call arguments travel as one JSON string, so a 2 MB argument is a single 2 MB line of the message's JSON;
 * one text line of that length takes seconds to lay out and would freeze the window. Such strings keep their first
 * {@link #KEPT_CHARS} characters and end in "… [N more characters]" inside the quotes, so the result stays valid,
 * coloured JSON. Escapes are never cut in half. Copying takes the untouched raw JSON, not this preview.
 *
 * @param formatted       the pretty JSON, or null when the text is not valid JSON
 * @param plain           the (shortened) text to show uncoloured when {@code formatted} is null
 * @param shortenedStrings how many strings were shortened
 */
public record RawJsonPreview(FormattedJson formatted, String plain, int shortenedStrings) {

    /** Strings longer than this many characters (as written, escapes included) are shortened. */
    static final int LONG_STRING_CHARS = 2_000;
    /** How much of a shortened string is kept. */
    static final int KEPT_CHARS = 500;

    /** Shortens and formats {@code rawJson}; linear in its length, never throws. Thread-safe. */
    public static RawJsonPreview of(String rawJson, JsonFormatter formatter) {
        String raw = rawJson == null ? "" : rawJson;
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 1 << 16));
        int shortened = shorten(raw, out);
        String text = shortened == 0 ? raw : out.toString();
        JsonFormatResult result = formatter.format(text);
        return new RawJsonPreview(result.formatted().orElse(null), text, shortened);
    }

    public boolean isValidJson() {
        return formatted != null;
    }

    /** Copies {@code raw} to {@code out} with long strings shortened; returns how many were. */
    static int shorten(String raw, StringBuilder out) {
        int shortened = 0;
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            out.append(c);
            i++;
            if (c != '"') {
                continue;
            }
            int start = i;
            int end = endOfString(raw, start);
            if (end - start <= LONG_STRING_CHARS) {
                out.append(raw, start, end);
            } else {
                int cut = safeCut(raw, start, start + KEPT_CHARS);
                out.append(raw, start, cut)
                        .append("… [")
                        .append(SizeFormat.count(end - cut))
                        .append(" more characters]");
                shortened++;
            }
            i = end;
            if (i < n) {
                out.append('"');
                i++;
            }
        }
        return shortened;
    }

    /** Index of the closing quote of the string whose content starts at {@code start}, or the end of the text. */
    private static int endOfString(String raw, int start) {
        int n = raw.length();
        int i = start;
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }

    /** The first character boundary at or after {@code wanted} that splits neither an escape nor a surrogate pair. */
    private static int safeCut(String raw, int start, int wanted) {
        int i = start;
        while (i < wanted) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i += i + 1 < raw.length() && raw.charAt(i + 1) == 'u' ? 6 : 2;
            } else if (Character.isHighSurrogate(c)) {
                i += 2;
            } else {
                i++;
            }
        }
        return Math.min(i, raw.length());
    }
}
