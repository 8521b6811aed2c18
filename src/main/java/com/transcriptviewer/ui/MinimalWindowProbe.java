package com.transcriptviewer.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The smallest JavaFX window: one label. Started with the installed runtime, it gives the baseline against which
 * the app's own start-up time is judged (the cost of the JVM and JavaFX themselves). Prints
 * {@code first_frame_ms <n>}, the time from the process start to the first frame drawn after the window was shown,
 * then exits.
 */
public final class MinimalWindowProbe extends Application {

    public static void main(String[] args) {
        launch(MinimalWindowProbe.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Transcript Viewer start-up probe"), 320, 120);
        stage.setTitle("Start-up probe");
        stage.setScene(scene);
        // The first pulse after showing is the first frame with the window's content.
        Runnable onFirstPulse = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    System.out.println("first_frame_ms " + millisSinceProcessStart());
                    Platform.exit();
                });
            }
        };
        stage.setOnShown(event -> scene.addPostLayoutPulseListener(onFirstPulse));
        stage.show();
    }

    /** From the operating system's record of the process start, so JVM boot time is included. */
    static long millisSinceProcessStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow(
                () -> new IllegalStateException("The operating system does not report process start times"));
        return Duration.between(started, Instant.now()).toMillis();
    }
}
