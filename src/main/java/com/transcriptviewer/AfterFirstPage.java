package com.transcriptviewer;

import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.ui.LayoutPulses;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Runs the rest of the window's start-up once, as soon as the first page no longer needs the FX thread and the
 * cores to itself: after the frame that shows its bubbles, after it failed, when there is nothing to open, or at the
 * latest after a deadline ({@link #DEADLINE} in the window: a slow server must not leave the window without its menus). Until then the window
 * shows stand-ins for what comes later. Use on the FX thread.
 */
final class AfterFirstPage {

    /** How long the rest waits for a first page at most, counted from the first frame. */
    static final Duration DEADLINE = Duration.seconds(2);

    private final Scene scene;
    private final TranscriptViewModel transcript;
    private final Runnable rest;
    private final PauseTransition deadline;
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

    private AfterFirstPage(Scene scene, TranscriptViewModel transcript, Duration deadline, Runnable rest) {
        this.scene = scene;
        this.deadline = new PauseTransition(deadline);
        this.transcript = transcript;
        this.rest = rest;
    }

    /** Starts waiting, at most {@code deadline}; {@code rest} runs once, on the FX thread. */
    static AfterFirstPage start(Scene scene, TranscriptViewModel transcript, Duration deadline, Runnable rest) {
        AfterFirstPage gate = new AfterFirstPage(scene, transcript, deadline, rest);
        gate.listen();
        return gate;
    }

    private void listen() {
        transcript.firstPageShownProperty().addListener(onShown);
        transcript.stateProperty().addListener(onState);
        deadline.setOnFinished(e -> run());
        deadline.play();
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
        deadline.stop();
        transcript.firstPageShownProperty().removeListener(onShown);
        transcript.stateProperty().removeListener(onState);
        rest.run();
    }
}
