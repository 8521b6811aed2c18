package com.transcriptviewer;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import java.net.URI;
import java.util.Optional;

/**
 * What the app talks to: a client for the real API, or one for the built-in demo server (which it then owns).
 * The same client code serves both, so demo mode exercises the real HTTP path.
 */
final class Connection implements AutoCloseable {

    static final String DEFAULT_BASE_URL = "https://api.telnyx.com/v2";
    private static final String DEMO_KEY = "demo-key";

    private final TelnyxClient client;
    private final String label;
    private final DemoServer demoServer;

    private Connection(TelnyxClient client, String label, DemoServer demoServer) {
        this.client = client;
        this.label = label;
        this.demoServer = demoServer;
    }

    static Connection demo() throws java.io.IOException {
        DemoServer server = DemoServer.start(DemoData.generate());
        return new Connection(
                new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of(DEMO_KEY))), "demo data", server);
    }

    static Connection api(String baseUrl, ApiKey key) {
        return new Connection(new TelnyxClient(ApiConfig.defaults(baseUrl, key)), hostOf(baseUrl), null);
    }

    private static String hostOf(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? baseUrl : host;
        } catch (IllegalArgumentException e) {
            return baseUrl;
        }
    }

    TelnyxClient client() {
        return client;
    }

    /** "demo data" or the API host, for the status bar. */
    String label() {
        return label;
    }

    boolean isDemo() {
        return demoServer != null;
    }

    Optional<DemoServer> demoServer() {
        return Optional.ofNullable(demoServer);
    }

    @Override
    public void close() {
        client.close();
        if (demoServer != null) {
            demoServer.close();
        }
    }
}
