package com.transcriptviewer.library.view;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The status bar's strip for the library: how the open conversation stands in it ("Kept 3 days ago · refreshed"),
 * and a sync's progress (conversations, messages, rate, time left) with a bar and Cancel, then its outcome.
 */
public final class LibraryStrip extends HBox {

    public LibraryStrip(LibraryViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        setId("library-strip");
        getStyleClass().add("indexing-strip");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        Label kept = new Label();
        kept.setId("library-kept");
        kept.getStyleClass().add("indexing-text");
        kept.setGraphic(new FontIcon(MaterialDesignB.BOOKSHELF));
        kept.setMinWidth(0);
        kept.textProperty().bind(viewModel.keptStatusProperty());
        kept.visibleProperty().bind(viewModel.keptStatusProperty().isNotEmpty());
        kept.managedProperty().bind(kept.visibleProperty());

        Label sync = new Label();
        sync.setId("library-sync-text");
        sync.getStyleClass().add("indexing-text");
        sync.setGraphic(new FontIcon(MaterialDesignS.SYNC));
        sync.setMinWidth(0);
        sync.textProperty().bind(viewModel.syncTextProperty());
        sync.visibleProperty().bind(viewModel.syncTextProperty().isNotEmpty());
        sync.managedProperty().bind(sync.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.setMinWidth(USE_PREF_SIZE);
        bar.progressProperty().bind(viewModel.syncFractionProperty());
        bar.visibleProperty().bind(viewModel.syncRunningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("library-sync-cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> viewModel.cancelSync());
        cancel.visibleProperty().bind(viewModel.syncRunningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().add("small");
        dismiss.setOnAction(e -> viewModel.dismissSyncText());
        dismiss.visibleProperty()
                .bind(viewModel
                        .syncRunningProperty()
                        .not()
                        .and(viewModel.syncTextProperty().isNotEmpty()));
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        getChildren().setAll(kept, sync, bar, spacer, cancel, dismiss);

        visibleProperty()
                .bind(viewModel
                        .keptStatusProperty()
                        .isNotEmpty()
                        .or(viewModel.syncTextProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }
}
