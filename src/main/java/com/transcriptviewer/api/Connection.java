package com.transcriptviewer.api;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app talks to: a client for the real API, or one for the built-in demo server, which the connection then
 * owns and stops with it. The same client code serves both, so demo mode exercises the real HTTP path.
 */
public final class Connection implements AutoCloseable {

    private static final String DEMO_KEY = "demo-key";

    private final TelnyxClient client;
    private final String label;
    private final AutoCloseable demoServer;
    private final Optional<String> firstConversationId;

    private Connection(
            TelnyxClient client, String label, AutoCloseable demoServer, Optional<String> firstConversationId) {
        this.client = client;
        this.label = label;
        this.demoServer = demoServer;
        this.firstConversationId = firstConversationId;
    }

    /** The API at {@code baseUrl}, with the user's key. */
    public static Connection api(String baseUrl, ApiKey key) {
        return new Connection(
                new TelnyxClient(ApiConfig.defaults(baseUrl, key)), hostOf(baseUrl), null, Optional.empty());
    }

    /**
     * The built-in demo server at {@code baseUrl}, stopped when this connection is closed.
     *
     * @param firstConversationId the conversation a window on demo data opens when the user asked for none
     */
    public static Connection demo(String baseUrl, AutoCloseable server, String firstConversationId) {
        return new Connection(
                new TelnyxClient(ApiConfig.defaults(baseUrl, ApiKey.of(DEMO_KEY))),
                "demo data",
                Objects.requireNonNull(server, "server"),
                Optional.of(firstConversationId));
    }

    private static String hostOf(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? baseUrl : host;
        } catch (IllegalArgumentException e) {
            return baseUrl;
        }
    }

    public TelnyxClient client() {
        return client;
    }

    /** "demo data" or the API host, for the status bar. */
    public String label() {
        return label;
    }

    /** "Demo data" or the API host, for the tool bar's badge. */
    public String badge() {
        return isDemo() ? "Demo data" : label;
    }

    public boolean isDemo() {
        return demoServer != null;
    }

    /** The conversation to show when the user asked for none: the demo's first one; none for the real API. */
    public Optional<String> firstConversationId() {
        return firstConversationId;
    }

    @Override
    public void close() {
        client.close();
        if (demoServer != null) {
            try {
                demoServer.close();
            } catch (Exception e) {
                // Stopping the loopback server cannot fail in a way the user could act on.
            }
        }
    }

    @Override
    public String toString() {
        return "Connection[" + label + "]";
    }
}
