package com.transcriptviewer.library;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The words of the full-text index's {@code tags} column that the search's filters match, so that the index finds the
 * messages passing them as it finds words, newest first, however few they are. The view {@code
 * library_search_content} (migration 4) writes the same words for every message: {@code ro}, {@code ch}, {@code as},
 * {@code fn} and {@code fr} followed by the hex of the value's UTF-8 (the index lower-cases it), and the message's
 * day, month and year in UTC.
 */
final class SearchTags {

    private static final HexFormat HEX = HexFormat.of();

    /** The first and last days an open date range stands for. */
    static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    private SearchTags() {}

    static String role(String role) {
        return "ro" + hex(role.toLowerCase(Locale.ROOT));
    }

    static String channel(String channel) {
        return "ch" + hex(channel);
    }

    static String assistant(String assistantId) {
        return "as" + hex(assistantId);
    }

    /** A message that calls the function, or a tool result that answers its call. */
    static String function(String name) {
        return "(fn" + hex(name) + " OR fr" + hex(name) + ")";
    }

    /**
     * The days from {@code since} to {@code until} as the fewest words: whole years, then whole months, then days.
     * An open end is the first or last day the tags name ({@link #FIRST_DAY}, {@link #LAST_DAY}); a message dated
     * outside them passes no date filter.
     *
     * @param since the first instant, or null
     * @param until the end (exclusive), or null
     * @return an OR of the words (an empty range gives a word no message has)
     */
    static String days(Instant since, Instant until) {
        LocalDate first = since == null || day(since).isBefore(FIRST_DAY) ? FIRST_DAY : day(since);
        LocalDate end = until == null ? LAST_DAY : day(until.minus(1, ChronoUnit.MICROS));
        LocalDate last = end.isAfter(LAST_DAY) ? LAST_DAY : end;
        List<String> words = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            if (day.getDayOfYear() == 1 && !day.plusYears(1).minusDays(1).isAfter(last)) {
                words.add("yr" + day.getYear());
                day = day.plusYears(1);
            } else if (day.getDayOfMonth() == 1
                    && !day.plusMonths(1).minusDays(1).isAfter(last)) {
                words.add(String.format(Locale.ROOT, "mo%04d%02d", day.getYear(), day.getMonthValue()));
                day = day.plusMonths(1);
            } else {
                words.add(String.format(
                        Locale.ROOT, "dy%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
                day = day.plusDays(1);
            }
        }
        if (words.isEmpty()) {
            return "nodays";
        }
        return words.size() == 1 ? words.get(0) : "(" + String.join(" OR ", words) + ")";
    }

    /** Whether an instant is a UTC day's start: a range from or to it is exactly a run of whole days. */
    static boolean startsADay(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalTime().toNanoOfDay() == 0;
    }

    static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String hex(String value) {
        return HEX.formatHex(value.getBytes(StandardCharsets.UTF_8));
    }
}
