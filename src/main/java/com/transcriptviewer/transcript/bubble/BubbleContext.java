package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * What every bubble and card view-model of one transcript shares: the formatter, the executor slow formatting runs
 * on, the executor that hands results back to the FX thread, and the time format. Tests pass direct executors.
 */
public record BubbleContext(JsonFormatter formatter, Executor background, Executor fxThread, TimeFormat timeFormat) {

    public BubbleContext {
        Objects.requireNonNull(formatter, "formatter");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fxThread, "fxThread");
        Objects.requireNonNull(timeFormat, "timeFormat");
    }

    /** Production wiring: results go back through {@link Platform#runLater}. */
    public static BubbleContext onFxThread(Executor background, TimeFormat timeFormat) {
        return new BubbleContext(new JsonFormatter(), background, Platform::runLater, timeFormat);
    }
}
