package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Argument values in words, for the sentences of a check: text in quotes and cut short when long, numbers as written,
 * objects and lists by their kind and size, never their whole content (arguments may be megabytes).
 */
final class ValueWords {

    /** The longest text quoted whole, in characters; longer text is cut and its length said. */
    static final int CLIP = 80;

    private ValueWords() {}

    /** {@code "deep clean"} (quoted), {@code 2.5}, {@code true}, {@code null}, {@code an object}, {@code a list of 3 items}. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isNumber()) {
            return number(value);
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            return value.isEmpty() ? "an empty object" : "an object";
        }
        if (value.isArray()) {
            return value.isEmpty() ? "an empty list" : "a list of " + count(value.size(), "item", "items");
        }
        return "a " + value.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
    }

    /** As {@link #describe}, but text is named as text ({@code the text "4"}): for where the kind is what is wrong. */
    static String describeKind(JsonNode value) {
        return value != null && value.isTextual() ? "the text " + quote(value.textValue()) : describe(value);
    }

    /** As {@link #describe}, text with its length in characters: {@code "A" (1 character)}. */
    static String describeWithLength(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return describe(value);
        }
        String text = value.textValue();
        String quoted = quote(text);
        return text.length() > CLIP
                ? quoted
                : quoted + " (" + count(text.codePointCount(0, text.length()), "character", "characters") + ")";
    }

    /** A value as a list shows it: text without quotes, anything else as {@link #describe} says it. */
    static String plain(JsonNode value) {
        return value.isTextual() ? clip(value.textValue()) : describe(value);
    }

    /** Text in double quotes, with quotes, backslashes and control characters escaped as JSON writes them. */
    static String quote(String text) {
        String clipped = clip(text);
        StringBuilder quoted = new StringBuilder(clipped.length() + 2).append('"');
        for (int i = 0; i < clipped.length(); i++) {
            char c = clipped.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        quoted.append('"');
        if (clipped.length() < text.length()) {
            quoted.append(" (").append(count(text.codePointCount(0, text.length()), "character", "characters"));
            quoted.append(')');
        }
        return quoted.toString();
    }

    /** Text cut after {@value #CLIP} characters, with an ellipsis; never splits a surrogate pair. */
    static String clip(String text) {
        if (text.length() <= CLIP) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(CLIP - 1)) ? CLIP - 1 : CLIP;
        return text.substring(0, end) + "…";
    }

    /** A number as written, without an exponent or trailing zeros a person would not write: 12, 2.5, 0.1. */
    static String number(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.asText();
        }
        BigDecimal value = number.decimalValue().stripTrailingZeros();
        return Math.abs(value.scale()) < 30 ? value.toPlainString() : value.toString();
    }

    /** {@code 1 item}, {@code 3 items}, {@code 5,000,000 characters}. */
    static String count(long n, String one, String many) {
        return n == 1 ? "1 " + one : grouped(n) + " " + many;
    }

    /** 5000000 as 5,000,000; written out by hand because a Formatter costs more than the rest of a check. */
    static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
