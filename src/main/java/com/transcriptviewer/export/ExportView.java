package com.transcriptviewer.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;
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

    /** Asks the user where to save; empty when they cancelled the dialog. */
    @FunctionalInterface
    public interface FileAsker {
        Optional<Path> ask(ExportFormat format, String suggestedName, Path folder, Window owner);
    }

    private final ExportViewModel viewModel;
    private final FileAsker files;
    private final Menu menu;

    public ExportView(ExportViewModel viewModel) {
        this(viewModel, ExportView::askWithFileChooser);
    }

    public ExportView(ExportViewModel viewModel, FileAsker files) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.files = Objects.requireNonNull(files, "files");
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
        Window owner = getScene() == null ? null : getScene().getWindow();
        files.ask(
                        format,
                        viewModel.suggestedFileName(format),
                        viewModel.lastFolderProperty().get(),
                        owner)
                .ifPresent(file -> viewModel.export(format, file));
    }

    private MenuItem item(ExportFormat format, String text, org.kordamp.ikonli.Ikon ikon) {
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

    private static Optional<Path> askWithFileChooser(
            ExportFormat format, String suggestedName, Path folder, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.displayName());
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters()
                .setAll(
                        new FileChooser.ExtensionFilter(format.displayName() + " files", "*." + format.extension()),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        // The last export's folder, else the home folder (not wherever the app happened to be started from).
        Path start = folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
