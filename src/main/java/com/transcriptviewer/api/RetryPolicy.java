package com.transcriptviewer.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * When and how long to retry, as the official Telnyx SDKs do: {@code maxRetries} retries on 408, 409, 429, 5xx and
 * I/O errors; {@code X-Should-Retry} overrides the status; the wait is {@code Retry-After-Ms}, else
 * {@code Retry-After} (seconds or an HTTP date), else {@code x-ratelimit-reset} (seconds), else an exponential
 * backoff {@code min(initialBackoff * 2^(n-1), maxBackoff)} times a jitter in [0.75, 1].
 *
 * <p>A server asking for more than {@code maxWait} is not retried at all: the call fails at once with the wait
 * reported ({@link ApiException#retryAfter()}), so the user is told "try again in 2 min" instead of watching a frozen
 * spinner, and the client never sleeps longer than {@code maxWait} in one go.
 *
 * @param jitter supplies factors in [0.75, 1]; injectable so tests are deterministic
 */
public record RetryPolicy(
        int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxWait, DoubleSupplier jitter) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    /** Two retries (three attempts), 0.5 s doubling up to 8 s, random jitter, 60 s longest wait. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                2,
                Duration.ofMillis(500),
                Duration.ofSeconds(8),
                Duration.ofSeconds(60),
                () -> ThreadLocalRandom.current().nextDouble(0.75, 1.0));
    }

    public static RetryPolicy noRetries() {
        return defaults().withMaxRetries(0);
    }

    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialBackoff, maxBackoff, maxWait, jitter);
    }

    public RetryPolicy withJitter(DoubleSupplier newJitter) {
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, maxWait, newJitter);
    }

    /**
     * Decides after an HTTP error status.
     *
     * @param retriesDone how many retries were already made for this request
     * @param header      reads a response header by name (null when absent)
     * @param now         the current time, for {@code Retry-After} given as a date
     */
    public RetryDecision afterResponse(int retriesDone, int status, UnaryOperator<String> header, Instant now) {
        Duration serverAsked = serverWait(header, now);
        if (!shouldRetry(status, header.apply("X-Should-Retry")) || retriesDone >= maxRetries) {
            return RetryDecision.giveUp(serverAsked);
        }
        if (serverAsked != null && serverAsked.compareTo(maxWait) > 0) {
            return RetryDecision.giveUp(serverAsked);
        }
        Duration wait = serverAsked != null && !serverAsked.isZero() ? serverAsked : backoff(retriesDone + 1);
        return RetryDecision.retryAfter(wait, serverAsked);
    }

    /** Decides after an I/O error (connection refused, reset, timeout): retried while retries remain. */
    public RetryDecision afterIoError(int retriesDone) {
        return retriesDone >= maxRetries
                ? RetryDecision.giveUp(null)
                : RetryDecision.retryAfter(backoff(retriesDone + 1), null);
    }

    /** The backoff before retry number {@code n} (1-based), jitter applied. */
    public Duration backoff(int n) {
        double seconds = initialBackoff.toNanos() / 1e9 * Math.pow(2, Math.max(0, n - 1));
        double capped = Math.min(seconds, maxBackoff.toNanos() / 1e9);
        double factor = Math.min(1.0, Math.max(0.75, jitter.getAsDouble()));
        return Duration.ofNanos(Math.round(capped * factor * 1e9));
    }

    static boolean shouldRetry(int status, String shouldRetryHeader) {
        if ("true".equalsIgnoreCase(trim(shouldRetryHeader))) {
            return true;
        }
        if ("false".equalsIgnoreCase(trim(shouldRetryHeader))) {
            return false;
        }
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /**
     * The wait the server asked for, or null when it named none (or named something unreadable or negative).
     * Order: {@code Retry-After-Ms}, {@code Retry-After} (seconds or HTTP date), {@code x-ratelimit-reset}.
     */
    static Duration serverWait(UnaryOperator<String> header, Instant now) {
        Duration millis = seconds(header.apply("Retry-After-Ms"), 1e-3);
        if (millis != null) {
            return millis;
        }
        String retryAfter = trim(header.apply("Retry-After"));
        if (retryAfter != null) {
            Duration seconds = seconds(retryAfter, 1);
            if (seconds != null) {
                return seconds;
            }
            Duration untilDate = untilHttpDate(retryAfter, now);
            if (untilDate != null) {
                return untilDate;
            }
        }
        return seconds(header.apply("x-ratelimit-reset"), 1);
    }

    private static Duration seconds(String value, double unitSeconds) {
        String text = trim(value);
        if (text == null) {
            return null;
        }
        try {
            double amount = Double.parseDouble(text);
            if (!Double.isFinite(amount) || amount < 0) {
                return null;
            }
            return Duration.ofNanos(Math.round(Math.min(amount * unitSeconds, 1e9) * 1e9));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Duration untilHttpDate(String value, Instant now) {
        try {
            Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toInstant();
            Duration until = Duration.between(now, date);
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
