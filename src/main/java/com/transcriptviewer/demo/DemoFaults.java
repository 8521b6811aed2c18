package com.transcriptviewer.demo;

/**
 * Trouble the demo server injects so the client's retries, timeouts and error rows can be exercised without the real
 * API: a fixed delay before every answer, and per-request chances of a 500, of a 429 with {@code Retry-After}, and of
 * a connection dropped in the middle of the body. The chances are drawn from a random sequence started at
 * {@code seed}, so a run with the same requests in the same order sees the same faults.
 *
 * @param latencyMillis      delay added to every request, in milliseconds (0 for none)
 * @param serverErrorRate    chance in [0, 1] that a request is answered with a 500
 * @param rateLimitRate      chance in [0, 1] that a request is answered with a 429
 * @param retryAfterSeconds  value of the {@code Retry-After} header sent with a 429
 * @param dropConnectionRate chance in [0, 1] that the connection is closed after part of the body was sent
 * @param seed               start of the random sequence the chances are drawn from
 */
public record DemoFaults(
        long latencyMillis,
        double serverErrorRate,
        double rateLimitRate,
        int retryAfterSeconds,
        double dropConnectionRate,
        long seed) {

    /** No latency and no faults: the server answers like a healthy API. */
    public static final DemoFaults NONE = new DemoFaults(0, 0, 0, 1, 0, 0);

    public DemoFaults {
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis must be >= 0: " + latencyMillis);
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be >= 0: " + retryAfterSeconds);
        }
        requireRate("serverErrorRate", serverErrorRate);
        requireRate("rateLimitRate", rateLimitRate);
        requireRate("dropConnectionRate", dropConnectionRate);
        if (serverErrorRate + rateLimitRate + dropConnectionRate > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault rates add up to more than 1");
        }
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException(name + " must be within [0, 1]: " + rate);
        }
    }

    public DemoFaults withLatencyMillis(long millis) {
        return new DemoFaults(millis, serverErrorRate, rateLimitRate, retryAfterSeconds, dropConnectionRate, seed);
    }

    public DemoFaults withServerErrorRate(double rate) {
        return new DemoFaults(latencyMillis, rate, rateLimitRate, retryAfterSeconds, dropConnectionRate, seed);
    }

    public DemoFaults withRateLimits(double rate, int retryAfter) {
        return new DemoFaults(latencyMillis, serverErrorRate, rate, retryAfter, dropConnectionRate, seed);
    }

    public DemoFaults withDropConnectionRate(double rate) {
        return new DemoFaults(latencyMillis, serverErrorRate, rateLimitRate, retryAfterSeconds, rate, seed);
    }

    public DemoFaults withSeed(long newSeed) {
        return new DemoFaults(
                latencyMillis, serverErrorRate, rateLimitRate, retryAfterSeconds, dropConnectionRate, newSeed);
    }

    /** True when no request is delayed or failed. */
    public boolean isNone() {
        return latencyMillis == 0 && serverErrorRate == 0 && rateLimitRate == 0 && dropConnectionRate == 0;
    }
}
