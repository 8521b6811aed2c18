package com.transcriptviewer.text.json;

import java.util.Arrays;

/**
 * Pretty-prints raw JSON text (2-space indent) and records highlighting spans in the same single pass.
 *
 * <p>Why hand-written instead of Jackson: tool-call arguments must be shown exactly as the assistant wrote them
 * (numbers keep every digit, strings keep their escapes), hostile input may nest 100,000 levels deep (a recursive
 * parser would overflow the stack; this one keeps an explicit container stack), and a 2 MB argument should format
 * in one linear pass. Indentation stops growing past {@link #MAX_INDENT_LEVEL} levels so pathological nesting
 * cannot make the output quadratic in size. Stateless and thread-safe.
 *
 * <p>Its length is that one pass: a single state machine over the characters, whose state would only be scattered
 * by splitting it.
 */
public final class JsonFormatter {

    /** Deeper levels are printed at this indentation; real arguments never get near it. */
    public static final int MAX_INDENT_LEVEL = 64;

    private static final String INDENT_UNIT = "  ";
    private static final char OBJECT = '{';
    private static final char ARRAY = '[';

    private enum Expect {
        VALUE,
        KEY,
        COLON,
        COMMA_OR_END,
        END_OF_INPUT
    }

    /** Formats {@code raw}; never throws for bad input, it reports it in the result instead. */
    public JsonFormatResult format(String raw) {
        if (raw == null) {
            return JsonFormatResult.invalid(new JsonSyntaxError(1, 1, 0, "no text"));
        }
        return new Pass(raw).run();
    }

