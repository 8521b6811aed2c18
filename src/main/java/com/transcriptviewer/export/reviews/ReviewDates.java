package com.transcriptviewer.export.reviews;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The dates that bound an export of reviews, as the command line and the dialog give them: a calendar day
 * ({@code 2026-03-01}) in the user's time zone, or an exact moment ({@code 2026-03-01T09:30:00Z}, or with an offset).
 * A day is whole at both ends: "from 1 March to 31 March" holds everything saved on both those days.
 */
public final class ReviewDates {

    private ReviewDates() {}

    /** The first moment a "from" day or moment lets in; empty when {@code text} is neither. */
    public static Optional<Instant> since(String text, ZoneId zone) {
        Optional<LocalDate> day = day(text);
        if (day.isPresent()) {
            return Optional.of(startOf(day.get(), zone));
        }
        return moment(text);
    }

    /** The first moment an "until" day or moment no longer lets in (the day after a day); empty when neither. */
    public static Optional<Instant> until(String text, ZoneId zone) {
        Optional<LocalDate> day = day(text);
        if (day.isPresent()) {
            return Optional.of(endOf(day.get(), zone));
        }
        return moment(text);
    }

    /** Midnight at the start of {@code day} in {@code zone} (or the first moment of the day where DST skips it). */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after {@code day}: an "until" bound that keeps the whole day. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> moment(String text) {
        String value = text.strip();
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeException notUtc) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeException notAMoment) {
                return Optional.empty();
            }
        }
    }
}
