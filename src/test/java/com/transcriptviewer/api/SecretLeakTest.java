package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.transcriptviewer.testing.LogCapture;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key appears in no exception text, no toString and no log line, whatever goes wrong. */
class SecretLeakTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture log = LogCapture.everything("com.transcriptviewer", "okhttp3", "mockwebserver3");

    private ApiException fail(TelnyxClient client) {
        return catchThrowableOfType(ApiException.class, () -> client.messages("c", 1, 20, new CancelToken()));
    }

    @Test
    void noErrorKindRevealsTheKey() throws Exception {
        List<ApiException> failures = new ArrayList<>();
        String echo = "{\"errors\":[{\"code\":\"10009\",\"title\":\"Bad key " + TestConfigs.SECRET
                + "\",\"detail\":\"Bearer " + TestConfigs.SECRET + "\"}]}";
        RecordingSleeper sleeper = new RecordingSleeper();
        try (TelnyxClient client = new TelnyxClient(TestConfigs.forServer(server, sleeper)
                .withRetryPolicy(RetryPolicy.noRetries())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)))) {
            for (int status : new int[] {401, 403, 404, 422, 429, 500, 418}) {
                server.enqueue(
                        new MockResponse.Builder().code(status).body(echo).build());
                failures.add(fail(client));
            }
            server.enqueue(new MockResponse.Builder()
                    .code(422)
                    .body("{\"detail\":[{\"loc\":[\"header\",\"" + TestConfigs.SECRET + "\"],\"msg\":\""
                            + TestConfigs.SECRET + "\"}]}")
                    .build());
            failures.add(fail(client));
            server.enqueue(new MockResponse.Builder()
                    .body("<html>" + TestConfigs.SECRET + "</html>")
                    .build());
            failures.add(fail(client));
            server.enqueue(new MockResponse.Builder()
                    .body(JsonBodies.messagePage(0, 50, 1, 1, 50))
                    .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                    .build());
            failures.add(fail(client));
            server.enqueue(new MockResponse.Builder()
                    .body("{}")
                    .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                    .build());
            failures.add(fail(client));
            CancelToken cancelled = new CancelToken();
            cancelled.cancel();
            failures.add(catchThrowableOfType(ApiException.class, () -> client.messages("c", 1, 20, cancelled)));
            assertThat(client.toString()).doesNotContain(TestConfigs.SECRET);
            assertThat(client.config().toString())
                    .doesNotContain(TestConfigs.SECRET)
                    .contains("ApiKey[redacted]");
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ApiConfig offline = ApiConfig.defaults("http://127.0.0.1:" + closedPort, ApiKey.of(TestConfigs.SECRET))
                .withRetryPolicy(RetryPolicy.noRetries());
        try (TelnyxClient client = new TelnyxClient(offline)) {
            failures.add(fail(client));
        }

        Set<ErrorKind> kinds = EnumSet.noneOf(ErrorKind.class);
        for (ApiException failure : failures) {
            kinds.add(failure.kind());
            assertThat(failure.getMessage()).doesNotContain(TestConfigs.SECRET);
            assertThat(failure.userMessage()).doesNotContain(TestConfigs.SECRET);
            assertThat(failure.toString()).doesNotContain(TestConfigs.SECRET);
            assertThat(LogCapture.stackTrace(failure))
                    .doesNotContain(TestConfigs.SECRET)
                    .doesNotContain("Authorization");
            failure.validationIssues()
                    .forEach(issue -> assertThat(issue.describe()).doesNotContain(TestConfigs.SECRET));
        }
        assertThat(kinds).isEqualTo(EnumSet.allOf(ErrorKind.class));
        assertThat(log.lines()).isNotEmpty();
        assertThat(log.lines())
                .allSatisfy(line ->
                        assertThat(line).doesNotContain(TestConfigs.SECRET).doesNotContain("Authorization"));
    }

    @Test
    void apiKeyNeverPrintsItself() {
        ApiKey key = ApiKey.of("  " + TestConfigs.SECRET + "\n");

        assertThat(key.toString()).isEqualTo("ApiKey[redacted]");
        assertThat(key.secret()).isEqualTo(TestConfigs.SECRET);
        assertThat(key).isEqualTo(ApiKey.of(TestConfigs.SECRET));
        assertThat(key.scrub("echo " + TestConfigs.SECRET)).isEqualTo("echo [redacted]");
    }
}
