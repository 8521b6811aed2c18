package com.transcriptviewer.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;

/**
 * The transcript's body with panes on its right that features add (the message details, the conversation's
 * insights), each shown while its feature says it is open. Open panes share one column, stacked in the order they
 * were added, so a second pane takes height from the first rather than width from the transcript. The column's
 * divider stays where the user left it; a pane is built the first time it opens, so a window that never shows it
 * pays nothing for it.
 */
public final class SidePanes extends SplitPane {

    private final Node body;
    private final TranscriptView view;
    private final SplitPane column = new SplitPane();
    private final List<Pane> panes = new ArrayList<>();
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    /** Where the user left the column's divider; until then, the column opens at its panes' preferred width. */
    private double columnDivider = -1;

    private SidePanes(TranscriptView view) {
        this.view = view;
        this.body = Objects.requireNonNull(view.getCenter(), "the transcript's body");
        getStyleClass().add("side-panes");
        column.setOrientation(Orientation.VERTICAL);
        column.getStyleClass().add("side-column");
        SplitPane.setResizableWithParent(column, false);
        getItems().add(body);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                shortcuts.keySet().forEach(old.getAccelerators()::remove);
            }
            if (scene != null) {
                scene.getAccelerators().putAll(shortcuts);
            }
        });
    }

    /** The side panes of {@code view}, put around its body the first time they are asked for. */
    public static SidePanes of(TranscriptView view) {
        if (view.getCenter() instanceof SidePanes existing) {
            return existing;
        }
        SidePanes panes = new SidePanes(view);
        view.setCenter(panes);
        return panes;
    }

    /**
     * Adds a pane, shown while {@code open} is true and built by {@code build} the first time it is; {@code toggle}
     * shows and hides it from anywhere in the window.
     */
    public void add(Supplier<? extends Region> build, BooleanProperty open, KeyCombination toggle) {
        Pane pane = new Pane(build, open);
        panes.add(pane);
        open.addListener((obs, was, now) -> arrange());
        shortcuts.put(Objects.requireNonNull(toggle, "toggle"), () -> open.set(!open.get()));
        if (getScene() != null) {
            getScene().getAccelerators().putAll(shortcuts);
        }
        arrange();
    }

    private void arrange() {
        List<Region> shown = new ArrayList<>();
        for (Pane pane : panes) {
            if (pane.open.get()) {
                shown.add(pane.build());
            }
        }
        boolean focusLeaving = focusInsideAnyBut(shown);
        if (shown.isEmpty()) {
            if (getItems().contains(column)) {
                columnDivider = getDividerPositions()[0];
                getItems().setAll(body);
            }
        } else {
            if (!column.getItems().equals(shown)) {
                column.getItems().setAll(shown);
            }
            if (!getItems().contains(column)) {
                getItems().setAll(body, column);
                setDividerPositions(columnDivider >= 0 ? columnDivider : firstDivider(shown));
            }
        }
        if (focusLeaving) {
            view.list().requestFocus();
        }
    }

    /** The column at the widest preferred width of its panes, leaving the transcript at least 40%. */
    private double firstDivider(List<Region> shown) {
        double width = getWidth();
        double wanted = shown.stream().mapToDouble(r -> r.prefWidth(-1)).max().orElse(0);
        return width <= 0 ? 0.65 : Math.max(0.4, 1 - wanted / width);
    }

    /** True when the focus is in a pane about to be hidden: it then goes back to the transcript. */
    private boolean focusInsideAnyBut(List<Region> shown) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (column.getItems().contains(n) && !shown.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** One feature's pane. */
    private static final class Pane {

        private final Supplier<? extends Region> build;
        private final ObservableBooleanValue open;
        private Region node;

        Pane(Supplier<? extends Region> build, ObservableBooleanValue open) {
            this.build = Objects.requireNonNull(build, "build");
            this.open = Objects.requireNonNull(open, "open");
        }

        Region build() {
            if (node == null) {
                node = Objects.requireNonNull(build.get(), "pane");
            }
            return node;
        }
    }
}
