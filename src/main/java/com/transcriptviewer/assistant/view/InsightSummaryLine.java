package com.transcriptviewer.assistant.view;

import com.transcriptviewer.transcript.TranscriptView;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * The conversation's summary as one line under its title (see {@link
 * com.transcriptviewer.model.ConversationInsights#summary()}): ellipsised to the room the header has, the whole
 * text in its tooltip, and gone when the conversation has no summary.
 */
final class InsightSummaryLine extends Label {

    private final Tooltip full = new Tooltip();

    InsightSummaryLine(InsightsViewModel viewModel) {
        getStyleClass().add("insight-summary-line");
        getStylesheets().add(InsightsView.STYLESHEET);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        // The header gives it its width; its own text must not widen the header.
        setMinWidth(0);
        setPrefWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        full.setWrapText(true);
        full.setMaxWidth(520);
        viewModel.summaryProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.summaryProperty().get());
    }

    /** Puts the line under the title of {@code transcript}. */
    static void install(TranscriptView transcript, InsightsViewModel viewModel) {
        transcript.setSubtitle(new InsightSummaryLine(viewModel));
    }

    private void show(String summary) {
        setText(summary);
        full.setText(summary);
        setTooltip(summary.isEmpty() ? null : full);
        setVisible(!summary.isEmpty());
        setManaged(!summary.isEmpty());
    }
}
