package com.transcriptviewer.export;

import com.transcriptviewer.ui.DialogService;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Export in the window: File &gt; Export &gt; JSON…, Markdown…, HTML… ({@link #menu()}) ask where to save, then this
 * strip in the status bar shows the progress with Cancel, and afterwards the outcome with Dismiss.
 */
public final class ExportView extends HBox {

    private final ExportViewModel viewModel;
    private final DialogService dialogs;
    private final Menu menu;

    /** @param dialogs asks where to save (the save dialog opens in the last export's folder) */
    public ExportView(ExportViewModel viewModel, DialogService dialogs) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        getStyleClass().add("export-strip");
        setId("export-strip");
        getStylesheets()
                .add(Objects.requireNonNull(ExportView.class.getResource("export.css"), "export.css")
                        .toExternalForm());
        setAlignment(Pos.CENTER_LEFT);

        FontIcon icon = new FontIcon(MaterialDesignE.EXPORT);
        icon.getStyleClass().add("export-icon");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.setMinWidth(USE_PREF_SIZE);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId("export-message");
        message.getStyleClass().add("export-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setGraphic(icon);
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.getStyleClass().addAll("small");
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("export-dismiss");
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setOnAction(e -> viewModel.dismiss());
        dismiss.visibleProperty().bind(viewModel.busyProperty().not());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        getChildren().setAll(message, bar, spacer, cancel, dismiss);

        visibleProperty().bind(viewModel.phaseProperty().isNotEqualTo(ExportViewModel.Phase.IDLE));
        managedProperty().bind(visibleProperty());
        viewModel.phaseProperty().addListener((obs, old, phase) -> showPhase(icon, phase));
        showPhase(icon, viewModel.phaseProperty().get());

        menu = new Menu(
                "Export",
                null,
                item(ExportFormat.JSON, "JSON…", MaterialDesignC.CODE_JSON),
                item(ExportFormat.MARKDOWN, "Markdown…", MaterialDesignF.FILE_DOCUMENT_OUTLINE),
                item(ExportFormat.HTML, "HTML…", MaterialDesignF.FILE_CODE_OUTLINE));
        menu.setId("menu-export");
    }

    /** The File menu's Export submenu; its items are disabled while no conversation is open or an export runs. */
    public Menu menu() {
        return menu;
    }

    /** What File &gt; Export &gt; {@code format} does: ask for the file, then export to it. */
    public void chooseFileAndExport(ExportFormat format) {
        if (!viewModel.canExportProperty().get()) {
            return;
        }
        dialogs.askFileToSave(new DialogService.FileRequest(
                        "Export as " + format.displayName(),
                        List.of(
                                new DialogService.FileType(format.displayName() + " files", "*." + format.extension()),
                                DialogService.FileType.ALL),
                        viewModel.lastFolderProperty().get(),
                        viewModel.suggestedFileName(format)))
                .ifPresent(file -> viewModel.export(format, file));
    }

    private MenuItem item(ExportFormat format, String text, Ikon ikon) {
        MenuItem item = new MenuItem(text, new FontIcon(ikon));
        item.setId("menu-export-" + format.optionName());
        item.disableProperty().bind(Bindings.not(viewModel.canExportProperty()));
        item.setOnAction(e -> chooseFileAndExport(format));
        return item;
    }

    private void showPhase(FontIcon icon, ExportViewModel.Phase phase) {
        getStyleClass().removeAll("done", "failed", "cancelled");
        switch (phase) {
            case DONE -> {
                getStyleClass().add("done");
                icon.setIconCode(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
            }
            case FAILED -> {
                getStyleClass().add("failed");
                icon.setIconCode(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            }
            case CANCELLED -> {
                getStyleClass().add("cancelled");
                icon.setIconCode(MaterialDesignC.CLOSE_CIRCLE_OUTLINE);
            }
            default -> icon.setIconCode(MaterialDesignE.EXPORT);
        }
    }
}
