package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.Role;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Sizes a {@link MessageBubble}'s bubble and message text for the width of its row. A list cell asks for a row's
 * height before laying it out, and the text area is virtualised and only knows its content height after layout; so
 * the text is measured instead (see {@link BubbleTextMeasure}) and the bubble gets its final size in the first pass
 * (a cell sized too small would clip it). Label and area get the same size, so swapping one for the other moves
 * nothing; the area, made only when a bubble first needs it, is given the label's size as it comes.
 */
final class BubbleSizer {

    private final BubbleTextMeasure measure = new BubbleTextMeasure();
    private final VBox bubble;
    private final Region header;
    private final Label roleLabel;
    private final Label messageLabel;
    /** Null until the bubble makes its text area (see {@link #attachArea}). */
    private StyleClassedTextArea messageText;

    private MessageBubbleViewModel sizedFor;
    private double sizedAtWidth = -1;
    private Font sizedWithFont;
    private double sizedWithPadding = -1;

    /** @param roleLabel has the body font the message text is in (see {@link #bodyFont}) */
    BubbleSizer(VBox bubble, Region header, Label roleLabel, Label messageLabel) {
        this.bubble = bubble;
        this.header = header;
        this.roleLabel = roleLabel;
        this.messageLabel = messageLabel;
    }

    /** The bubble made its text area: it takes the label's size now, and the same size as the label from now on. */
    void attachArea(StyleClassedTextArea area) {
        messageText = area;
        copySize(messageLabel, area);
    }

    /** Sizes the bubble in {@code row} for {@code model} at the row's width {@code totalWidth} (insets included). */
    void size(MessageBubbleViewModel model, Region row, double totalWidth) {
        // The list asks for heights many times per frame while scrolling; the answer only changes with the message,
        // the width or the styling (font, padding: CSS may arrive after the first ask), so measure once per state.
        Font font = roleLabel.getFont();
        double padding = textPadding();
        if (model == sizedFor
                && totalWidth == sizedAtWidth
                && font.equals(sizedWithFont)
                && padding == sizedWithPadding) {
            return;
        }
        sizedFor = model;
        sizedAtWidth = totalWidth;
        sizedWithFont = font;
        sizedWithPadding = padding;
        double rowWidth = totalWidth - row.snappedLeftInset() - row.snappedRightInset();
        boolean fullWidth = model.roleKind() == Role.Kind.TOOL;
        boolean wide = fullWidth || !model.toolCards().isEmpty() || model.hasJsonResult();
        HBox.setHgrow(bubble, fullWidth ? Priority.ALWAYS : Priority.NEVER);
        if (rowWidth <= 0) {
            return;
        }
        double max = fullWidth ? rowWidth : Math.floor(rowWidth * MessageBubble.MAX_WIDTH_FRACTION);
        bubble.setMaxWidth(max);
        double chrome = bubble.snappedLeftInset() + bubble.snappedRightInset();
        double textWidth;
        if (wide) {
            textWidth = max - chrome;
            bubble.setPrefWidth(max);
        } else {
            double natural = Math.min(measure.naturalWidth(model.text(), bodyFont()) + textPadding(), max - chrome);
            textWidth = Math.max(natural, header.prefWidth(-1));
            bubble.setPrefWidth(Math.min(textWidth + chrome, max));
        }
        Region text = textRegion();
        double height = measure.wrappedHeight(model, textWidth - textPadding(), bodyFont())
                + text.snappedTopInset()
                + text.snappedBottomInset();
        messageLabel.setPrefWidth(textWidth);
        messageLabel.setPrefHeight(height);
        messageLabel.setMinHeight(height);
        messageLabel.setMaxHeight(height);
        if (messageText != null) {
            copySize(messageLabel, messageText);
        }
    }

    private static void copySize(Region from, Region to) {
        to.setPrefWidth(from.getPrefWidth());
        to.setPrefHeight(from.getPrefHeight());
        to.setMinHeight(from.getMinHeight());
        to.setMaxHeight(from.getMaxHeight());
    }

    /**
     * The region the text is measured for: the area once there is one (its padding is what the text wraps inside),
     * else the label, which CSS gives the same padding.
     */
    private Region textRegion() {
        return messageText != null ? messageText : messageLabel;
    }

    /** The text's own left and right padding: the text wraps inside it, so measurements must leave it out. */
    private double textPadding() {
        Region text = textRegion();
        return text.snappedLeftInset() + text.snappedRightInset();
    }

    /** The CSS-resolved body font: the time label uses it at 0.85em, so undo that scale. */
    private Font bodyFont() {
        // The role label has the body size (only its weight differs); scaling the 0.85em time label back up would
        // round to a slightly larger font and wrap one-line texts in the measurement.
        Font body = roleLabel.getFont();
        return Font.font(body.getFamily(), body.getSize());
    }
}
