package com.transcriptviewer.ui.json;

import com.transcriptviewer.text.json.JsonHighlights;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A {@link JsonView}'s text as it first shows: plain text nodes with the area's style classes (so the same colours and
 * font), one line under the other as the area lays its lines out, never wrapped and cut at the right edge, in a box
 * styled as the area. It stands in for the area, a virtualised list of its own that is costly to build and style, on
 * every tool result of a page; the view swaps the area in as soon as the text is pointed at, focused, marked or needs
 * to scroll.
 */
final class JsonPreview extends Region {

    /** Room under the text for the area's horizontal scroll bar, which long lines show once the area is in. */
    static final double SCROLL_BAR_ROOM = 16;

    private final TextFlow flow = new TextFlow();
    private final Rectangle clip = new Rectangle();
    private String text = "";
    /** The colours of {@link #text}; with it, what a second show of the same text need not redo. */
    private JsonHighlights shownHighlights;
    /** The least height the text is given (the view's estimate from the line count), scroll bar room excluded. */
    private double leastTextHeight;

    JsonPreview() {
        getStyleClass().addAll("json-area", "json-preview");
        flow.getStyleClass().add("json-preview-text");
        getChildren().add(flow);
        setClip(clip);
        setFocusTraversable(true);
    }

    /**
     * Shows {@code text}, coloured by {@code highlights} (null: plain). The text nodes already in the flow are given
     * the new runs and only the missing ones are made: a node put into the scene is matched against the stylesheets,
     * and the list shows each tool result in one of its few cells after another while it scrolls.
     */
    void show(String text, JsonHighlights highlights) {
        if (text.equals(this.text)
                && highlights == shownHighlights
                && !flow.getChildren().isEmpty()) {
            return;
        }
        this.text = text;
        this.shownHighlights = highlights;
        Runs runs = new Runs(flow.getChildren());
        int cursor = 0;
        int spans = highlights == null ? 0 : highlights.size();
        for (int span = 0; span < spans; span++) {
            int from = Math.max(cursor, highlights.start(span));
            int to = Math.min(text.length(), highlights.end(span));
            if (from > cursor) {
                runs.put(text.substring(cursor, from), null);
            }
            if (to > from) {
                runs.put(text.substring(from, to), highlights.kind(span).styleClass());
                cursor = to;
            }
        }
        if (cursor < text.length() || runs.isEmpty()) {
            runs.put(text.substring(cursor), null);
        }
        runs.finish();
    }

    /** Fills the flow's text nodes in order with the runs put, making nodes only past the last one there. */
    private static final class Runs {
        private final List<Node> nodes;
        private final List<Node> added = new ArrayList<>();
        private int used;

        Runs(List<Node> nodes) {
            this.nodes = nodes;
        }

        void put(String text, String styleClass) {
            if (used < nodes.size()) {
                Text run = (Text) nodes.get(used);
                run.setText(text);
                styleAs(run, styleClass);
            } else {
                added.add(run(text, styleClass));
            }
            used++;
        }

        boolean isEmpty() {
            return used == 0;
        }

        void finish() {
            if (used < nodes.size()) {
                nodes.subList(used, nodes.size()).clear();
            } else if (!added.isEmpty()) {
                nodes.addAll(added);
            }
        }
    }

    /**
     * The view's estimate of the text's height, which the preview takes unless its laid-out lines are taller: the
     * area's paragraphs are text flows spaced by 1px in boxes pulled in by half a pixel at the top and the bottom,
     * the same pitch as this flow of lines, so the area, once in, is as tall as the preview was.
     */
    void setLeastTextHeight(double height) {
        leastTextHeight = height;
        requestLayout();
    }

    /** The text shown. */
    String text() {
        return text;
    }

    private static Text run(String text, String styleClass) {
        Text run = new Text(text);
        styleAs(run, styleClass);
        return run;
    }

    /** The classes of a run: {@code text}, then its kind's if it has one; left alone when they are already so. */
    private static void styleAs(Text run, String styleClass) {
        List<String> classes = run.getStyleClass();
        boolean same = styleClass == null
                ? classes.size() == 1 && classes.get(0).equals("text")
                : classes.size() == 2
                        && classes.get(0).equals("text")
                        && classes.get(1).equals(styleClass);
        if (!same) {
            if (styleClass == null) {
                run.getStyleClass().setAll("text");
            } else {
                run.getStyleClass().setAll("text", styleClass);
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + flow.prefWidth(-1) + insets.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(leastTextHeight, flow.prefHeight(-1)) + SCROLL_BAR_ROOM;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        // As wide as its longest line, never wrapped: what does not fit is cut, as the area cuts it until scrolled.
        flow.resizeRelocate(insets.getLeft(), insets.getTop(), flow.prefWidth(-1), flow.prefHeight(-1));
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }
}
