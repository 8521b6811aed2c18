package com.transcriptviewer.transcript;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The status bar's strip for a transcript file being indexed: how many messages and what share of the file so far,
 * a progress bar and Cancel; after a failure or Cancel, why it stopped. Hidden for the API and once the file is
 * indexed.
 */
public final class IndexingStrip extends HBox {

    public IndexingStrip(TranscriptViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        setId("indexing-strip");
        getStyleClass().add("indexing-strip");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        FontIcon icon = new FontIcon(MaterialDesignF.FILE_SEARCH_OUTLINE);
        Label text = new Label();
        text.setId("indexing-text");
        text.getStyleClass().add("indexing-text");
        text.setGraphic(icon);
        text.setMinWidth(0);
        text.textProperty().bind(viewModel.indexingTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.setMinWidth(USE_PREF_SIZE);
        bar.progressProperty().bind(viewModel.indexingShareProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("indexing-cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> viewModel.cancelIndexing());
        getChildren().setAll(text, bar, spacer, cancel);

        viewModel.indexingRunningProperty().addListener((obs, was, running) -> showRunning(icon, bar, cancel, running));
        showRunning(icon, bar, cancel, viewModel.indexingRunningProperty().get());
        visibleProperty().bind(viewModel.indexingTextProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** While it runs: the bar and Cancel; once stopped, only why, marked as a problem. */
    private void showRunning(FontIcon icon, ProgressBar bar, Button cancel, boolean running) {
        bar.setVisible(running);
        bar.setManaged(running);
        cancel.setVisible(running);
        cancel.setManaged(running);
        icon.setIconCode(running ? MaterialDesignF.FILE_SEARCH_OUTLINE : MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        getStyleClass().remove("stopped");
        if (!running) {
            getStyleClass().add("stopped");
        }
    }
}
