package com.transcriptviewer.recording.view;

import com.transcriptviewer.recording.AudioTimeline;
import com.transcriptviewer.recording.Waveform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The recording drawn across the window: its waveform (each channel of a dual recording in its own half), a mark for
 * each message (a round dot for the caller, a square for the assistant, a diamond for a tool call, a small bar for a
 * tool result) and the play position. Hovering a mark names it; clicking anywhere seeks there. Redrawn only when
 * what it shows changed, and the position line alone when the audio moves.
 */
final class RecordingTimeline extends Region {

    static final double HEIGHT = 54;
    private static final double MARK_BAND = 14;
    private static final Color CALLER = Color.web("#2f81f7");
    private static final Color ASSISTANT = Color.web("#1f883d");
    private static final Color TOOL = Color.web("#bf8700");
    private static final Color OTHER = Color.web("#8c959f");

    private final RecordingViewModel model;
    private final Canvas base = new Canvas();
    private final Canvas cursor = new Canvas();
    private final Tooltip tip = new Tooltip();
    private AudioTimeline.Mark hovered;

    RecordingTimeline(RecordingViewModel model) {
        this.model = model;
        getStyleClass().add("recording-timeline");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        cursor.setMouseTransparent(true);
        getChildren().addAll(base, cursor);
        tip.setShowDelay(Duration.millis(150));
        model.timelineProperty().addListener(o -> drawBase());
        model.waveformProperty().addListener(o -> drawBase());
        model.durationProperty().addListener(o -> {
            drawBase();
            drawCursor();
        });
        model.positionProperty().addListener(o -> drawCursor());
        setOnMouseClicked(this::clicked);
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> {
            hovered = null;
            tip.hide();
        });
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            cursor.setWidth(w);
            cursor.setHeight(h);
            drawBase();
            drawCursor();
        }
    }

    /** The audio position under x, in milliseconds. */
    long millisAt(double x) {
        double width = Math.max(1, getWidth());
        return Math.round(
                Math.max(0, Math.min(1, x / width)) * model.durationProperty().get());
    }

    double xOf(long millis) {
        long duration = Math.max(1, model.durationProperty().get());
        return millis * getWidth() / duration;
    }

    private void clicked(MouseEvent event) {
        AudioTimeline.Mark mark = markAt(event.getX(), event.getY());
        model.follow();
        model.seek(mark != null ? mark.offsetMillis() : millisAt(event.getX()));
    }

    private void moved(MouseEvent event) {
        AudioTimeline.Mark mark = markAt(event.getX(), event.getY());
        if (mark == hovered) {
            return;
        }
        hovered = mark;
        if (mark == null) {
            tip.hide();
            return;
        }
        tip.setText(PlayerBar.clock(mark.offsetMillis()) + "  " + mark.label()
                + (mark.beforeStart() ? " (before the recording started)" : "")
                + (mark.fromCreatedAt() ? " (no sent_at: placed by created_at)" : ""));
        tip.show(this, event.getScreenX() + 12, event.getScreenY() + 12);
    }

    /** The mark under the pointer: in the marks' band, within a few pixels. */
    AudioTimeline.Mark markAt(double x, double y) {
        if (y > MARK_BAND + 4) {
            return null;
        }
        long tolerance = millisAt(6) + 1;
        return model.timelineProperty().get().markNear(millisAt(x), tolerance);
    }

    private void drawBase() {
        GraphicsContext g = base.getGraphicsContext2D();
        double w = base.getWidth();
        double h = base.getHeight();
        g.clearRect(0, 0, w, h);
        if (w <= 0) {
            return;
        }
        g.setFill(Color.gray(0.5, 0.08));
        g.fillRect(0, MARK_BAND, w, h - MARK_BAND);
        Waveform waveform = model.waveformProperty().get();
        int channels = waveform.channels();
        double top = MARK_BAND + 2;
        double band = (h - top - 2) / Math.max(1, channels);
        for (int c = 0; c < channels; c++) {
            float[] peaks = waveform.peaks()[c];
            g.setFill(channels == 2 ? (c == 0 ? CALLER : ASSISTANT).deriveColor(0, 1, 1, 0.55) : Color.gray(0.45));
            double mid = top + band * c + band / 2;
            for (int x = 0; x < (int) w; x++) {
                int from = (int) ((long) x * peaks.length / (int) w);
                int to = Math.max(from + 1, (int) ((long) (x + 1) * peaks.length / (int) w));
                float peak = 0;
                for (int i = from; i < to && i < peaks.length; i++) {
                    peak = Math.max(peak, peaks[i]);
                }
                double half = Math.max(0.5, peak * band / 2);
                g.fillRect(x, mid - half, 1, half * 2);
            }
        }
        for (AudioTimeline.Mark mark : model.timelineProperty().get().marks()) {
            double x = xOf(mark.offsetMillis());
            double y = MARK_BAND / 2;
            switch (mark.kind()) {
                case CALLER -> {
                    g.setFill(CALLER);
                    g.fillOval(x - 4, y - 4, 8, 8);
                }
                case ASSISTANT -> {
                    g.setFill(ASSISTANT);
                    g.fillRect(x - 3.5, y - 3.5, 7, 7);
                }
                case TOOL_CALL -> {
                    g.setFill(TOOL);
                    g.fillPolygon(new double[] {x, x + 5, x, x - 5}, new double[] {y - 5, y, y + 5, y}, 4);
                }
                case TOOL_RESULT -> {
                    g.setFill(TOOL);
                    g.fillRect(x - 1, y - 5, 2, 10);
                }
                case OTHER -> {
                    g.setFill(OTHER);
                    g.fillOval(x - 3, y - 3, 6, 6);
                }
            }
        }
    }

    private void drawCursor() {
        GraphicsContext g = cursor.getGraphicsContext2D();
        g.clearRect(0, 0, cursor.getWidth(), cursor.getHeight());
        double x = Math.round(xOf(model.positionProperty().get())) + 0.5;
        g.setStroke(Color.web("#cf222e"));
        g.setLineWidth(2);
        g.strokeLine(x, 0, x, cursor.getHeight());
    }
}
