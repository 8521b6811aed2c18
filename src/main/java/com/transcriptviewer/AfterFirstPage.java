package com.transcriptviewer;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.ui.LayoutPulses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/**
 * Runs the rest of the window's start-up once, as soon as the first page no longer needs the FX thread and the
 * cores to itself: after the frame that shows its bubbles, after it failed, when there is nothing to open, or at the
 * latest after a deadline (a slow server must not leave the window without its menus). The deadline counts from the
 * moment the connection is made, not from the first frame: until then the page cannot have been asked for, and on a
 * busy machine making it takes a while of its own; {@link #LATEST} bounds the wait should the connection never come.
 * Until then the window shows stand-ins for what comes later. Use on the FX thread.
 */
final class AfterFirstPage {

    /** How long the rest waits for a first page at most once the connection is made. */
    static final Duration DEADLINE = Duration.ofSeconds(2);
    /** How long it waits at most, counted from the first frame. */
    static final Duration LATEST = Duration.ofSeconds(8);

    private final Scene scene;
    private final TranscriptViewModel transcript;
    private final FxExecutors.Timer timer;
    private final Runnable rest;
    private final List<Runnable> timers = new ArrayList<>();
    private final ChangeListener<Boolean> onShown = (obs, was, shown) -> {
        if (shown) {
            afterItsFrame();
        }
    };
    private final ChangeListener<TranscriptState> onState = (obs, old, state) -> {
        if (state == TranscriptState.FAILED_FIRST) {
            run();
        }
    };
    private boolean done;

    private AfterFirstPage(Scene scene, TranscriptViewModel transcript, FxExecutors.Timer timer, Runnable rest) {
        this.scene = scene;
        this.transcript = transcript;
        this.timer = timer;
        this.rest = rest;
    }

    /**
     * Starts waiting; {@code rest} runs once, on the FX thread.
     *
     * @param connected completes (either way) once the connection is made or could not be: the deadline starts then
     * @param timer     runs the deadlines on the FX thread
     */
    static AfterFirstPage start(
            Scene scene,
            TranscriptViewModel transcript,
            CompletionStage<?> connected,
            FxExecutors.Timer timer,
            Runnable rest) {
        AfterFirstPage gate = new AfterFirstPage(scene, transcript, timer, rest);
        gate.listen(connected);
        return gate;
    }

    private void listen(CompletionStage<?> connected) {
        transcript.firstPageShownProperty().addListener(onShown);
        transcript.stateProperty().addListener(onState);
        timers.add(timer.schedule(LATEST, this::run));
        connected.whenComplete((made, failed) -> Platform.runLater(() -> {
            if (!done) {
                timers.add(timer.schedule(DEADLINE, this::run));
            }
        }));
        if (transcript.firstPageShownProperty().get()) {
            afterItsFrame();
        } else if (transcript.stateProperty().get() == TranscriptState.FAILED_FIRST) {
            run();
        }
    }

    /** Nothing will be opened at start (no conversation to show): the rest need not wait. */
    void nothingToOpen() {
        if (transcript.stateProperty().get() == TranscriptState.EMPTY) {
            run();
        }
    }

    private void afterItsFrame() {
        // The bubbles are in the list: the rest follows the pulse that lays them out.
        LayoutPulses.afterNext(scene, () -> Platform.runLater(this::run));
    }

    /** Runs the rest now, if it has not run (the window closing, say). */
    void run() {
        if (done) {
            return;
        }
        done = true;
        timers.forEach(Runnable::run);
        timers.clear();
        transcript.firstPageShownProperty().removeListener(onShown);
        transcript.stateProperty().removeListener(onState);
        rest.run();
    }
}
