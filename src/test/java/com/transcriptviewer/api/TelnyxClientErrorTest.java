package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Every status and failure mode becomes the right kind, the right sentence and the right number of attempts. */
class TelnyxClientErrorTest extends MockServerClientFixture {

    private ApiException failure() {
        return catchThrowableOfType(ApiException.class, () -> client.messages("conv-42", 1, 20, new CancelToken()));
    }

    private void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).body(body).build());
    }

    @Test
    void unauthorizedTellsTheUserToOpenSettingsAndIsNotRetried() {
        enqueue(401, "{\"errors\":[{\"code\":\"10009\",\"title\":\"Authentication failed\",\"detail\":\"bad key\"}]}");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHORIZED);
        assertThat(e.userMessage()).isEqualTo("API key rejected — open Settings to enter a valid key.");
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("10009").contains("Authentication failed: bad key");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void forbiddenIsItsOwnKind() {
        enqueue(403, "{\"errors\":[{\"code\":\"10010\",\"title\":\"Authorization failed\"}]}");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(e.userMessage()).contains("isn't allowed");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void notFoundNamesTheConversation() {
        enqueue(404, "{\"errors\":[{\"code\":\"10005\",\"title\":\"Resource not found\"}]}");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.userMessage()).isEqualTo("No conversation with id conv-42.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void validationErrorsJoinLocationAndMessage() {
        enqueue(422, """
                {"detail":[{"loc":["query","page[size]"],"msg":"ensure this value is less than or equal to 100",
                "type":"value_error.number.not_le"},{"loc":["query","page[number]"],"msg":"must be positive","type":"x"}]}
                """);

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.validationIssues())
                .extracting(ValidationIssue::describe)
                .containsExactly(
                        "query.page[size]: ensure this value is less than or equal to 100",
                        "query.page[number]: must be positive");
        assertThat(e.userMessage())
                .isEqualTo("Telnyx rejected the request: "
                        + "query.page[size]: ensure this value is less than or equal to 100; "
                        + "query.page[number]: must be positive.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void fastApiTextDetailIsShownForOtherClientErrors() {
        enqueue(400, "{\"detail\":\"Conversation id is malformed\"}");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.CLIENT);
        assertThat(e.userMessage()).isEqualTo("Telnyx refused the request (HTTP 400): Conversation id is malformed.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateLimitIsRetriedThenReportedWithTheWait() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(429)
                    .addHeader("Retry-After", "12")
                    .body("{\"errors\":[{\"code\":\"10011\",\"title\":\"Too many requests\"}]}")
                    .build());
        }

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
        assertThat(e.userMessage()).isEqualTo("Rate-limited by Telnyx; try again in 12 s.");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(12));
    }

    @Test
    void serverErrorsAreRetriedTwiceWithExponentialBackoff() {
        enqueue(500, "{\"errors\":[{\"code\":\"10007\",\"title\":\"Unexpected error\"}]}");
        enqueue(502, "<html><body>Bad gateway</body></html>");
        enqueue(503, "");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.SERVER);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.userMessage()).isEqualTo("Telnyx had a problem answering (HTTP 503); try again shortly.");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void serverErrorThenSuccessReturnsThePage() throws Exception {
        enqueue(500, "{}");
        enqueue(200, JsonBodies.messagePage(0, 3, 1, 1, 20));

        assertThat(client.messages("c", 1, 20, new CancelToken()).items()).hasSize(3);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void htmlPageFromAProxyIsABadResponse() {
        enqueue(200, "<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(e.userMessage()).contains("HTML page").contains("proxy");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void emptyBodyIsABadResponse() {
        enqueue(200, "");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(e.userMessage()).isEqualTo("Telnyx sent an answer the viewer can't read: the body was empty.");
    }

    @Test
    void malformedJsonIsABadResponseSayingWhere() {
        enqueue(200, "{\"data\":[{\"role\":\"user\",}");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(e.userMessage()).contains("malformed JSON at line 1, column");
    }

    @Test
    void wrongShapeIsABadResponseSayingWhat() {
        enqueue(200, "{\"data\":{\"role\":\"user\"}}");
        enqueue(200, "{}");

        assertThat(failure().userMessage()).contains("\"data\" is an object, not an array");
        assertThat(failure().userMessage()).contains("no \"data\" field");
    }

    @Test
    void connectionDroppedMidBodyIsRetriedThenANetworkError() {
        String body = JsonBodies.messagePage(0, 100, 1, 1, 100);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body(body)
                    .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                    .build());
        }

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.NETWORK);
        assertThat(e.userMessage())
                .isEqualTo("The connection to " + server.getHostName() + " dropped while loading — try again.");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void readTimeoutIsANetworkErrorAfterThreeAttempts() {
        ApiConfig shortTimeouts =
                TestConfigs.forServer(server, sleeper).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200));
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body("{}")
                    .headersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
                    .build());
        }
        try (TelnyxClient impatient = new TelnyxClient(shortTimeouts)) {
            ApiException e =
                    catchThrowableOfType(ApiException.class, () -> impatient.messages("c", 1, 20, new CancelToken()));

            assertThat(e.kind()).isEqualTo(ErrorKind.NETWORK);
            assertThat(e.userMessage()).isEqualTo(server.getHostName() + " took too long to answer — try again.");
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void unreachableHostSaysSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ApiConfig config = TestConfigs.forServer(server, sleeper);
        ApiConfig nowhere = new ApiConfig(
                "http://127.0.0.1:" + closedPort + "/v2",
                config.apiKey(),
                config.userAgent(),
                config.connectTimeout(),
                config.readTimeout(),
                config.retryPolicy(),
                sleeper,
                config.clock());
        try (TelnyxClient offline = new TelnyxClient(nowhere)) {
            ApiException e =
                    catchThrowableOfType(ApiException.class, () -> offline.messages("c", 1, 20, new CancelToken()));

            assertThat(e.kind()).isEqualTo(ErrorKind.NETWORK);
            assertThat(e.userMessage()).isEqualTo("Can't reach 127.0.0.1 — check your connection.");
            assertThat(e.status()).isZero();
            assertThat(sleeper.waits()).hasSize(2);
        }
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        enqueue(418, "{\"errors\":[{\"title\":\"Teapot\",\"detail\":\"short and stout\"}]}");

        ApiException e = failure();

        assertThat(e.kind()).isEqualTo(ErrorKind.CLIENT);
        assertThat(e.userMessage()).isEqualTo("Telnyx refused the request (HTTP 418): Teapot: short and stout.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void requestTimeoutAndConflictAreRetried() throws Exception {
        enqueue(408, "{}");
        enqueue(409, "{}");
        enqueue(200, JsonBodies.messagePage(0, 1, 1, 1, 20));

        assertThat(client.messages("c", 1, 20, new CancelToken()).items()).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
