package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** The server's say on retrying: Retry-After-Ms, Retry-After (seconds or date), x-ratelimit-reset, X-Should-Retry. */
class RetryHeadersTest extends MockServerClientFixture {

    private void enqueueThenSuccess(MockResponse failure) {
        server.enqueue(failure);
        server.enqueue(new MockResponse.Builder()
                .body(JsonBodies.messagePage(0, 1, 1, 1, 20))
                .build());
    }

    private void load() throws ApiException {
        client.messages("c", 1, 20, new CancelToken());
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() throws Exception {
        enqueueThenSuccess(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After-Ms", "1500")
                .addHeader("Retry-After", "30")
                .build());

        load();

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(1500));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterSeconds() throws Exception {
        enqueueThenSuccess(new MockResponse.Builder()
                .code(503)
                .addHeader("Retry-After", "7")
                .build());

        load();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterHttpDateIsRelativeToTheInjectedClock() throws Exception {
        String in20Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                TestConfigs.NOW.plusSeconds(20).atOffset(ZoneOffset.UTC));
        enqueueThenSuccess(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", in20Seconds)
                .build());

        load();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void rateLimitResetIsUsedWhenNothingElseIsSaid() throws Exception {
        enqueueThenSuccess(new MockResponse.Builder()
                .code(429)
                .addHeader("x-ratelimit-reset", "3")
                .build());

        load();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void unreadableRetryAfterFallsBackToBackoff() throws Exception {
        enqueueThenSuccess(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "soon-ish")
                .build());

        load();

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void shouldRetryFalseStopsARetryableStatus() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("X-Should-Retry", "false")
                .build());

        ApiException e = catchThrowableOfType(ApiException.class, this::load);

        assertThat(e.kind()).isEqualTo(ErrorKind.SERVER);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void shouldRetryTrueRetriesAnOtherwiseFinalStatus() throws Exception {
        enqueueThenSuccess(new MockResponse.Builder()
                .code(400)
                .addHeader("X-Should-Retry", "true")
                .build());

        load();

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void waitLongerThanSixtySecondsIsReportedAtOnceNotSlept() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "600")
                .build());

        ApiException e = catchThrowableOfType(ApiException.class, this::load);

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(10));
        assertThat(e.userMessage()).isEqualTo("Rate-limited by Telnyx; try again in 10 min.");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void cancellingDuringAWaitEndsTheCallAsCancelled() {
        CancelToken cancel = new CancelToken();
        RecordingSleeper cancellingSleeper = new RecordingSleeper(cancel::cancel);
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(503).build());
        try (TelnyxClient cancelling = new TelnyxClient(TestConfigs.forServer(server, cancellingSleeper))) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> cancelling.messages("c", 1, 20, cancel));

            assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED);
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(cancellingSleeper.waits()).hasSize(1);
        }
    }

    @Test
    void realSleeperWakesAtOnceWhenCancelled() throws Exception {
        CancelToken cancel = new CancelToken();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            cancel.cancel();
        });
        long start = System.nanoTime();
        canceller.start();
        Sleeper.onCancelToken().sleep(Duration.ofSeconds(30), cancel);
        canceller.join();

        assertThat(cancel.isCancelled()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
