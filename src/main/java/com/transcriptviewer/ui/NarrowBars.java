package com.transcriptviewer.ui;

import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Bars of controls in a window narrower than all their controls (the window's minimum is 720 px): instead of
 * widening the window's content past its edge, which would cut off the transcript and the status bar, the bar itself
 * gives way and hides what does not fit at its end.
 */
public final class NarrowBars {

    private NarrowBars() {}

    public static void clipWhenNarrow(Region bar) {
        bar.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(bar.widthProperty());
        clip.heightProperty().bind(bar.heightProperty());
        bar.setClip(clip);
    }
}
