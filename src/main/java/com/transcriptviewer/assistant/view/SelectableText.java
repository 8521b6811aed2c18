package com.transcriptviewer.assistant.view;

import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.ui.MarkStyles;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Text that wraps and can be selected and copied, as tall as its lines: an insight's result in the panel. The panel
 * scrolls, not the text, so wheel events go on to it. In privacy mode it shows the text through the mask, its hidden
 * items tinted and its revealed ones marked as the transcript does, and a click on a hidden item reveals it.
 */
final class SelectableText extends StyleClassedTextArea {

    /**
     * @param realText     the text as Telnyx sent it
     * @param guessedWidth the width it will likely get, so the first measurement is close
     * @param mask         privacy mode's mask, read now (the panel makes its cards again when it changes)
     */
    SelectableText(String realText, double guessedWidth, CurrentMask mask) {
        super(false);
        getStyleClass().add("insight-text");
        TextMask shown = mask.get();
        replaceText(shown.apply(realText));
        MarkStyles.apply(this, TextMarks.NONE, shown.hiddenMarks(realText), MarkStyles.MASKED, null);
        MarkStyles.apply(this, TextMarks.NONE, shown.revealedMarks(realText), MarkStyles.REVEALED, null);
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
        // Privacy mode: a click on a hidden item reveals it (a drag that selects text does not).
        setOnMouseClicked(e -> {
            if (e.isStillSincePress() && getSelection().getLength() == 0) {
                mask.reveal(realText, hit(e.getX(), e.getY()).getInsertionIndex());
            }
        });
    }
}
