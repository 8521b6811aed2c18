package com.transcriptviewer.concurrent;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The three places work can run, injected into view-models so they never block the FX thread and so tests can run
 * everything on one thread: {@code background} does I/O and heavy work, {@code fx} applies results (in the app,
 * {@code Platform::runLater}), {@code timer} runs a task on the FX side after a delay (countdowns, retries).
 */
public record FxExecutors(Executor background, Executor fx, Timer timer) {

    /** Runs a task after a delay; the returned handle cancels it. */
    @FunctionalInterface
    public interface Timer {
        Runnable schedule(Duration delay, Runnable task);
    }

    public FxExecutors {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(timer, "timer");
    }
}
