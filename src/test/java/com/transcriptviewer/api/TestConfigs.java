package com.transcriptviewer.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockWebServer;

/** Configs pointing at a MockWebServer, with a fixed clock, jitter fixed at 1 and no real waiting. */
final class TestConfigs {

    static final String SECRET = "sk-SECRET-123";
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private TestConfigs() {}

    static ApiConfig forServer(MockWebServer server, Sleeper sleeper) {
        String base = server.url("/v2").toString();
        return ApiConfig.defaults(base, ApiKey.of(SECRET))
                .withRetryPolicy(RetryPolicy.defaults().withJitter(() -> 1.0))
                .withSleeper(sleeper)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }
}
