package com.transcriptviewer;

import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.platform.Logging;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes connections: to the API with the key that wins ({@code TELNYX_API_KEY}, else the saved one), or to a
 * built-in demo server when there is no key or {@code --demo} asks for it. Registers each key with the log's
 * redaction before it is used. Blocking (the credential store, the demo server's start): call it off the FX thread.
 */
final class Connector {

    /** Starts a demo server; the app's starts a fresh one on a free loopback port, tests may hand in their own. */
    @FunctionalInterface
    interface DemoServers {
        DemoServer start() throws IOException;
    }

    private final StartupConfig config;
    private final Supplier<Optional<String>> savedKey;
    private final DemoServers demoServers;

    /** @param savedKey the key kept in the OS credential store (may block); empty for the headless commands */
    Connector(StartupConfig config, Supplier<Optional<String>> savedKey, DemoServers demoServers) {
        this.config = Objects.requireNonNull(config, "config");
        this.savedKey = Objects.requireNonNull(savedKey, "savedKey");
        this.demoServers = Objects.requireNonNull(demoServers, "demoServers");
    }

    /** The demo server the app runs on demo data: the generated conversations, on a free port. */
    static DemoServer startDemoServer() throws IOException {
        return DemoServer.start(DemoData.generate());
    }

    /**
     * The conversation a window on demo data opens when the user asked for none, if it is known before connecting
     * (demo data asked for): it can then be asked for while the demo server starts.
     */
    Optional<String> demoFirstConversation() {
        return config.demoForced() ? Optional.of(DemoData.APPOINTMENT_BOOKING_ID) : Optional.empty();
    }

    /** The key that wins: {@code TELNYX_API_KEY}, else the saved one. Blocks on the credential store. */
    Optional<String> currentKey() {
        Optional<String> fromEnv = config.environmentKey();
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        return savedKey.get().map(String::strip).filter(key -> !key.isEmpty());
    }

    /** A connection to {@code baseUrl} with the current key, or to the demo server when demo or keyless. */
    Connection connect(boolean demo, String baseUrl) throws IOException {
        Optional<String> key = demo ? Optional.empty() : currentKey();
        if (key.isEmpty()) {
            DemoServer server = demoServers.start();
            return Connection.demo(server.baseUrl(), server, DemoData.APPOINTMENT_BOOKING_ID);
        }
        Logging.registerSecret(key.get());
        return Connection.api(baseUrl, ApiKey.of(key.get()));
    }

    /** The keys an export must never contain: the one in the environment and the saved one. Blocks on the store. */
    SecretScrubber exportSecrets() {
        List<String> keys = new ArrayList<>();
        config.environmentKey().ifPresent(keys::add);
        savedKey.get().ifPresent(keys::add);
        return new SecretScrubber(keys);
    }
}
