package com.transcriptviewer.transcript.navigation;

import java.time.Duration;
import java.util.Optional;

/**
 * A time typed into "Go to time": an offset from the first message, written as the bubbles show it ("+02:15",
 * "+1:02:15") or shorter ("2:15", or "135" for seconds). Either an offset or the reason the text is not one.
 */
public record TimeOffset(Duration offset, String problem) {

    static final String EXAMPLES = "such as 2:15, +02:15, 1:02:15 or 135 (seconds)";
    /** More digits than any conversation needs, and few enough that the number cannot overflow. */
    private static final int MAX_DIGITS = 9;

    public static TimeOffset parse(String text) {
        String entry = text == null ? "" : text.strip();
        if (entry.isEmpty()) {
            return problem("Type a time from the first message, " + EXAMPLES + ".");
        }
        if (entry.startsWith("-")) {
            return problem("Times count from the first message, so they cannot be negative.");
        }
        if (entry.startsWith("+")) {
            entry = entry.substring(1).strip();
        }
        String[] parts = entry.split(":", -1);
        if (parts.length > 3) {
            return problem("Too many colons: use at most hours:minutes:seconds, " + EXAMPLES + ".");
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return problem("\"" + text.strip() + "\" is not a time: use digits and colons, " + EXAMPLES + ".");
            }
            if (part.length() > MAX_DIGITS) {
                return problem("That is longer than any conversation.");
            }
            numbers[i] = Long.parseLong(part);
        }
        long seconds;
        if (numbers.length == 1) {
            seconds = numbers[0];
        } else if (numbers.length == 2) {
            if (numbers[1] > 59) {
                return problem("Seconds go up to 59 (" + numbers[1] + " given).");
            }
            seconds = numbers[0] * 60 + numbers[1];
        } else {
            if (numbers[1] > 59) {
                return problem("Minutes go up to 59 when hours are given (" + numbers[1] + " given).");
            }
            if (numbers[2] > 59) {
                return problem("Seconds go up to 59 (" + numbers[2] + " given).");
            }
            seconds = numbers[0] * 3600 + numbers[1] * 60 + numbers[2];
        }
        return new TimeOffset(Duration.ofSeconds(seconds), "");
    }

    private static TimeOffset problem(String why) {
        return new TimeOffset(null, why);
    }

    public boolean isValid() {
        return offset != null;
    }

    public Optional<Duration> value() {
        return Optional.ofNullable(offset);
    }
}
