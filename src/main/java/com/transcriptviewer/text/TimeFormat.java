package com.transcriptviewer.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats message times for the transcript. The zone and clock are injected so the app can show local time or UTC
 * (a setting) and tests can pin "today".
 */
public final class TimeFormat {

    /** Shown where the API left a time out. */
    public static final String MISSING = "—";

    private final ZoneId zone;
    private final Clock clock;

    public TimeFormat(ZoneId zone, Clock clock) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Local time zone and the system clock. */
    public static TimeFormat local() {
        return new TimeFormat(ZoneId.systemDefault(), Clock.systemDefaultZone());
    }

    public ZoneId zone() {
        return zone;
    }

    /** "13:07:28" for today, "2025-03-14 13:07:28" for any other day (in this formatter's zone). */
    public String absolute(Instant time) {
        if (time == null) {
            return MISSING;
        }
        ZonedDateTime at = time.atZone(zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return at.toLocalDate().equals(today) ? Patterns.TIME.format(at) : Patterns.DATE_TIME.format(at);
    }

    /**
     * Offset of {@code time} from the first message: "+0:00" at the start, "+02:15" within the first hour,
     * "+1:02:15" past it; a time before the first message (out-of-order data) gets a minus sign.
     */
    public static String offset(Instant first, Instant time) {
        if (first == null || time == null) {
            return "";
        }
        long seconds = Duration.between(first, time).getSeconds();
        String sign = seconds < 0 ? "-" : "+";
        long total = Math.abs(seconds);
        if (total == 0) {
            return "+0:00";
        }
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long secs = total % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%s%02d:%02d", sign, minutes, secs);
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago"; future times (clock skew) read "in 5 min". */
    public String relative(Instant time) {
        if (time == null) {
            return MISSING;
        }
        long seconds = Duration.between(time, clock.instant()).getSeconds();
        boolean future = seconds < 0;
        long abs = Math.abs(seconds);
        if (abs < 45) {
            return "just now";
        }
        String amount;
        if (abs < 3600) {
            amount = Math.max(1, Math.round(abs / 60.0)) + " min";
        } else if (abs < 86_400) {
            amount = (abs / 3600) + " h";
        } else {
            long days = abs / 86_400;
            amount = days + (days == 1 ? " day" : " days");
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** Tooltip text naming both timestamps with milliseconds and zone, so QA can tell them apart. */
    public String tooltip(Instant sentAt, Instant createdAt) {
        return "Sent: " + full(sentAt) + "\nCreated: " + full(createdAt);
    }

    /** "2025-03-14 13:07:28.000 UTC": date, time with milliseconds and zone; "not recorded" when missing. */
    public String full(Instant time) {
        return time == null ? "not recorded" : Patterns.FULL.format(time.atZone(zone));
    }

    /** Made at first use, not with the class: the window's first frame is drawn before any time is shown. */
    private static final class Patterns {
        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
        static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS zzz", Locale.ROOT);
    }
}
