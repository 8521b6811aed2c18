package com.transcriptviewer.shell;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Stand-in for the split pane in the window's first frame: the conversation list's and the transcript's spaces and
 * the divider between them, where the split pane will put them, with the split pane's style classes. A split pane
 * brings its skin, divider handles and listeners, a visible part of that frame's time; {@link MainView#setPanes}
 * puts the real one in its place with the panes, right after the first frame.
 */
final class PanesPlaceholder extends Pane {

    private final double dividerPosition;
    private final Region list = new Region();
    private final Region divider = new Region();
    private final Region transcript = new Region();

    /** {@code dividerPosition}: the share of the width left of the divider's centre, as {@code SplitPane} takes it. */
    PanesPlaceholder(double dividerPosition) {
        this.dividerPosition = dividerPosition;
        getStyleClass().add("split-pane");
        list.getStyleClass().addAll("pane-placeholder", "list-placeholder");
        divider.getStyleClass().add("split-pane-divider");
        transcript.getStyleClass().add("pane-placeholder");
        getChildren().setAll(list, divider, transcript);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double dividerWidth = snapSizeX(divider.prefWidth(height));
        double dividerX = snapPositionX(width * dividerPosition - dividerWidth / 2);
        list.resizeRelocate(0, 0, dividerX, height);
        divider.resizeRelocate(dividerX, 0, dividerWidth, height);
        transcript.resizeRelocate(dividerX + dividerWidth, 0, Math.max(0, width - dividerX - dividerWidth), height);
    }
}
