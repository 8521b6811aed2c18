package com.transcriptviewer.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for start-up time: a one-label JavaFX window the size of the app's, which prints
 * {@code FIRST_FRAME_MS <ms since JVM start>} at its first laid-out pulse and exits, exactly like the app's probe.
 * A plain {@code main} launches it, as {@code Launcher} launches the app, so the class path starts it the same way.
 */
public final class MinimalWindowProbe {

    private MinimalWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Transcript Viewer"), 1200, 800);
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
