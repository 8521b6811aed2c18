package com.transcriptviewer.transcript;

import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.json.JsonView;
import java.util.function.Supplier;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/**
 * One row of the transcript list. The cell keeps one bubble node and re-binds it to each message it shows, so
 * scrolling thousands of messages creates only as many nodes as fit on screen.
 */
final class TranscriptCell extends ListCell<TranscriptRow> {

    private final MessageBubble bubble;
    private final Label loadingText = new Label();
    private final HBox loadingRow;
    private final Label errorText = new Label();
    private final HBox errorRow;
    private final Label endText = new Label();
    private final HBox endRow;

    private final ObservableIntegerValue silenceThreshold;

    TranscriptCell(Runnable retry) {
        this(retry, new SimpleIntegerProperty(SilenceGap.DEFAULT_THRESHOLD_SECONDS));
    }

    /** @param silenceThreshold seconds of silence before a message that earn it a marker; read on every update */
    TranscriptCell(Runnable retry, ObservableIntegerValue silenceThreshold) {
        this(retry, silenceThreshold, ToolCallCard::new);
    }

    /** @param cards makes the tool-call cards of the cell's bubble */
    TranscriptCell(Runnable retry, ObservableIntegerValue silenceThreshold, Supplier<ToolCallCard> cards) {
        this.silenceThreshold = silenceThreshold;
        this.bubble = new MessageBubble(cards, JsonView::new);
        getStyleClass().add("transcript-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
        // Width 0: the cell takes the list's width instead of growing it, so long text wraps.
        setPrefWidth(0);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        loadingRow = statusRow("loading-row", spinner, loadingText);

        errorText.setWrapText(true);
        errorText.setGraphic(Icons.error());
        Button retryButton = new Button("Retry", Icons.retry());
        retryButton.setOnAction(e -> retry.run());
        errorRow = statusRow("error-row", errorText, retryButton);

        endRow = statusRow("end-row", endText);

        // A press on a message's text goes to its text area (for selecting text), which keeps it from the list:
        // select the message here, so clicking anywhere on it selects it (and the details pane follows).
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY
                    && !event.isShiftDown()
                    && !event.isShortcutDown()
                    && !isEmpty()
                    && !isSelected()
                    && getListView() != null) {
                getListView().getSelectionModel().clearAndSelect(getIndex());
            }
        });
    }

    private void showBubble(boolean shown) {
        bubble.setVisible(shown);
        bubble.setManaged(shown);
    }

    private static HBox statusRow(String styleClass, Node... children) {
        HBox row = new HBox(10, children);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().addAll("status-row", styleClass);
        return row;
    }

    /** The bubble's height depends on the width it gets; ask it for exactly the width this cell gives it. */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == bubble && bubble.isManaged() && width > 0) {
            double inner = width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + bubble.prefHeight(inner) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void updateItem(TranscriptRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            if (getGraphic() == bubble) {
                // Hidden, not taken out: put back into the scene, the bubble's whole tree (text area, JSON views,
                // cards) would be matched against the stylesheets again, and the list empties and refills cells all
                // the time (above all the one it measures rows with while scrolling).
                bubble.unbind();
                showBubble(false);
            } else {
                setGraphic(null);
            }
        } else if (row instanceof TranscriptRow.MessageRow message) {
            bubble.bind(message.bubble());
            bubble.showSilence(SilenceGap.marker(message.bubble().silenceBefore(), silenceThreshold.get()));
            showBubble(true);
            setGraphic(bubble);
        } else if (row instanceof TranscriptRow.LoadingRow loading) {
            loadingText.setText(loading.text());
            setGraphic(loadingRow);
        } else if (row instanceof TranscriptRow.ErrorRow error) {
            errorText.setText(error.text());
            setGraphic(errorRow);
        } else if (row instanceof TranscriptRow.EndRow end) {
            endText.setText(end.text());
            setGraphic(endRow);
        }
    }
}
