package com.transcriptviewer;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.settings.SettingsStore;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.TranscriptSource;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every headless command shares (the JavaFX toolkit is never started): the start-up configuration, a
 * connection to the API with {@code TELNYX_API_KEY} or to the built-in demo server with {@code --demo}, the app's
 * threads and its one conversation loader, and Ctrl+C, which cancels the command cleanly before the JVM exits.
 */
final class HeadlessSession {

    static final String PREFIX = "transcript-viewer: ";
    /** A usage problem (no key, an unusable base URL): the command line must change. */
    static final int USAGE = 2;
    /** The connection could not be made. */
    static final int NOT_CONNECTED = 3;

    /** A command's work, given what it needs; returns the exit status. */
    @FunctionalInterface
    interface Command {
        int run(Session session);
    }

    /**
     * @param api     conversations from the API (or the demo server); empty for a command that reads only files
     * @param loader  the one conversation loader, on the session's threads
     * @param secrets the keys nothing written may contain
     * @param cancel  fires on Ctrl+C
     */
    record Session(
            Optional<TranscriptSource> api, ConversationLoader loader, SecretScrubber secrets, CancelToken cancel) {}

    private HeadlessSession() {}

    /**
     * Runs {@code command} in a session for {@code name} ("--export"); a missing key or an unusable base URL is one
     * line on {@code err} and {@value #USAGE}.
     *
     * @param withDemo what {@code --demo} would let the command do, for that line: "export from"
     * @param needsApi false for a command that reads only files: it needs no key and gets no connection
     */
    static int run(
            String name,
            String withDemo,
            StartupOptions options,
            Map<String, String> env,
            PrintStream err,
            boolean needsApi,
            Command command) {
        if (!needsApi) {
            return withThreadsAndCtrlC(Optional.empty(), new SecretScrubber(List.of()), command);
        }
        StartupConfig config = StartupConfig.of(options, env);
        if (!config.demoForced() && config.environmentKey().isEmpty()) {
            err.println(PREFIX + name + " needs an API key: set TELNYX_API_KEY, or add --demo to " + withDemo
                    + " the built-in demo data.");
            return USAGE;
        }
        Optional<String> problem = config.environmentBaseUrlProblem();
        if (problem.isPresent()) {
            err.println(PREFIX + problem.get());
            return USAGE;
        }
        // The credential store is the window's: a pipeline passes its key in the environment.
        Connector connector = new Connector(config, Optional::empty, Connector::startDemoServer);
        // The base URL as the window takes it: --base-url, then TELNYX_BASE_URL, then the one Settings name. Only
        // read: a settings file that cannot be read is the window's to deal with.
        String saved = new SettingsStore(AppDirs.forCurrentUser(env).configDir(), Clock.systemDefaultZone())
                .peek()
                .baseUrl();
        Connection connection;
        try {
            connection = connector.connect(config.demoForced(), config.baseUrl(saved));
        } catch (IOException e) {
            err.println(PREFIX + "could not start the demo server: " + e.getMessage());
            return NOT_CONNECTED;
        }
        try (connection) {
            return withThreadsAndCtrlC(
                    Optional.of(new ApiTranscriptSource(connection)), connector.exportSecrets(), command);
        }
    }

    /**
     * Runs {@code command} on threads of its own; Ctrl+C cancels it cleanly before the JVM exits. Meanwhile only
     * severe log records reach the console: a headless command's stderr holds its own plain lines, not the libraries'
     * progress (the review database's migrations) or warnings the command says again in its own words.
     */
    private static int withThreadsAndCtrlC(Optional<TranscriptSource> api, SecretScrubber secrets, Command command) {
        Handler[] handlers = Logger.getLogger("").getHandlers();
        Level[] handlerLevels = new Level[handlers.length];
        for (int i = 0; i < handlers.length; i++) {
            handlerLevels[i] = handlers[i].getLevel();
            if (handlers[i] instanceof ConsoleHandler) {
                handlers[i].setLevel(Level.SEVERE);
            }
        }
        try {
            return withThreads(api, secrets, command);
        } finally {
            // The same JVM may go on (tests run commands in-process): logging is left as it was found.
            for (int i = 0; i < handlers.length; i++) {
                handlers[i].setLevel(handlerLevels[i]);
            }
        }
    }

    private static int withThreads(Optional<TranscriptSource> api, SecretScrubber secrets, Command command) {
        CancelToken cancel = new CancelToken();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(
                () -> {
                    cancel.cancel();
                    try {
                        // Give the command a moment to delete its temporary file before the JVM goes.
                        finished.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "headless-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try (AppThreads threads = new AppThreads()) {
            return command.run(new Session(api, new ConversationLoader(threads.background()), secrets, cancel));
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException exiting) {
                // Already shutting down: the hook is running and has just been released.
            }
        }
    }
}
