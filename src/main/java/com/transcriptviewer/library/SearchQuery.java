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
 * two terms allows either), and filters {@code role:}, {@code function:}, {@code channel:}, {@code assistant:},
 * {@code since:} and {@code until:} (a date, inclusive, or an instant). Every term is quoted for FTS5, so nothing
 * typed is read as FTS5's own syntax.
 *
 * @param match     the FTS5 expression, empty when only filters were given
 * @param terms     the words and phrases as typed (without quotes or *), for find's marks in the transcript
 */
public record SearchQuery(
        String match,
        List<String> terms,
        String role,
        String function,
        String channel,
        String assistant,
        Instant since,
        Instant until) {

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    /** Whether there is nothing to search for at all. */
    public boolean isEmpty() {
        return match.isEmpty()
                && role == null
                && function == null
                && channel == null
                && assistant == null
                && since == null
                && until == null;
    }

    /**
     * Reads {@code text}.
     *
     * @throws IllegalArgumentException with a message for the user when a filter's value can't be read
     */
    public static SearchQuery parse(String text) {
        List<String> parts = new ArrayList<>();
        List<String> terms = new ArrayList<>();
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
                    parts.add(quote(phrase.strip()) + (prefix ? "*" : ""));
                    terms.add(phrase.strip());
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
                    if (token.equals("OR") || token.equals("AND") || token.equals("NOT")) {
                        if (!parts.isEmpty()) {
                            parts.add(token);
                        }
                    } else {
                        boolean prefix = token.endsWith("*");
                        String word = prefix ? token.substring(0, token.length() - 1) : token;
                        if (!word.isEmpty()) {
                            parts.add(quote(word) + (prefix ? "*" : ""));
                            terms.add(word);
                        }
                    }
                }
            }
        }
        // An operator with nothing after it is dropped rather than failing the query.
        while (!parts.isEmpty() && List.of("OR", "AND", "NOT").contains(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        return new SearchQuery(String.join(" ", parts), terms, role, function, channel, assistant, since, until);
    }

    private static String quote(String term) {
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
