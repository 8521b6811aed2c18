package com.transcriptviewer.review;

import com.transcriptviewer.ui.Icons;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The transcript header's word on the review: "5 of 12 tool calls reviewed" (or "5 of 12+" while the rest of the
 * conversation is not loaded, with why in its tooltip), a button to the next call not reviewed yet, and a hint when
 * a key had nothing to act on.
 */
final class ReviewProgressLine extends HBox {

    private final Label progress = new Label();
    private final Label hint = new Label();

    ReviewProgressLine(ReviewViewModel review, Runnable next) {
        super(4);
        Objects.requireNonNull(review, "review");
        getStyleClass().add("review-progress-line");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("review-progress");
        progress.getStyleClass().add("review-progress");
        progress.setGraphic(Icons.icon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, "review-icon"));
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip detail = new Tooltip();
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        progress.setTooltip(detail);
        Button toNext = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_DOWN));
        toNext.setId("review-next");
        toNext.getStyleClass().addAll("flat", "nav-button", "review-next");
        toNext.setTooltip(new Tooltip("Next call you have not reviewed (R, F7)"));
        toNext.setFocusTraversable(false);
        toNext.setOnAction(e -> next.run());
        hint.setId("review-hint");
        hint.getStyleClass().add("review-key-hint");
        hint.setMinWidth(0);
        getChildren().setAll(progress, toNext, hint);

        Runnable show = () -> {
            String text = review.progressProperty().get();
            progress.setText(text);
            detail.setText(review.progressDetailProperty().get());
            setVisible(!text.isEmpty() || !review.hintProperty().get().isEmpty());
            setManaged(isVisible());
            toNext.setVisible(!text.isEmpty());
            toNext.setManaged(toNext.isVisible());
            hint.setText(review.hintProperty().get());
            hint.setVisible(!hint.getText().isEmpty());
            hint.setManaged(hint.isVisible());
        };
        review.progressProperty().addListener(o -> show.run());
        review.progressDetailProperty().addListener(o -> show.run());
        review.hintProperty().addListener(o -> show.run());
        show.run();
    }
}
