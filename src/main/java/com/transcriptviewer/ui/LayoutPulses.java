package com.transcriptviewer.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Running work once a scene has laid out its next frame (new rows measured, a window's first frame composed). */
public final class LayoutPulses {

    private LayoutPulses() {}

    /** Runs {@code work} once, at the end of the next layout pulse of {@code scene}, and asks for that pulse. */
    public static void afterNext(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
