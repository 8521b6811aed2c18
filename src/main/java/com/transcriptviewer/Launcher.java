package com.transcriptviewer;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.demo.DemoServerCommand;
import com.transcriptviewer.platform.ClassPathJavaFxWarning;
import com.transcriptviewer.platform.WindowStartFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;

/**
 * Plain {@code main}: reads the command line, runs the headless modes, and otherwise starts the JavaFX app. Kept
 * separate from {@link App} so the class-path jar starts without the JavaFX launcher's module checks.
 */
public final class Launcher {

    /** The window could not start because of the machine (no GTK 3, no display): one line on stderr says why. */
    static final int WINDOW_FAILED = 1;

    private Launcher() {}

    public static void main(String[] args) {
        // exit() also ends the demo server's and HTTP client's threads once the window is closed.
        System.exit(run(args, System.out, System.err));
    }

    /** Returns the exit status; for the window, once it has closed. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, reading {@code TELNYX_*} from {@code env}. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        StartupOptions options;
        try {
            options = CommandLine.parse(Arrays.asList(args));
        } catch (CommandLine.UsageException e) {
            err.println("transcript-viewer: " + e.getMessage());
            err.println();
            err.println(CommandLine.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(CommandLine.USAGE);
            return 0;
        }
        if (options.version()) {
            out.println("Transcript Viewer " + ApiConfig.appVersion());
            return 0;
        }
        if (options.serveDemo()) {
            try {
                DemoServerCommand.run(options.port(), out);
                return 0;
            } catch (IOException e) {
                err.println("transcript-viewer: could not start the demo server: " + e.getMessage());
                return 1;
            }
        }
        if (options.export().isPresent()) {
            return HeadlessCommands.export(options, env, out, err);
        }
        if (options.check().isPresent()) {
            return HeadlessCommands.check(options, env, out, err);
        }
        if (options.exportReviews().isPresent()) {
            return HeadlessCommands.exportReviews(options, env, out, err);
        }
        if (options.library().isPresent()) {
            return HeadlessCommands.library(options, env, out, err);
        }
        return window(args, err);
    }

    /** Starts the JavaFX app and returns once its window has closed. */
    private static int window(String[] args, PrintStream err) {
        ClassPathJavaFxWarning.hide();
        try {
            Application.launch(App.class, args);
            return 0;
        } catch (RuntimeException | Error failure) {
            // The toolkit's start fails here, on this thread, when the machine lacks what it needs.
            Optional<String> why = WindowStartFailure.explain(failure);
            if (why.isEmpty()) {
                throw failure;
            }
            err.println(why.get());
            return WINDOW_FAILED;
        }
    }
}
