package com.transcriptviewer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeFormatTest {

    private static final Instant NOW = Instant.parse("2025-03-14T18:00:00Z");
    private final TimeFormat utc = new TimeFormat(ZoneOffset.UTC, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void absoluteShowsOnlyTheTimeForToday() {
        assertThat(utc.absolute(Instant.parse("2025-03-14T13:07:28Z"))).isEqualTo("13:07:28");
    }

    @Test
    void absoluteAddsTheDateForOtherDays() {
        assertThat(utc.absolute(Instant.parse("2025-03-13T23:59:59Z"))).isEqualTo("2025-03-13 23:59:59");
    }

    @Test
    void absoluteUsesTheInjectedZone() {
        TimeFormat tokyo = new TimeFormat(ZoneId.of("Asia/Tokyo"), Clock.fixed(NOW, ZoneOffset.UTC));
        // "Now" (18:00Z) is 03:00 on the 15th in Tokyo, so the 14th needs a date there and 16:00Z (01:00 on the 15th)
        // does not.
        assertThat(tokyo.absolute(Instant.parse("2025-03-14T13:07:28Z"))).isEqualTo("2025-03-14 22:07:28");
        assertThat(tokyo.absolute(Instant.parse("2025-03-14T16:00:00Z"))).isEqualTo("01:00:00");
    }

    @Test
    void missingTimeShowsADash() {
        assertThat(utc.absolute(null)).isEqualTo(TimeFormat.MISSING);
        assertThat(utc.relative(null)).isEqualTo(TimeFormat.MISSING);
    }

    @Test
    void offsetFromFirstMessage() {
        Instant first = Instant.parse("2025-03-14T13:00:00Z");
        assertThat(TimeFormat.offset(first, first)).isEqualTo("+0:00");
        assertThat(TimeFormat.offset(first, first.plusSeconds(135))).isEqualTo("+02:15");
        assertThat(TimeFormat.offset(first, first.plusSeconds(3600 + 135))).isEqualTo("+1:02:15");
        assertThat(TimeFormat.offset(first, first.plusSeconds(5))).isEqualTo("+00:05");
        assertThat(TimeFormat.offset(first, first.minusSeconds(30))).isEqualTo("-00:30");
        assertThat(TimeFormat.offset(null, first)).isEmpty();
    }

    @Test
    void relativeTimes() {
        assertThat(utc.relative(NOW.minusSeconds(10))).isEqualTo("just now");
        assertThat(utc.relative(NOW.minusSeconds(300))).isEqualTo("5 min ago");
        assertThat(utc.relative(NOW.minusSeconds(3 * 3600 + 100))).isEqualTo("3 h ago");
        assertThat(utc.relative(NOW.minusSeconds(86_400))).isEqualTo("1 day ago");
        assertThat(utc.relative(NOW.minusSeconds(5 * 86_400))).isEqualTo("5 days ago");
        assertThat(utc.relative(NOW.plusSeconds(300))).isEqualTo("in 5 min");
    }

    @Test
    void tooltipNamesBothTimestamps() {
        String tip = utc.tooltip(Instant.parse("2025-03-14T13:07:28.250Z"), Instant.parse("2025-03-14T13:07:27.900Z"));
        assertThat(tip).isEqualTo("Sent: 2025-03-14 13:07:28.250 Z\nCreated: 2025-03-14 13:07:27.900 Z");
        assertThat(utc.tooltip(null, Instant.parse("2025-03-14T13:07:27Z"))).startsWith("Sent: not recorded\n");
    }
}
