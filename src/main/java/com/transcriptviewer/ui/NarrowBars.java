package com.transcriptviewer.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/**
 * Bars of controls in a window narrower than all their controls (the window's minimum is 720 px): instead of
 * widening the window's content past its edge, which would cut off the transcript and the status bar, the bar itself
 * gives way and hides what does not fit at its end. Controls that have a key of their own can make way earlier, so
 * that those at the bar's end stay in sight.
 */
public final class NarrowBars {

    private NarrowBars() {}

    public static void clipWhenNarrow(javafx.scene.layout.Region bar) {
        bar.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(bar.widthProperty());
        clip.heightProperty().bind(bar.heightProperty());
        bar.setClip(clip);
    }

    /**
     * Hides {@code droppable} (nodes somewhere inside {@code bar}) while {@code bar} is narrower than the minimum
     * widths of everything it shows, them included, and shows them again once it is wide enough. Whether they fit
     * does not depend on whether they are shown, so they do not flicker at the edge.
     */
    public static void dropWhenShort(HBox bar, List<? extends Node> droppable) {
        Runnable fit = () -> {
            double dropped = droppable.stream()
                    .filter(node -> !node.isManaged())
                    .mapToDouble(node -> node.prefWidth(-1))
                    .sum();
            boolean fits = bar.getWidth() >= needed(bar) + dropped;
            for (Node node : droppable) {
                node.setVisible(fits);
                node.setManaged(fits);
            }
        };
        bar.widthProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }

    /** The room {@code bar}'s shown children need at their minimum widths, with the gaps and the bar's insets. */
    private static double needed(HBox bar) {
        List<Node> shown = bar.getChildren().stream().filter(Node::isManaged).toList();
        double width = bar.snappedLeftInset() + bar.snappedRightInset();
        width += bar.snapSpaceX(bar.getSpacing()) * Math.max(0, shown.size() - 1);
        for (Node child : shown) {
            width += child.minWidth(-1);
        }
        return width;
    }
}
