package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.text.ReviewTexts;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.ui.Icons;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The part of a tool card's review under the note: the other reviewers' latest verdicts ("Ana · Wrong · 2 h ago")
 * and, when asked for, the call's history, oldest first, each with its note (masked in privacy mode).
 */
final class OtherReviewsSection {

    private final TimeFormat time;
    private final VBox others = new VBox(2);
    private final VBox history = new VBox(4);
    private final Label historyMessage = new Label();

    OtherReviewsSection(TimeFormat time) {
        this.time = time;
        others.getStyleClass().add("review-others");
        historyMessage.getStyleClass().add("review-hint");
        historyMessage.setWrapText(true);
        history.getStyleClass().add("review-history");
    }

    /** The other reviewers' verdicts. */
    Node others() {
        return others;
    }

    /** The call's history, shown while asked for. */
    Node history() {
        return history;
    }

    /** Shows {@code bound}'s other reviewers and, if asked for, its history; the notes through {@code mask}. */
    void show(CallReviewViewModel bound, TextMask mask) {
        showOthers(bound.others(), mask);
        showHistory(bound, mask);
    }

    private void showOthers(List<ReviewEntry> entries, TextMask mask) {
        others.getChildren().clear();
        for (ReviewEntry entry : entries) {
            others.getChildren().add(entryLine(entry, ReviewTexts.byline(entry, time), "review-other", mask));
        }
        CallReviewPart.shown(others, !entries.isEmpty());
    }

    private void showHistory(CallReviewViewModel bound, TextMask mask) {
        CallReviewViewModel.HistoryState state = bound.historyStateProperty().get();
        history.getChildren().clear();
        if (state == CallReviewViewModel.HistoryState.HIDDEN) {
            CallReviewPart.shown(history, false);
            return;
        }
        Label title = new Label("History of this call, oldest first");
        title.getStyleClass().add("review-caption");
        history.getChildren().add(title);
        String message = bound.historyMessageProperty().get();
        if (!message.isEmpty()) {
            historyMessage.setText(message);
            history.getChildren().add(historyMessage);
        }
        for (ReviewEntry entry : bound.history()) {
            String line = entry.reviewer() + " · "
                    + (entry.verdict() == null ? "note only" : entry.verdict().label())
                    + " · " + time.absolute(entry.savedAt()) + " (" + time.relative(entry.savedAt()) + ")"
                    + (entry.checkStatus() == null ? "" : " · check: " + entry.checkStatus());
            history.getChildren().add(entryLine(entry, line, "review-history-entry", mask));
        }
        CallReviewPart.shown(history, true);
    }

    /** A verdict's line (its icon and words) with its note under it, masked in privacy mode. */
    private static Node entryLine(ReviewEntry entry, String text, String styleClass, TextMask mask) {
        Label line = new Label(text);
        line.getStyleClass().add("review-entry-line");
        line.setWrapText(true);
        line.setMinWidth(0);
        if (entry.verdict() != null) {
            line.setGraphic(Icons.verdict(entry.verdict()));
            line.getStyleClass().add("verdict-" + entry.verdict().wireName());
        }
        VBox box = new VBox(1, line);
        box.getStyleClass().add(styleClass);
        if (!entry.note().isEmpty()) {
            Label note = new Label(mask.apply(entry.note()));
            note.getStyleClass().add("review-entry-note");
            note.setWrapText(true);
            note.setMinWidth(0);
            box.getChildren().add(note);
        }
        return box;
    }
}
