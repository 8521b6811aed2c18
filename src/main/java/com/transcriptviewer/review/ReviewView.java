package com.transcriptviewer.review;

import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.SidePanes;
import com.transcriptviewer.transcript.TranscriptView;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Puts the review into the window: its part on every tool card, its line in the transcript's header, its keys, the
 * review panel beside the transcript (Ctrl+Shift+R or a click on the header's review count), and a notice in the status bar while the
 * team server cannot be reached or the review database could not be opened.
 */
public final class ReviewView {

    static final String STYLESHEET = Objects.requireNonNull(ReviewView.class.getResource("review.css"), "review.css")
            .toExternalForm();

    /** Ctrl+Shift+R shows and hides the review panel. */
    static final KeyCombination TOGGLE =
            new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    static final String TOGGLE_TEXT = "Ctrl+Shift+R";

    private ReviewView() {}

    /** Installs the review on {@code transcript}: cards, header line, keys, and the panel on its right. */
    public static void install(TranscriptView transcript, ReviewViewModel review, TimeFormat time) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(time, "time");
        transcript.getStylesheets().add(STYLESHEET);
        transcript.addCardPart(() -> new CallReviewPart(review, time));
        ReviewKeys keys = new ReviewKeys(transcript, review);
        transcript.addHeaderItem(new ReviewProgressLine(review));
        SidePanes.of(transcript)
                .add(
                        () -> {
                            ReviewPanel panel = new ReviewPanel(review, keys::next);
                            panel.getStylesheets().add(STYLESHEET);
                            return panel;
                        },
                        review.openProperty(),
                        TOGGLE);
    }

    /**
     * For the status bar: shown only while the review database needs the reviewer's attention (the team server
     * cannot be reached, the database could not be opened); its button opens the review panel.
     */
    public static Node storeNotice(ReviewViewModel review) {
        Label text = new Label();
        text.setId("review-store-notice");
        text.getStyleClass().add("review-store-notice-text");
        text.setGraphic(new FontIcon(MaterialDesignC.CLOUD_OFF_OUTLINE));
        text.setWrapText(true);
        text.setMinWidth(0);
        Button details = new Button("Show the review panel");
        details.getStyleClass().addAll("small", "review-store-notice-open");
        details.setFocusTraversable(false);
        details.setOnAction(e -> review.openProperty().set(true));
        details.visibleProperty().bind(review.openProperty().not());
        details.managedProperty().bind(details.visibleProperty());
        HBox notice = new HBox(8, text, details);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("review-store-notice");
        notice.getStylesheets().add(STYLESHEET);
        Runnable show = () -> {
            boolean loud = review.bannerToneProperty().get() != ReviewViewModel.Tone.QUIET;
            text.setText(review.bannerProperty().get());
            notice.setVisible(loud && !text.getText().isEmpty());
            notice.setManaged(notice.isVisible());
        };
        review.bannerProperty().addListener(o -> show.run());
        review.bannerToneProperty().addListener(o -> show.run());
        show.run();
        return notice;
    }
}
