package com.transcriptviewer.library;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the user typed into the library's search box, read: words, "phrases" and prefix* (all must match; OR between
 * two terms allows either, NOT before one excludes it), and filters {@code role:}, {@code function:}, {@code channel:},
 * {@code assistant:}, {@code since:} and {@code until:} (a date, inclusive, or an instant). Every term is quoted for
 * FTS5, so nothing typed is read as FTS5's own syntax.
 *
 * @param phrases the words and phrases in order, each with the operator before it
 */
public record SearchQuery(
        List<Phrase> phrases,
        String role,
        String function,
        String channel,
        String assistant,
        Instant since,
        Instant until) {

    public SearchQuery {
        phrases = List.copyOf(phrases);
    }

    /**
     * A word or "phrase" as typed (without quotes or *).
     *
     * @param prefix   whether it ended with *: its last word stands for every word that starts with it
     * @param operator what joins it to the phrase before: "" (both must match), "OR" or "NOT"; "" for the first
     */
    public record Phrase(String text, boolean prefix, String operator) {

        /** The phrase quoted for FTS5. */
        String quoted() {
            return quote(text) + (prefix ? "*" : "");
        }
    }

    /** The FTS5 expression for the phrases, empty when only filters were given. */
    public String match() {
        StringBuilder match = new StringBuilder();
        for (Phrase phrase : phrases) {
            if (!match.isEmpty()) {
                match.append(phrase.operator().isEmpty() ? " " : " " + phrase.operator() + " ");
            }
            match.append(phrase.quoted());
        }
        return match.toString();
    }

    /** The words and phrases as typed (without quotes or *), for find's marks in the transcript. */
    public List<String> terms() {
        return phrases.stream().map(Phrase::text).toList();
    }

    /** Whether there is nothing to search for at all. */
    public boolean isEmpty() {
        return phrases.isEmpty()
                && role == null
                && function == null
                && channel == null
                && assistant == null
                && since == null
                && until == null;
    }

    /** Whether it has filters only (no words): its results are the newest messages that pass them. */
    public boolean filtersOnly() {
        return phrases.isEmpty();
    }

    /**
     * Reads {@code text}.
     *
     * @throws IllegalArgumentException with a message for the user when a filter's value can't be read
     */
    public static SearchQuery parse(String text) {
        List<Phrase> phrases = new ArrayList<>();
        String operator = "";
        String role = null;
        String function = null;
        String channel = null;
        String assistant = null;
        Instant since = null;
        Instant until = null;
        String input = text == null ? "" : text.strip();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '"') {
                int end = input.indexOf('"', i + 1);
                String phrase = end < 0 ? input.substring(i + 1) : input.substring(i + 1, end);
                i = end < 0 ? input.length() : end + 1;
                boolean prefix = i < input.length() && input.charAt(i) == '*';
                if (prefix) {
                    i++;
                }
                if (!phrase.isBlank()) {
                    phrases.add(new Phrase(phrase.strip(), prefix, phrases.isEmpty() ? "" : operator));
                    operator = "";
                }
                continue;
            }
            int end = i;
            while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
                end++;
            }
            String token = input.substring(i, end);
            i = end;
            int colon = token.indexOf(':');
            String key = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
            String value = colon > 0 ? unquote(token.substring(colon + 1)) : "";
            switch (key) {
                case "role" -> role = value.toLowerCase(Locale.ROOT);
                case "function", "fn", "tool" -> function = value;
                case "channel" -> channel = value;
                case "assistant" -> assistant = value;
                case "since", "from", "after" -> since = date(key, value, false);
                case "until", "to", "before" -> until = date(key, value, true);
                default -> {
                    if (token.equals("OR") || token.equals("NOT")) {
                        // The last operator before a phrase joins it; one with no phrase after it is dropped.
                        operator = token;
                    } else if (token.equals("AND")) {
                        operator = "";
                    } else {
                        boolean prefix = token.endsWith("*");
                        String word = prefix ? token.substring(0, token.length() - 1) : token;
                        if (!word.isEmpty()) {
                            phrases.add(new Phrase(word, prefix, phrases.isEmpty() ? "" : operator));
                            operator = "";
                        }
                    }
                }
            }
        }
        return new SearchQuery(phrases, role, function, channel, assistant, since, until);
    }

    static String quote(String term) {
        return '"' + term.replace("\"", "\"\"") + '"';
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    /** A day (from its start, or up to its end for {@code until}) or an instant. */
    static Instant date(String key, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    key + ":" + value + " is not a date: write it as 2026-03-01 or 2026-03-01T09:30:00Z.");
        }
    }
}
