package com.transcriptviewer.review;

import com.transcriptviewer.ui.Icons;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The transcript header's word on the review: "5 of 12 tool calls reviewed" (in a crowded header "5 of 12 reviewed",
 * or "5/12" with the sentence in its tooltip; "12+" while the rest of the conversation is not loaded, with why), and a
 * hint when a key had nothing to act on. It is also the review panel's toggle (highlighted while the panel is open), and
 * says "Review" for a conversation without tool calls, which can still be reviewed as a whole.
 */
final class ReviewProgressLine extends HBox {

    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");

    private final FittingLabel progress = new FittingLabel();
    private final Label hint = new Label();

    ReviewProgressLine(ReviewViewModel review) {
        super(6);
        Objects.requireNonNull(review, "review");
        getStyleClass().add("review-progress-line");
        setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(this, Priority.SOMETIMES);
        progress.setId("review-progress");
        progress.getStyleClass().add("review-progress");
        progress.setGraphic(Icons.icon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, "review-icon"));
        // The review panel's toggle: in the header, beside what it is about, so the tool bar needs no making way.
        progress.setCursor(Cursor.HAND);
        progress.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                review.toggleOpen();
            }
        });
        review.openProperty().addListener((obs, was, open) -> progress.pseudoClassStateChanged(OPEN, open));
        progress.pseudoClassStateChanged(OPEN, review.openProperty().get());
        Tooltip detail = new Tooltip();
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        progress.setTooltip(detail);
        hint.setId("review-hint");
        hint.getStyleClass().add("review-key-hint");
        hint.setMinWidth(0);
        getChildren().setAll(progress, hint);

        Runnable show = () -> {
            String text = review.progressProperty().get();
            boolean open = review.conversationProperty().get() != null;
            if (text.isEmpty()) {
                // No tool calls (yet): the conversation as a whole can still be reviewed.
                progress.setForms(open ? "Review" : "");
                detail.setText("Shows or hides the review panel (" + ReviewView.TOGGLE_TEXT + ").");
            } else {
                progress.setForms(
                        text,
                        review.progressShortProperty().get(),
                        review.progressTinyProperty().get());
                detail.setText(text + ". " + review.progressDetailProperty().get()
                        + "\nR or F7: the next call you have not reviewed. A click shows or hides the review panel ("
                        + ReviewView.TOGGLE_TEXT + ").");
            }
            boolean shownProgress = open || !text.isEmpty();
            setVisible(shownProgress || !review.hintProperty().get().isEmpty());
            setManaged(isVisible());
            progress.setVisible(shownProgress);
            progress.setManaged(shownProgress);
            hint.setText(review.hintProperty().get());
            hint.setVisible(!hint.getText().isEmpty());
            hint.setManaged(hint.isVisible());
        };
        review.progressProperty().addListener(o -> show.run());
        review.progressShortProperty().addListener(o -> show.run());
        review.progressTinyProperty().addListener(o -> show.run());
        review.progressDetailProperty().addListener(o -> show.run());
        review.hintProperty().addListener(o -> show.run());
        review.conversationProperty().addListener(o -> show.run());
        show.run();
    }

    FittingLabel progress() {
        return progress;
    }
}
