package com.transcriptviewer.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback HTTP server that answers like the Telnyx AI conversations API, serving {@link DemoData}. The app runs
 * it in demo mode and talks to it with the same client it uses for the real API; tests and benchmarks run it with
 * injected {@link DemoFaults}. Requests are handled on a pool of threads, so parallel page fetches really overlap.
 */
public final class DemoServer implements AutoCloseable {

    /** Enough handler threads for a client fetching pages eight at a time plus a few stragglers. */
    static final int HANDLER_THREADS = 16;

    private static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService handlers;
    private final DemoApi api;
    private final DemoData data;
    private final AtomicReference<FaultPlan> faultPlan;
    private final AtomicInteger requestCount = new AtomicInteger();
    private final List<String> requests = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoServer(HttpServer server, ExecutorService handlers, DemoData data, DemoFaults faults) {
        this.server = server;
        this.handlers = handlers;
        this.data = data;
        this.api = new DemoApi(data);
        this.faultPlan = new AtomicReference<>(new FaultPlan(faults));
    }

    /** Starts on a free port without faults. */
    public static DemoServer start(DemoData data) throws IOException {
        return start(data, 0, DemoFaults.NONE);
    }

    /**
     * Starts on 127.0.0.1.
     *
     * @param port the port to listen on, or 0 for any free port
     */
    public static DemoServer start(DemoData data, int port, DemoFaults faults) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(faults, "faults");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535: " + port);
        }
        disableNagleUnlessConfigured();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer httpServer = HttpServer.create(new InetSocketAddress(loopback, port), 128);
        ExecutorService handlers = Executors.newFixedThreadPool(HANDLER_THREADS, handlerThreads());
        DemoServer demo = new DemoServer(httpServer, handlers, data, faults);
        httpServer.createContext("/", demo::handle);
        httpServer.setExecutor(handlers);
        httpServer.start();
        return demo;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:54321/v2}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v2";
    }

    public DemoData data() {
        return data;
    }

    public DemoFaults faults() {
        return faultPlan.get().faults();
    }

    /** Changes the injected faults for the requests that arrive from now on; the random sequence restarts. */
    public void setFaults(DemoFaults faults) {
        faultPlan.set(new FaultPlan(Objects.requireNonNull(faults, "faults")));
    }

    /** How many requests arrived since start (or since {@link #clearRequests()}). */
    public int requestCount() {
        return requestCount.get();
    }

    /** Path and query of each request received, as sent on the wire (still percent-encoded), in arrival order. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * Every recording download link handed out so far is refused from now on, as an expired one is: the client must
     * ask for a fresh link. Links are also refused once a minute has passed, as Telnyx's expire.
     */
    public void expireRecordingLinks() {
        api.recordings().refuseLinksIssuedSoFar();
    }

    public void clearRequests() {
        synchronized (requests) {
            requests.clear();
            requestCount.set(0);
        }
    }

    /** Stops listening, drops open connections and stops the handler threads, without waiting for requests. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        handlers.shutdownNow();
        try {
            handlers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            URI uri = exchange.getRequestURI();
            remember(uri);
            FaultPlan plan = faultPlan.get();
            pause(plan.faults().latencyMillis());
            FaultPlan.Outcome outcome = plan.draw();
            DemoResponse response = switch (outcome) {
                case SERVER_ERROR -> api.serverError();
                case RATE_LIMITED -> api.rateLimited(plan.faults().retryAfterSeconds());
                default -> answer(exchange, uri);
            };
            if (outcome == FaultPlan.Outcome.DROP_CONNECTION) {
                sendCutShort(exchange, response);
            } else {
                send(exchange, response);
            }
        } finally {
            exchange.close();
        }
    }

    private DemoResponse answer(HttpExchange exchange, URI uri) {
        try {
            return api.answer(
                    exchange.getRequestMethod(),
                    uri.getRawPath(),
                    uri.getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    "http://127.0.0.1:" + port());
        } catch (RuntimeException e) {
            // A bug in the demo must look like a server fault to the client, never hang the request.
            return api.serverError();
        }
    }

    private void remember(URI uri) {
        // A recording link's query is its signature, a secret even here: only its path is noted.
        String target = uri.getRawQuery() == null || RecordingRoutes.isDownload(uri.getRawPath())
                ? uri.getRawPath()
                : uri.getRawPath() + "?" + uri.getRawQuery();
        synchronized (requests) {
            requests.add(target);
            requestCount.incrementAndGet();
        }
    }

    private static void pause(long millis) throws InterruptedIOException {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("server closing");
        }
    }

    private static void send(HttpExchange exchange, DemoResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON_CONTENT_TYPE);
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(response.body());
        }
    }

    /**
     * Announces the full Content-Length, sends half the body and closes the connection: what a client sees when a
     * proxy or the network dies mid-response. Closing a fixed-length body early makes the JDK server throw; letting
     * that exception leave the handler is what makes it close the socket instead of waiting for more bytes.
     */
    private static void sendCutShort(HttpExchange exchange, DemoResponse response) throws IOException {
        byte[] body = response.body();
        exchange.getResponseHeaders().set("Content-Type", JSON_CONTENT_TYPE);
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        out.close();
    }

    /**
     * The JDK server writes headers and body as two segments; with Nagle's algorithm on, the body waits for the
     * client's delayed ACK (about 40 ms a response), which made paging 10,000 messages three times slower. The
     * server reads this property once, when the first one is created; a value set by the user is left alone.
     */
    private static void disableNagleUnlessConfigured() {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private static ThreadFactory handlerThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "demo-api-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
