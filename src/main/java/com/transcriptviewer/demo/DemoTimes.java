package com.transcriptviewer.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The API's timestamp text: ISO-8601 in UTC with milliseconds, e.g. {@code 2025-04-15T13:07:28.764Z}. */
final class DemoTimes {

    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private DemoTimes() {}

    static String format(Instant instant) {
        return WIRE.format(instant);
    }
}
