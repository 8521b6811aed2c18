package com.transcriptviewer.api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the API's ISO-8601 timestamps leniently: with or without fractions, with {@code Z}, {@code +02:00},
 * {@code +0200} or no offset at all (which means UTC). Anything unreadable becomes null, never an exception,
 * because a bad timestamp must not hide a message.
 */
public final class Timestamps {

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private Timestamps() {}

    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant fast = parseCommonForm(text);
        if (fast != null) {
            return fast;
        }
        try {
            TemporalAccessor parsed = LENIENT.parse(text.strip());
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return local.toInstant(offset);
        } catch (DateTimeParseException | ArithmeticException unreadable) {
            return null;
        }
    }

    /**
     * The form the API sends almost always ({@code 2025-04-01T12:30:45[.ffffff][Z|+hh:mm]}), read by hand because a
     * page holds two timestamps per message and the formatter is several times slower. Null when the text has any
     * other shape; the formatter then has the final word.
     */
    private static Instant parseCommonForm(String s) {
        int length = s.length();
        if (length < 19
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (pos < length && s.charAt(pos) == '.') {
            pos++;
            int fractionDigits = 0;
            while (pos < length && isDigit(s.charAt(pos))) {
                if (fractionDigits < 9) {
                    nanos = nanos * 10 + (s.charAt(pos) - '0');
                }
                fractionDigits++;
                pos++;
            }
            if (fractionDigits == 0) {
                return null;
            }
            for (int i = Math.min(fractionDigits, 9); i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (pos == length) {
            offsetSeconds = 0;
        } else if (pos == length - 1 && (s.charAt(pos) == 'Z' || s.charAt(pos) == 'z')) {
            offsetSeconds = 0;
        } else if (pos == length - 6 && (s.charAt(pos) == '+' || s.charAt(pos) == '-') && s.charAt(pos + 3) == ':') {
            int offsetHours = digits(s, pos + 1, 2);
            int offsetMinutes = digits(s, pos + 4, 2);
            if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 18 || offsetMinutes > 59) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s.charAt(pos) == '-' ? -1 : 1);
        } else {
            return null;
        }
        if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    private static int digits(String s, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
