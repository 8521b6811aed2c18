package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Servers close keep-alive connections that sat idle (the demo server after 30 s, proxies and load balancers after
 * their own timeouts). A client that then reuses them must not fail the user's page because every retry picked up
 * another connection that is already dead.
 */
class StaleConnectionTest {

    private static final byte[] PAGE =
            "{\"data\":[],\"meta\":{\"total_pages\":1,\"total_results\":0}}".getBytes(StandardCharsets.UTF_8);

    private final ServerSocket server = newServer();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stale-connection-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger connections = new AtomicInteger();

    private static ServerSocket newServer() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    /**
     * Each connection answers its first request (slowly, so concurrent clients open several) and keeps it alive, then
     * drops the connection when a second request arrives on it: a connection that went stale while idle in the pool.
     */
    private void serveOneAnswerPerConnection() {
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    threads.execute(() -> answerOnceThenDrop(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void answerOnceThenDrop(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            readRequestHead(in);
            Thread.sleep(150);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + PAGE.length
                            + "\r\nConnection: keep-alive\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(PAGE);
            out.flush();
            readRequestHead(in);
        } catch (IOException | InterruptedException ignored) {
            // The connection is dropped either way: that is the point.
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4
                    && bytes[n - 4] == '\r'
                    && bytes[n - 3] == '\n'
                    && bytes[n - 2] == '\r'
                    && bytes[n - 1] == '\n') {
                return;
            }
        }
        throw new IOException("closed");
    }

    @Test
    void aRetryAfterADeadPooledConnectionUsesAFreshOne() throws Exception {
        serveOneAnswerPerConnection();
        String base = "http://127.0.0.1:" + server.getLocalPort() + "/v2";
        ApiConfig config = ApiConfig.defaults(base, ApiKey.of(TestConfigs.SECRET))
                .withRetryPolicy(RetryPolicy.defaults().withJitter(() -> 1.0))
                .withSleeper(new RecordingSleeper())
                .withClock(Clock.systemUTC())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
        try (TelnyxClient client = new TelnyxClient(config)) {
            // Four pages at once leave four kept-alive connections in the pool.
            ExecutorService callers = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Page<Message>>> primed = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                int page = i;
                primed.add(callers.submit(() -> {
                    start.await();
                    return client.messages("c", page, 10, new CancelToken());
                }));
            }
            start.countDown();
            for (Future<Page<Message>> future : primed) {
                assertThat(future.get(10, TimeUnit.SECONDS).items()).isEmpty();
            }
            callers.shutdown();
            int opened = connections.get();
            assertThat(opened).as("several connections are pooled").isGreaterThanOrEqualTo(3);

            // Every pooled connection is now dead; the page must still arrive, over a new connection.
            Page<Message> page = client.messages("c", 5, 10, new CancelToken());

            assertThat(page.items()).isEmpty();
            assertThat(connections.get()).isGreaterThan(opened);
        }
    }
}
