package com.transcriptviewer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoServerCommandTest {

    private static final Pattern FIRST_LINE =
            Pattern.compile("^Demo API server listening on (http://127\\.0\\.0\\.1:(\\d+)/v2)\\R");

    @Test
    void printsTheBaseUrlServesAndStopsWhenInterrupted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread command = new Thread(
                () -> {
                    try {
                        DemoServerCommand.run(0, out);
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                },
                "serve-demo-test");
        command.start();

        String printed = awaitOutput(bytes, "Press Ctrl+C to stop.");
        Matcher first = FIRST_LINE.matcher(printed);
        assertThat(first.find()).as(printed).isTrue();
        int port = Integer.parseInt(first.group(2));
        assertThat(printed)
                .contains("curl -H 'Authorization: Bearer demo'")
                .contains(DemoData.SMS_CHAT_ID)
                .contains(DemoData.QA_EDGE_CASES_ID)
                .contains("1200 messages");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(first.group(1) + "/ai/conversations"))
                                .header("Authorization", "Bearer demo")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);

        command.interrupt();
        command.join(Duration.ofSeconds(5).toMillis());

        assertThat(command.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(refusesConnections(port))
                .as("port %d no longer listening", port)
                .isTrue();
    }

    /** Whether connecting to the port is refused, asked a few times: a closed listener may take a moment to go. */
    private static boolean refusesConnections(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                Thread.sleep(100);
            } catch (ConnectException refused) {
                return true;
            } catch (java.io.IOException other) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private static String awaitOutput(ByteArrayOutputStream bytes, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (text.contains(marker)) {
                return text;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no banner within 10 s: " + bytes.toString(StandardCharsets.UTF_8));
    }
}
