package com.transcriptviewer;

import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.platform.Logging;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.ui.LayoutPulses;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the {@link Desktop} for the real environment and shows it. */
public final class App extends Application {

    private static final int FIRST_PAGE_TIMEOUT_SECONDS = 60;
    /**
     * {@code -Dtranscriptviewer.probe=first-frame}: start-up timing (see {@link #probeFirstFrame}). It ships because the
     * installer check times the installed app itself, which no test code reaches.
     */
    static final String PROBE_PROPERTY = "transcriptviewer.probe";

    private Desktop desktop;
    private CompletableFuture<Logging> logging = CompletableFuture.completedFuture(null);

    @Override
    public void start(Stage stage) throws Exception {
        StartupOptions options = CommandLine.parse(getParameters().getRaw());
        AppDirs dirs = AppDirs.forCurrentUser();
        // The log file (a lock file, a rotating handler) is opened beside the window's construction, not before it.
        logging = CompletableFuture.supplyAsync(() -> installLogging(dirs));
        desktop = new Desktop(options, System.getenv(), dirs);
        Scene scene = desktop.show(stage);
        // Registered first, so that the time is read as soon as the frame is laid out, before the work that follows.
        if ("first-frame".equals(System.getProperty(PROBE_PROPERTY))) {
            probeFirstFrame(scene);
        }
        // The first frame has no icons and none of the heavy libraries: they are loaded on background threads
        // once it is laid out, while the FX thread builds the controls that need them.
        boolean privacyOn = desktop.transcript().mask().get().isActive();
        LayoutPulses.afterNext(scene, () -> StartupWarmUp.start(privacyOn));
        desktop.panesShownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                StartupWarmUp.afterFirstPage();
            }
        });
        if (options.exitAfterFirstPage()) {
            exitOnceFirstPageIsShown(scene);
        }
    }

    /**
     * Prints {@code FIRST_FRAME_MS <ms since the JVM started>} at the first pulse that has laid out the shown window,
     * then exits with status 0. The benchmark compares it with a one-label window started the same way. It exits
     * from that pulse, before the work queued for after the first frame (bars, panes), so that a run timed as a
     * whole process (the installer check) also ends at the first frame.
     */
    private void probeFirstFrame(Scene scene) {
        LayoutPulses.afterNext(scene, () -> {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            exit(0, "FIRST_FRAME_MS " + uptime);
        });
    }

    /**
     * For installer checks and the start-up benchmark: status 0 once the first page is laid out on screen, printing
     * {@code FIRST_PAGE_MS <ms since the JVM started>} as read at that pulse; 1 on an error or after a minute.
     */
    private void exitOnceFirstPageIsShown(Scene scene) {
        desktop.transcript().firstPageShownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                // Wait for the pulse that lays out the new rows, then leave.
                LayoutPulses.afterNext(scene, () -> {
                    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                    Platform.runLater(() -> exit(0, "FIRST_PAGE_MS " + uptime + " (first transcript page shown)"));
                });
            }
        });
        desktop.transcript().stateProperty().addListener((obs, old, state) -> {
            if (state == TranscriptState.FAILED_FIRST) {
                exit(
                        1,
                        "First page failed: "
                                + desktop.transcript().errorMessageProperty().get());
            }
        });
        AppThreads.start(
                "first-page-watchdog",
                () -> {
                    try {
                        Thread.sleep(FIRST_PAGE_TIMEOUT_SECONDS * 1000L);
                        exit(1, "No transcript page within " + FIRST_PAGE_TIMEOUT_SECONDS + " s.");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                false);
    }

    private void exit(int status, String reason) {
        (status == 0 ? System.out : System.err).println(reason);
        stop();
        System.exit(status);
    }

    @Override
    public void stop() {
        if (desktop != null) {
            desktop.close();
        }
        Logging installed = logging.join();
        if (installed != null) {
            installed.close();
        }
    }

    private static Logging installLogging(AppDirs dirs) {
        try {
            return Logging.install(dirs.logDir());
        } catch (IOException e) {
            // Logs are for support; the app works without them.
            System.err.println("Logging to files is off: " + e.getMessage());
            return null;
        }
    }
}
