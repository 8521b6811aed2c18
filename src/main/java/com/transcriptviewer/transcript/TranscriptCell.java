package com.transcriptviewer.transcript;

import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.json.JsonView;
import java.util.OptionalDouble;
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
    /** Shared by the list's cells: what one laid out, the measuring cell need not lay out again. */
    private final RowHeights heights;
    /**
     * The row given to the list's measuring cell and not bound yet, with its silence marker: bound only if its height
     * is not known (see {@link RowHeights}); null otherwise.
     */
    private TranscriptRow.MessageRow unbound;

    private String unboundSilence;

    TranscriptCell(Runnable retry) {
        this(retry, new SimpleIntegerProperty(SilenceGap.DEFAULT_THRESHOLD_SECONDS));
    }

    /** @param silenceThreshold seconds of silence before a message that earn it a marker; read on every update */
    TranscriptCell(Runnable retry, ObservableIntegerValue silenceThreshold) {
        this(retry, silenceThreshold, ToolCallCard::new);
    }

    /** @param cards makes the tool-call cards of the cell's bubble */
    TranscriptCell(Runnable retry, ObservableIntegerValue silenceThreshold, Supplier<ToolCallCard> cards) {
        this(retry, silenceThreshold, cards, new RowHeights());
    }

    /** @param heights the heights of rows laid out, shared by the list's cells */
    TranscriptCell(
            Runnable retry, ObservableIntegerValue silenceThreshold, Supplier<ToolCallCard> cards, RowHeights heights) {
        this.silenceThreshold = silenceThreshold;
        this.heights = heights;
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

    /**
     * The bubble's height depends on the width it gets; ask it for exactly the width this cell gives it, and keep it
     * for the measuring cell (see {@link RowHeights}), which takes a row's known height without binding it.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (unbound != null) {
            if (width < 0) {
                // Its hidden group sizing it: the list asks with the row's width, never like this.
                return snappedTopInset() + snappedBottomInset();
            }
            OptionalDouble known = heights.find(unbound.bubble(), width, unboundSilence);
            if (known.isPresent()) {
                return known.getAsDouble();
            }
            bindUnbound();
        }
        if (getGraphic() == bubble && bubble.isManaged() && width > 0) {
            double inner = width - snappedLeftInset() - snappedRightInset();
            double height = snappedTopInset() + bubble.prefHeight(inner) + snappedBottomInset();
            if (bubble.getViewModel() != null) {
                heights.remember(bubble.getViewModel(), width, bubble.getSilenceText(), height);
            }
            return height;
        }
        return super.computePrefHeight(width);
    }

    /** The list sizes a row between its minimum and preferred height: a row measured from memory is not less. */
    @Override
    protected double computeMinHeight(double width) {
        if (unbound != null) {
            return computePrefHeight(width);
        }
        return super.computeMinHeight(width);
    }

    /** The list's measuring cell sits in a hidden group of the list's own; the cells on screen do not. */
    private boolean measuringOnly() {
        return getParent() != null && !getParent().isVisible();
    }

    private void bindUnbound() {
        TranscriptRow.MessageRow row = unbound;
        unbound = null;
        showMessage(row, unboundSilence);
    }

    private void showMessage(TranscriptRow.MessageRow message, String silence) {
        bubble.bind(message.bubble());
        bubble.showSilence(silence);
        showBubble(true);
        setGraphic(bubble);
    }

    @Override
    protected void updateItem(TranscriptRow row, boolean empty) {
        super.updateItem(row, empty);
        unbound = null;
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
            String silence = SilenceGap.marker(message.bubble().silenceBefore(), silenceThreshold.get());
            if (measuringOnly()) {
                // Bound when its height is asked for and not known: most rows the list measures were on screen.
                unbound = message;
                unboundSilence = silence;
                setGraphic(bubble);
            } else {
                showMessage(message, silence);
            }
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
