package com.transcriptviewer.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Which kept tool calls the analytics count: those made in {@code [from, to)} (either end open when null), in
 * conversations of one assistant (any when blank) and one of its versions (any when blank). Days are the user's days
 * in {@code zone}.
 */
public record AnalyticsQuery(Instant from, Instant to, String assistantId, String assistantVersion, ZoneId zone) {

    public AnalyticsQuery {
        assistantId = assistantId == null ? "" : assistantId.strip();
        assistantVersion = assistantVersion == null ? "" : assistantVersion.strip();
        zone = Objects.requireNonNullElse(zone, ZoneId.systemDefault());
    }

    /** Every kept call, whatever its time and assistant. */
    public static AnalyticsQuery all(ZoneId zone) {
        return new AnalyticsQuery(null, null, "", "", zone);
    }

    /** The calls of the days {@code first} to {@code last}, both included (either open when null). */
    public static AnalyticsQuery days(
            LocalDate first, LocalDate last, String assistantId, String version, ZoneId zone) {
        Instant from = first == null ? null : first.atStartOfDay(zone).toInstant();
        Instant to = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        return new AnalyticsQuery(from, to, assistantId, version, zone);
    }
}
