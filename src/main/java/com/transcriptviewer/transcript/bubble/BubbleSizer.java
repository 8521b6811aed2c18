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
 * nothing.
 */
final class BubbleSizer {

    private final BubbleTextMeasure measure = new BubbleTextMeasure();
    private final VBox bubble;
    private final Region header;
    private final Label roleLabel;
    private final Label messageLabel;
    private final StyleClassedTextArea messageText;

    private MessageBubbleViewModel sizedFor;
    private double sizedAtWidth = -1;
    private Font sizedWithFont;
    private double sizedWithPadding = -1;

    /** @param roleLabel has the body font the message text is in (see {@link #bodyFont}) */
    BubbleSizer(VBox bubble, Region header, Label roleLabel, Label messageLabel, StyleClassedTextArea messageText) {
        this.bubble = bubble;
        this.header = header;
        this.roleLabel = roleLabel;
        this.messageLabel = messageLabel;
        this.messageText = messageText;
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
        double height = measure.wrappedHeight(model, textWidth - textPadding(), bodyFont())
                + messageText.snappedTopInset()
                + messageText.snappedBottomInset();
        for (Region text : new Region[] {messageLabel, messageText}) {
            text.setPrefWidth(textWidth);
            text.setPrefHeight(height);
            text.setMinHeight(height);
            text.setMaxHeight(height);
        }
    }

    /** The text area's own left and right padding: the text wraps inside it, so measurements must leave it out. */
    private double textPadding() {
        return messageText.snappedLeftInset() + messageText.snappedRightInset();
    }

    /** The CSS-resolved body font: the time label uses it at 0.85em, so undo that scale. */
    private Font bodyFont() {
        // The role label has the body size (only its weight differs); scaling the 0.85em time label back up would
        // round to a slightly larger font and wrap one-line texts in the measurement.
        Font body = roleLabel.getFont();
        return Font.font(body.getFamily(), body.getSize());
    }
}
