package com.transcriptviewer;

import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.export.ConversationExporter;
import com.transcriptviewer.export.ExportCommand;
import com.transcriptviewer.export.ExportRequest;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.settings.BaseUrls;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code --export} without a window (the JavaFX toolkit is never started): connects to the API with
 * {@code TELNYX_API_KEY}, or to the built-in demo server with {@code --demo}, and runs the {@link ExportCommand}.
 * Ctrl+C cancels it cleanly: the temporary file is deleted before the JVM exits.
 */
final class HeadlessExport {

    private static final String PREFIX = "transcript-viewer: ";

    private HeadlessExport() {}

    static int run(
            StartupOptions options, ExportRequest request, Map<String, String> env, PrintStream out, PrintStream err) {
        String key = env.get("TELNYX_API_KEY");
        boolean demo = options.forceDemo();
        if (!demo && (key == null || key.isBlank())) {
            err.println(PREFIX + "--export needs an API key: set TELNYX_API_KEY, or add --demo to export from the"
                    + " built-in demo data.");
            return 2;
        }
        Optional<String> baseUrl = baseUrl(options, env);
        if (baseUrl.isEmpty()) {
            err.println(PREFIX + "TELNYX_BASE_URL " + env.get("TELNYX_BASE_URL") + ": "
                    + BaseUrls.problem(env.get("TELNYX_BASE_URL")).orElse("not usable"));
            return 2;
        }
        Connection connection;
        try {
            connection = demo ? Connection.demo() : Connection.api(baseUrl.get(), ApiKey.of(key));
        } catch (IOException e) {
            err.println(PREFIX + "could not start the demo server: " + e.getMessage());
            return ExportCommand.LOAD_FAILED;
        }
        CancelToken cancel = new CancelToken();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(
                () -> {
                    cancel.cancel();
                    try {
                        // Give the export a moment to delete its temporary file before the JVM goes.
                        finished.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "export-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try (connection) {
            SecretScrubber secrets = new SecretScrubber(key == null ? List.of() : List.of(key));
            return new ExportCommand(
                            connection.client(),
                            new ConversationExporter(ZoneId.systemDefault(), Clock.systemDefaultZone()),
                            secrets)
                    .run(request, cancel, out, err);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException exiting) {
                // Already shutting down: the hook is running and has just been released.
            }
        }
    }

    /** Command line, then {@code TELNYX_BASE_URL}, then the default; empty when the environment's URL is unsafe. */
    private static Optional<String> baseUrl(StartupOptions options, Map<String, String> env) {
        if (options.baseUrl().isPresent()) {
            return options.baseUrl();
        }
        String fromEnv = env.get("TELNYX_BASE_URL");
        if (fromEnv == null || fromEnv.isBlank()) {
            return Optional.of(Connection.DEFAULT_BASE_URL);
        }
        return BaseUrls.problem(fromEnv).isEmpty() ? Optional.of(fromEnv.strip()) : Optional.empty();
    }
}