    /**
     * A single-line preview for a collapsed card: whitespace between tokens compacted (one space after ':' and ','),
     * control characters shown as spaces, cut to {@code maxChars} with a trailing "…". Works on invalid JSON too.
     */
    public static String oneLinePreview(String raw, int maxChars) {
        if (raw == null || raw.isEmpty() || maxChars <= 0) {
            return "";
        }
        int limit = Math.max(1, maxChars);
        StringBuilder out = new StringBuilder(Math.min(raw.length(), limit + 1));
        JsonStringState strings = new JsonStringState();
        boolean pendingSpace = false;
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (strings.inString()) {
                strings.step(c);
                if (!append(out, c < 0x20 ? ' ' : c, limit)) {
                    return truncate(out, limit);
                }
                continue;
            }
            if (JsonStringState.isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0 && c != ':' && c != ',' && c != '}' && c != ']') {
                char previous = out.charAt(out.length() - 1);
                if (previous != '{' && previous != '[' && previous != ' ') {
                    if (!append(out, ' ', limit)) {
                        return truncate(out, limit);
                    }
                }
            }
            pendingSpace = c == ':' || c == ',';
            strings.step(c);
            if (!append(out, c < 0x20 ? ' ' : c, limit)) {
                return truncate(out, limit);
            }
        }
        return out.toString();
    }

    /** Appends unless the preview is already full; false means there was more text than room. */
    private static boolean append(StringBuilder out, char c, int limit) {
        if (out.length() >= limit) {
            return false;
        }
        out.append(c);
        return true;
    }

    private static String truncate(StringBuilder out, int limit) {
        int keep = Math.max(0, limit - 1);
        if (keep > 0 && Character.isHighSurrogate(out.charAt(keep - 1))) {
            keep--;
        }
        out.setLength(keep);
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return out.append('…').toString();
    }

    /** One formatting run; holds the mutable cursor so the formatter itself stays stateless. */
    private static final class Pass {
        private final String raw;
        private final int length;
        private final StringBuilder out;
        private final JsonHighlights.Builder spans;
        private char[] stack = new char[32];
        private int depth;
        private int pos;
        private int lines = 1;

        Pass(String raw) {
            this.raw = raw;
            this.length = raw.length();
            // Pretty output is usually 1.3-2x the compact input; one generous allocation avoids repeated copying.
            long capacity = Math.min((long) length * 2 + 64, Integer.MAX_VALUE - 16L);
            this.out = new StringBuilder((int) capacity);
            this.spans = new JsonHighlights.Builder(length / 4);
        }

        JsonFormatResult run() {
            if (length > 0 && raw.charAt(0) == '\uFEFF') {
                pos = 1; // a byte-order mark is not content
            }
            Expect expect = Expect.VALUE;
            while (true) {
                skipWhitespace();
                if (pos >= length) {
                    if (expect == Expect.END_OF_INPUT) {
                        return JsonFormatResult.valid(new FormattedJson(out.toString(), spans.build(), lines));
                    }
                    return error(
                            pos,
                            out.length() == 0 && depth == 0 ? "no JSON value (empty text)" : "unexpected end of input");
                }
                char c = raw.charAt(pos);
                switch (expect) {
                    case VALUE -> {
                        String problem = value(c);
                        if (problem != null) {
                            return error(pos, problem);
                        }
                        if (depth > 0 && stack[depth - 1] == OBJECT && lastOpenedJustNow) {
                            expect = Expect.KEY;
                        } else if (lastOpenedJustNow) {
                            expect = Expect.VALUE;
                        } else {
                            expect = depth == 0 ? Expect.END_OF_INPUT : Expect.COMMA_OR_END;
                        }
                        lastOpenedJustNow = false;
                    }
                    case KEY -> {
                        if (c != '"') {
                            return error(pos, "expected a property name in double quotes but found " + describe(c));
                        }
                        String problem = string(JsonTokenKind.KEY);
                        if (problem != null) {
                            return error(errorAt, problem);
                        }
                        expect = Expect.COLON;
                    }
                    case COLON -> {
                        if (c != ':') {
                            return error(pos, "expected ':' after a property name but found " + describe(c));
                        }
                        punctuation(c);
                        out.append(' ');
                        pos++;
                        expect = Expect.VALUE;
                    }
                    case COMMA_OR_END -> {
                        char open = stack[depth - 1];
                        char close = open == OBJECT ? '}' : ']';
                        if (c == ',') {
                            punctuation(c);
                            pos++;
                            newline(depth);
                            expect = open == OBJECT ? Expect.KEY : Expect.VALUE;
                        } else if (c == close) {
                            depth--;
                            newline(depth);
                            punctuation(c);
                            pos++;
                            expect = depth == 0 ? Expect.END_OF_INPUT : Expect.COMMA_OR_END;
                        } else {
                            return error(pos, "expected ',' or '" + close + "' but found " + describe(c));
                        }
                    }
                    case END_OF_INPUT -> {
                        return error(pos, "unexpected text after the JSON value: " + describe(c));
                    }
                    default -> throw new IllegalStateException(expect.name());
                }
            }
        }

        /** Set by {@link #value} when it opened a non-empty container (the next token is its first member). */
        private boolean lastOpenedJustNow;
        /** Where a string or number error was found (may be inside the token). */
        private int errorAt;

        /** Emits one value starting at {@code c}; returns a problem description or null. */
        private String value(char c) {
            switch (c) {
                case '{', '[' -> {
                    char close = c == '{' ? '}' : ']';
                    int start = pos;
                    pos++;
                    skipWhitespace();
                    if (pos < length && raw.charAt(pos) == close) {
                        punctuation(c);
                        punctuation(close);
                        pos++;
                        return null;
                    }
                    pos = start;
                    punctuation(c);
                    pos++;
                    push(c);
                    newline(depth);
                    lastOpenedJustNow = true;
                    return null;
                }
                case '"' -> {
                    String problem = string(JsonTokenKind.STRING);
                    if (problem != null) {
                        pos = errorAt;
                    }
                    return problem;
                }
                case 't' -> {
                    return literal("true");
                }
                case 'f' -> {
                    return literal("false");
                }
                case 'n' -> {
                    return literal("null");
                }
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        String problem = number();
                        if (problem != null) {
                            pos = errorAt;
                        }
                        return problem;
                    }
                    if (c == '}' || c == ']') {
                        return "expected a value but found '" + c + "'";
                    }
                    return "expected a value but found " + describe(c);
                }
            }
        }

        private String literal(String word) {
            if (!raw.startsWith(word, pos)) {
                return "expected a value but found " + describe(raw.charAt(pos));
            }
            int start = out.length();
            out.append(word);
            spans.add(start, out.length(), JsonTokenKind.LITERAL);
            pos += word.length();
            return null;
        }

        /** Copies a string token verbatim after validating it; escapes are kept exactly as written. */
        private String string(JsonTokenKind kind) {
            int start = pos;
            int i = pos + 1;
            while (true) {
                if (i >= length) {
                    errorAt = length;
                    return "unterminated string (started at offset " + start + ")";
                }
                char c = raw.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    if (i + 1 >= length) {
                        errorAt = length;
                        return "unterminated string (started at offset " + start + ")";
                    }
                    char e = raw.charAt(i + 1);
                    if (e == 'u') {
                        for (int k = 2; k < 6; k++) {
                            if (i + k >= length || Character.digit(raw.charAt(i + k), 16) < 0) {
                                errorAt = Math.min(i + k, length);
                                return "invalid \\u escape (needs four hex digits)";
                            }
                        }
                        i += 6;
                        continue;
                    }
                    if ("\"\\/bfnrt".indexOf(e) < 0) {
                        errorAt = i;
                        return "invalid escape '\\" + e + "' in string";
                    }
                    i += 2;
                    continue;
                }
                if (c < 0x20) {
                    errorAt = i;
                    return "control character " + describe(c) + " inside a string";
                }
                i++;
            }
            int end = i + 1;
            int outStart = out.length();
            out.append(raw, start, end);
            spans.add(outStart, out.length(), kind);
            pos = end;
            return null;
        }

        /** Validates the JSON number grammar and copies the digits verbatim (no rounding, no re-encoding). */
        private String number() {
            int start = pos;
            int i = pos;
            if (raw.charAt(i) == '-') {
                i++;
            }
            if (i >= length || !isDigit(raw.charAt(i))) {
                errorAt = i;
                return "invalid number: expected a digit";
            }
            if (raw.charAt(i) == '0') {
                i++;
                if (i < length && isDigit(raw.charAt(i))) {
                    errorAt = i;
                    return "invalid number: leading zero";
                }
            } else {
                while (i < length && isDigit(raw.charAt(i))) {
                    i++;
                }
            }
            if (i < length && raw.charAt(i) == '.') {
                i++;
                if (i >= length || !isDigit(raw.charAt(i))) {
                    errorAt = i;
                    return "invalid number: expected a digit after '.'";
                }
                while (i < length && isDigit(raw.charAt(i))) {
                    i++;
                }
            }
            if (i < length && (raw.charAt(i) == 'e' || raw.charAt(i) == 'E')) {
                i++;
                if (i < length && (raw.charAt(i) == '+' || raw.charAt(i) == '-')) {
                    i++;
                }
                if (i >= length || !isDigit(raw.charAt(i))) {
                    errorAt = i;
                    return "invalid number: expected a digit in the exponent";
                }
                while (i < length && isDigit(raw.charAt(i))) {
                    i++;
                }
            }
            int outStart = out.length();
            out.append(raw, start, i);
            spans.add(outStart, out.length(), JsonTokenKind.NUMBER);
            pos = i;
            return null;
        }

        private void punctuation(char c) {
            int start = out.length();
            out.append(c);
            spans.add(start, start + 1, JsonTokenKind.PUNCTUATION);
        }

        private void newline(int level) {
            out.append('\n');
            lines++;
            int indent = Math.min(level, MAX_INDENT_LEVEL);
            for (int k = 0; k < indent; k++) {
                out.append(INDENT_UNIT);
            }
        }

        private void push(char container) {
            if (depth == stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[depth++] = container;
        }

        private void skipWhitespace() {
            while (pos < length) {
                char c = raw.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        private JsonFormatResult error(int offset, String reason) {
            int line = 1;
            int lineStart = 0;
            int end = Math.min(offset, length);
            for (int i = 0; i < end; i++) {
                char c = raw.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= length || raw.charAt(i + 1) != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            return JsonFormatResult.invalid(new JsonSyntaxError(line, end - lineStart + 1, end, reason));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static String describe(char c) {
            if (c < 0x20 || c == 0x7f) {
                return String.format("U+%04X", (int) c);
            }
            return "'" + c + "'";
        }
    }
}
