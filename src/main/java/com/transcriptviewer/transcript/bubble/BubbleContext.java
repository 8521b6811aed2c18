package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * What every bubble and card view-model of one transcript shares: the formatter, the executor slow formatting runs
 * on, the executor that hands results back to the FX thread, the time format, and the mask texts are shown through
 * (privacy mode). Tests pass direct executors.
 */
public record BubbleContext(
        JsonFormatter formatter, Executor background, Executor fxThread, TimeFormat timeFormat, CurrentMask mask) {

    public BubbleContext {
        Objects.requireNonNull(formatter, "formatter");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fxThread, "fxThread");
        Objects.requireNonNull(timeFormat, "timeFormat");
        Objects.requireNonNull(mask, "mask");
    }

    /** Texts shown as they are, through a mask of their own that nothing else sets. */
    public BubbleContext(JsonFormatter formatter, Executor background, Executor fxThread, TimeFormat timeFormat) {
        this(formatter, background, fxThread, timeFormat, new CurrentMask());
    }

    /** Production wiring: results go back through {@link Platform#runLater}. */
    public static BubbleContext onFxThread(Executor background, TimeFormat timeFormat, CurrentMask mask) {
        return new BubbleContext(new JsonFormatter(), background, Platform::runLater, timeFormat, mask);
    }
}
