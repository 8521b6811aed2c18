package com.transcriptviewer.assistant.view;

import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Text that wraps and can be selected and copied, as tall as its lines: an insight's result in the panel. The panel
 * scrolls, not the text, so wheel events go on to it.
 */
final class SelectableText extends StyleClassedTextArea {

    /** @param guessedWidth the width it will likely get, so the first measurement is close */
    SelectableText(String text, double guessedWidth) {
        super(false);
        getStyleClass().add("insight-text");
        replaceText(text);
        setEditable(false);
        setWrapText(true);
        setAutoHeight(true);
        setFocusTraversable(false);
        // Also what it asks for: the panel then gives it its real width.
        setPrefWidth(guessedWidth);
        // The area measures its height at its current width, and a parent remembers the answer: ask again once the
        // width is known or changes, or a text measured at the guessed width keeps that height.
        widthProperty().addListener((obs, old, now) -> requestLayout());
        addEventFilter(ScrollEvent.SCROLL, event -> {
            if (getParent() != null) {
                event.consume();
                getParent().fireEvent(event.copyFor(getParent(), getParent()));
            }
        });
    }
}
