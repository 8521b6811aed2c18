package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void backoffDoublesFromHalfASecondAndCapsAtEight() {
        RetryPolicy policy = RetryPolicy.defaults().withJitter(() -> 1.0);

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(12)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void jitterScalesTheBackoffAndIsClampedToItsRange() {
        assertThat(RetryPolicy.defaults().withJitter(() -> 0.75).backoff(2)).isEqualTo(Duration.ofMillis(750));
        assertThat(RetryPolicy.defaults().withJitter(() -> 0.1).backoff(2)).isEqualTo(Duration.ofMillis(750));
        assertThat(RetryPolicy.defaults().withJitter(() -> 3.0).backoff(2)).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 200; i++) {
            assertThat(RetryPolicy.defaults().backoff(1)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        }
    }

    @Test
    void givesUpWhenRetriesAreUsedUp() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.afterResponse(1, 500, name -> null, NOW).retry()).isTrue();
        assertThat(policy.afterResponse(2, 500, name -> null, NOW).retry()).isFalse();
        assertThat(policy.afterIoError(1).retry()).isTrue();
        assertThat(policy.afterIoError(2).retry()).isFalse();
        assertThat(RetryPolicy.noRetries().afterIoError(0).retry()).isFalse();
    }

    @Test
    void retryableStatusesMatchTheOfficialSdks() {
        assertThat(RetryPolicy.shouldRetry(408, null)).isTrue();
        assertThat(RetryPolicy.shouldRetry(409, null)).isTrue();
        assertThat(RetryPolicy.shouldRetry(429, null)).isTrue();
        assertThat(RetryPolicy.shouldRetry(500, null)).isTrue();
        assertThat(RetryPolicy.shouldRetry(599, null)).isTrue();
        assertThat(RetryPolicy.shouldRetry(400, null)).isFalse();
        assertThat(RetryPolicy.shouldRetry(401, null)).isFalse();
        assertThat(RetryPolicy.shouldRetry(404, null)).isFalse();
        assertThat(RetryPolicy.shouldRetry(422, null)).isFalse();
        assertThat(RetryPolicy.shouldRetry(404, " TRUE ")).isTrue();
        assertThat(RetryPolicy.shouldRetry(500, "false")).isFalse();
    }

    @Test
    void serverWaitReadsEachHeaderForm() {
        assertThat(RetryPolicy.serverWait(Map.of("Retry-After-Ms", "250")::get, NOW))
                .isEqualTo(Duration.ofMillis(250));
        assertThat(RetryPolicy.serverWait(Map.of("Retry-After", "1.5")::get, NOW))
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(RetryPolicy.serverWait(Map.of("Retry-After", "Sun, 01 Jun 2025 12:00:30 GMT")::get, NOW))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.serverWait(Map.of("Retry-After", "Sun, 01 Jun 2025 11:00:00 GMT")::get, NOW))
                .isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.serverWait(Map.of("x-ratelimit-reset", "4")::get, NOW))
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(RetryPolicy.serverWait(Map.of("Retry-After", "-3")::get, NOW))
                .isNull();
        assertThat(RetryPolicy.serverWait(Map.<String, String>of()::get, NOW)).isNull();
    }

    @Test
    void aWaitBeyondTheLimitIsNotRetriedButReported() {
        RetryDecision decision = RetryPolicy.defaults().afterResponse(0, 429, Map.of("Retry-After", "61")::get, NOW);

        assertThat(decision.retry()).isFalse();
        assertThat(decision.serverAsked()).isEqualTo(Duration.ofSeconds(61));
    }

    @Test
    void aZeroServerWaitUsesTheBackoffInstead() {
        RetryDecision decision = RetryPolicy.defaults()
                .withJitter(() -> 1.0)
                .afterResponse(0, 503, Map.of("Retry-After", "0")::get, NOW);

        assertThat(decision.retry()).isTrue();
        assertThat(decision.delay()).isEqualTo(Duration.ofMillis(500));
    }
}
