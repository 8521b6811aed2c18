package com.transcriptviewer.transcript.bubble;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * Measures a message's text for its bubble: how wide it is with each paragraph on one line, and how tall it is
 * wrapped at a given width. The bubble needs both before it is laid out: a list cell asks for its height first, and
 * the text area, being virtualised, only knows its content height after layout. Measuring lays the whole text out,
 * so heights are remembered per message (see {@link #HEIGHTS}).
 */
final class BubbleTextMeasure {

    /** Longer texts are not measured; they fill the bubble's maximum width anyway. */
    static final int LIMIT = 4000;

    /**
     * The last measured height of each message's text. A virtualised list shows all messages through a few recycled
     * cells and re-binds a cell many times while the list scrolls, at one width, so the memory belongs to the
     * message, not to a bubble: a long text is then measured once, not on every re-bind. Keyed by the message's
     * view-model (by identity), weakly, so entries go with the transcript that holds the view-models. Only the FX
     * thread lays bubbles out, so the map needs no locking.
     */
    private static final Map<MessageBubbleViewModel, Height> HEIGHTS = new WeakHashMap<>();

    private record Height(String text, double wrappingWidth, Font font, double height) {}

    private final Text measure = new Text();

    BubbleTextMeasure() {
        // Lay the measured text out as the label and the area lay out theirs: the theme gives every text node
        // logical vertical-centre bounds, a taller line than the plain logical bounds a new Text node has.
        measure.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
    }

    static boolean tooLong(String text) {
        return text.length() > LIMIT;
    }

    /** Width the text needs in {@code font} with one line per paragraph; the largest width for a text too long. */
    double naturalWidth(String text, Font font) {
        if (tooLong(text)) {
            return Double.MAX_VALUE;
        }
        measure.setFont(font);
        measure.setWrappingWidth(0);
        measure.setText(text);
        // One pixel of slack: wrapping at exactly the measured width can break the last word onto a new line.
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 1;
    }

    /**
     * Height of the message's text in {@code font} wrapped at {@code wrappingWidth}, measured again only when either
     * differs from the last time this message was measured.
     */
    double wrappedHeight(MessageBubbleViewModel model, double wrappingWidth, Font font) {
        Height known = HEIGHTS.get(model);
        String text = model.text();
        // The text too: privacy mode shows it masked, which may wrap differently.
        if (known != null
                && known.text() == text
                && known.wrappingWidth() == wrappingWidth
                && known.font().equals(font)) {
            return known.height();
        }
        double height = measureWrapped(text, wrappingWidth, font);
        HEIGHTS.put(model, new Height(text, wrappingWidth, font, height));
        return height;
    }

    /** In lines as tall as the label's and the area's (both without line spacing, see app.css). */
    private double measureWrapped(String text, double wrappingWidth, Font font) {
        measure.setFont(font);
        measure.setWrappingWidth(0);
        measure.setText("X");
        double lineHeight = measure.getLayoutBounds().getHeight();
        measure.setWrappingWidth(Math.max(1, wrappingWidth));
        measure.setText(text);
        // The area lays out each paragraph on its own and rounds its height up to whole pixels: with lines of
        // whole pixels there is nothing to round, else allow a pixel per paragraph.
        long paragraphs = text.chars().filter(c -> c == '\n').count() + 1;
        double rounding = lineHeight == Math.rint(lineHeight) ? 0 : paragraphs;
        return Math.ceil(measure.getLayoutBounds().getHeight()) + rounding;
    }
}
