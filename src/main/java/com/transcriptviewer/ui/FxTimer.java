package com.transcriptviewer.ui;

import com.transcriptviewer.concurrent.FxExecutors;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** {@link FxExecutors.Timer} on the FX thread, with a {@link PauseTransition} (no extra thread, stops with the app). */
public final class FxTimer implements FxExecutors.Timer {

    @Override
    public Runnable schedule(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> task.run());
        if (Platform.isFxApplicationThread()) {
            pause.play();
        } else {
            Platform.runLater(pause::play);
        }
        return pause::stop;
    }
}
