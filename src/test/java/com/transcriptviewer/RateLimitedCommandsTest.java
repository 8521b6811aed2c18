package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.export.ExportCommand;
import com.transcriptviewer.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API that rate-limits a conversation's messages for longer than the client's own retries, each time naming its
 * wait ({@code Retry-After}): the window's transcript waits it out and asks again (see {@code TranscriptViewModelTest}),
 * and so do {@code --export} and {@code --check}, saying so on stderr, instead of giving up.
 */
class RateLimitedCommandsTest {

    private static final String ID = "9a41d6e2-5c3b-4f87-8e1d-0b7c2a9f6e15";
    private static final String WAIT_LINE = "transcript-viewer: rate-limited by the API; retrying in 1 s.";
    private static final String PAGE = "{\"data\":["
            + "{\"role\":\"user\",\"text\":\"I'd like to book a cleaning.\",\"created_at\":\"2025-03-14T13:05:13Z\","
            + "\"metadata\":{}},"
            + "{\"role\":\"assistant\",\"text\":\"Tuesday at ten works.\",\"created_at\":\"2025-03-14T13:05:15Z\","
            + "\"metadata\":{}}],"
            + "\"meta\":{\"total_pages\":1,\"total_results\":2,\"page_number\":1,\"page_size\":100}}";

    @TempDir
    Path folder;

    private final MockWebServer api = new MockWebServer();
    /** Message requests still to be answered 429: one more than the client's own two retries. */
    private final AtomicInteger limited = new AtomicInteger(3);

    private final AtomicInteger messageRequests = new AtomicInteger();

    @BeforeEach
    void startApi() throws IOException {
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!request.getUrl().encodedPath().endsWith("/messages")) {
                    return json(404, "{\"errors\":[{\"code\":\"10005\",\"title\":\"Resource not found\"}]}");
                }
                messageRequests.incrementAndGet();
                if (limited.getAndDecrement() > 0) {
                    return new MockResponse.Builder()
                            .code(429)
                            .addHeader("Content-Type", "application/json")
                            .addHeader("Retry-After", "1")
                            .body("{\"errors\":[{\"code\":\"10011\",\"title\":\"Too many requests\"}]}")
                            .build();
                }
                return json(200, PAGE);
            }
        });
        api.start();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** Runs the command line against the stand-in server. */
    private CommandRun launch(String... args) {
        String[] withServer = new String[args.length + 2];
        withServer[0] = "--base-url";
        withServer[1] = api.url("/v2").toString();
        System.arraycopy(args, 0, withServer, 2, args.length);
        return CommandRun.launch(Map.of("TELNYX_API_KEY", "KEY0123456789abcdef"), withServer);
    }

    @Test
    void exportWaitsOutTheRateLimitAndWritesEveryMessage() throws Exception {
        Path file = folder.resolve("call.json");

        CommandRun run = launch("--export", ID, "--out", file.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(ExportCommand.OK);
        assertThat(run.err().lines().toList()).isNotEmpty().allMatch(WAIT_LINE::equals);
        List<Message> written =
                WireFormat.shared().parseMessagePage(Files.readAllBytes(file)).items();
        assertThat(written)
                .extracting(Message::text)
                .containsExactly("I'd like to book a cleaning.", "Tuesday at ten works.");
        assertThat(messageRequests.get())
                .as("asked again after the client's own retries")
                .isEqualTo(4);
    }

    @Test
    void checkWaitsOutTheRateLimitAndChecksTheConversation() {
        CommandRun run = launch("--check", ID);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines().toList()).isNotEmpty().allMatch(WAIT_LINE::equals);
        assertThat(run.out()).startsWith(ID + ": 0 tool calls, 0 with problems.");
        assertThat(messageRequests.get()).isEqualTo(4);
    }

    /** A rate limit that names no wait is not waited for: the command ends, as the window waits for Retry. */
    @Test
    void aRateLimitWithoutAWaitStillEndsTheCommand() {
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return json(429, "{\"errors\":[{\"code\":\"10011\",\"title\":\"Too many requests\"}]}");
            }
        });

        CommandRun run =
                launch("--export", ID, "--out", folder.resolve("call.json").toString());

        assertThat(run.status()).isEqualTo(ExportCommand.LOAD_FAILED);
        assertThat(run.err()).startsWith("transcript-viewer: could not load conversation " + ID + ": ");
        assertThat(run.err().lines()).hasSize(1);
    }
}
