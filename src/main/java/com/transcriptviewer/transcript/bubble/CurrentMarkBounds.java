package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.ui.json.JsonView;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Finds where a bubble's current find mark is on screen, so the transcript can scroll it into view when find moves
 * to it. The mark is in one of three places: the message text, the formatted JSON of a tool result, or one of the
 * tool cards. Used by {@link MessageBubble} alone, which hands over its parts and so stays about showing them.
 */
final class CurrentMarkBounds {

    private CurrentMarkBounds() {}

    /**
     * The current mark's bounds on screen, or the bounds of the part holding it until that part has laid the mark
     * out (a text area only knows where its visible characters are); empty without a current mark or message.
     * {@code resultJson} is null while the bubble has shown no JSON result, {@code text} while it has needed no text
     * area (a bubble draws marks only in its area, so then its text holds no current mark on screen).
     */
    static Optional<Bounds> onScreen(
            MessageBubbleViewModel model, StyleClassedTextArea text, JsonView resultJson, List<ToolCallCard> cards) {
        if (model == null) {
            return Optional.empty();
        }
        Optional<TextMarks.Range> current = model.textMarksProperty().get().currentRange();
        if (current.isPresent()) {
            if (resultJson != null && resultJson.isVisible()) {
                return resultJson.currentMarkBoundsOnScreen().or(() -> whole(resultJson));
            }
            if (text == null) {
                return Optional.empty();
            }
            TextMarks.Range range = current.get();
            int length = text.getLength();
            Optional<Bounds> exact = range.start() < length
                    ? text.getCharacterBoundsOnScreen(
                            range.start(), Math.min(length, Math.max(range.end(), range.start() + 1)))
                    : Optional.empty();
            return exact.or(() -> whole(text));
        }
        for (ToolCallCard card : cards) {
            Optional<Bounds> bounds = card.currentMarkBoundsOnScreen();
            if (bounds.isPresent()) {
                return bounds;
            }
        }
        return Optional.empty();
    }

    private static Optional<Bounds> whole(Node node) {
        return Optional.ofNullable(node.localToScreen(node.getLayoutBounds()));
    }
}
