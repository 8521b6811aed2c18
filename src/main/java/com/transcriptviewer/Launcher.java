package com.transcriptviewer;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.demo.DemoServerCommand;
import com.transcriptviewer.platform.ClassPathJavaFxWarning;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import javafx.application.Application;

/**
 * Plain {@code main}: reads the command line, runs the headless modes, and otherwise starts the JavaFX app. Kept
 * separate from {@link App} so the class-path jar starts without the JavaFX launcher's module checks.
 */
public final class Launcher {

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
        ClassPathJavaFxWarning.hide();
        Application.launch(App.class, args);
        return 0;
    }
}
