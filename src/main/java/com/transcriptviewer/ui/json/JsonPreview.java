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
    /** The least height the text is given (the view's estimate from the line count), scroll bar room excluded. */
    private double leastTextHeight;

    JsonPreview() {
        getStyleClass().addAll("json-area", "json-preview");
        flow.getStyleClass().add("json-preview-text");
        getChildren().add(flow);
        setClip(clip);
        setFocusTraversable(true);
    }

    /** Shows {@code text}, coloured by {@code highlights} (null: plain). */
    void show(String text, JsonHighlights highlights) {
        this.text = text;
        List<Node> runs = new ArrayList<>();
        int cursor = 0;
        int spans = highlights == null ? 0 : highlights.size();
        for (int span = 0; span < spans; span++) {
            int from = Math.max(cursor, highlights.start(span));
            int to = Math.min(text.length(), highlights.end(span));
            if (from > cursor) {
                runs.add(run(text.substring(cursor, from), null));
            }
            if (to > from) {
                runs.add(run(text.substring(from, to), highlights.kind(span).styleClass()));
                cursor = to;
            }
        }
        if (cursor < text.length() || runs.isEmpty()) {
            runs.add(run(text.substring(cursor), null));
        }
        flow.getChildren().setAll(runs);
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
        run.getStyleClass().add("text");
        if (styleClass != null) {
            run.getStyleClass().add(styleClass);
        }
        return run;
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
