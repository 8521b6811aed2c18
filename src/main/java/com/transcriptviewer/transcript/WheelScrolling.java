package com.transcriptviewer.transcript;

import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * Makes a wheel notch scroll the transcript by {@link #LINES_PER_NOTCH} lines of its text, as browsers and native
 * lists do. The list's own handling moves it by its rows' average height or by the platform's raw pixels, a fraction
 * of a line with rows as varied as chat bubbles. Every vertical scroll event inside the list is scaled: a notch
 * (the platform's multiplier) becomes three lines of the list's font, and a touchpad's smaller steps (fractions of a
 * notch, inertia included) by the same factor, so they stay in proportion. The scaled event goes on to the node the
 * pointer is over, so a JSON view that scrolls its own text takes the same step.
 */
final class WheelScrolling {

    /** The step of one notch in browsers, GTK and Windows by default. */
    static final int LINES_PER_NOTCH = 3;

    /** Pixels per notch when an event does not say (a synthetic event with no multiplier): JavaFX's own value. */
    private static final double DEFAULT_MULTIPLIER = 40;

    private final Supplier<Font> font;
    private final Text probe = new Text("Ag");
    private Font measuredFont;
    private double lineHeight;
    /** True while the scaled copy of an event is on its way, so it is not scaled again. */
    private boolean refiring;

    private WheelScrolling(Supplier<Font> font) {
        this.font = font;
        // Lines as tall as the bubbles' labels lay them out (see BubbleTextMeasure).
        probe.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
    }

    /** Scales the wheel for {@code list}, whose text is in {@code font} (read at each event: CSS may change it). */
    static void install(ListView<?> list, Supplier<Font> font) {
        WheelScrolling scrolling = new WheelScrolling(font);
        list.addEventFilter(ScrollEvent.SCROLL, scrolling::scale);
    }

    /** Pixels of one line of the list's text. */
    double lineHeight() {
        Font now = font.get();
        if (now == null) {
            now = Font.getDefault();
        }
        if (!now.equals(measuredFont)) {
            probe.setFont(now);
            lineHeight = Math.ceil(probe.getLayoutBounds().getHeight());
            measuredFont = now;
        }
        return lineHeight;
    }

    /** Pixels to scroll for a platform delta of {@code deltaY} at {@code multiplierY} pixels per notch. */
    double pixels(double deltaY, double multiplierY) {
        double perNotch = multiplierY > 0 ? multiplierY : DEFAULT_MULTIPLIER;
        return deltaY / perNotch * LINES_PER_NOTCH * lineHeight();
    }

    private void scale(ScrollEvent event) {
        if (refiring || event.getDeltaY() == 0 || event.getTarget() == null) {
            return;
        }
        double deltaY = pixels(event.getDeltaY(), event.getMultiplierY());
        ScrollEvent scaled = new ScrollEvent(
                ScrollEvent.SCROLL,
                event.getSceneX(),
                event.getSceneY(),
                event.getScreenX(),
                event.getScreenY(),
                event.isShiftDown(),
                event.isControlDown(),
                event.isAltDown(),
                event.isMetaDown(),
                event.isDirect(),
                event.isInertia(),
                event.getDeltaX(),
                deltaY,
                event.getTotalDeltaX(),
                event.getTotalDeltaY() / (event.getDeltaY() == 0 ? 1 : event.getDeltaY()) * deltaY,
                event.getMultiplierX(),
                event.getMultiplierY(),
                event.getTextDeltaXUnits(),
                event.getTextDeltaX(),
                // In pixels: the list takes a delta in lines as lines of its average row.
                ScrollEvent.VerticalTextScrollUnits.NONE,
                0.0,
                event.getTouchCount(),
                event.getPickResult());
        event.consume();
        refiring = true;
        try {
            Event.fireEvent(event.getTarget(), scaled);
        } finally {
            refiring = false;
        }
    }
}
