package com.transcriptviewer.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for start-up time: a one-label JavaFX window the size of the app's. It prints
 * {@code FIRST_FRAME_MS <ms since the JVM started>} at its first laid-out pulse and exits, exactly as the app does
 * with {@code -Dtranscriptviewer.probe=first-frame}, so the two can be compared in the same run (the benchmarks
 * start it from the class path, the installer check with the installed runtime).
 */
public final class MinimalWindowProbe {

    private MinimalWindowProbe() {}

    /** A plain {@code main}, as the app's launcher has, so it starts from the class path as well. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Transcript Viewer"), 1200, 800);
            stage.setTitle("Start-up probe");
            stage.setScene(scene);
            stage.show();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                Platform.runLater(() -> {
                    System.out.println("FIRST_FRAME_MS " + uptime);
                    System.exit(0);
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }
    }
}
