package com.transcriptviewer.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The {@link DialogService} of the running app: JavaFX file choosers and dialogs, owned by the main window. */
public final class FxDialogs implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<Dialog<?>> settings;
    private final Supplier<Dialog<?>> about;

    /**
     * @param owner    the main window (null before it is shown)
     * @param settings makes the Settings dialog, afresh each time it opens
     * @param about    makes the About dialog
     */
    public FxDialogs(Supplier<Window> owner, Supplier<Dialog<?>> settings, Supplier<Dialog<?>> about) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.about = Objects.requireNonNull(about, "about");
    }

    @Override
    public Optional<Path> askFileToOpen(FileRequest request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> askFileToSave(FileRequest request) {
        return Optional.ofNullable(chooser(request).showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showSettings() {
        show(settings.get());
    }

    @Override
    public void showAbout() {
        show(about.get());
    }

    @Override
    public void showDialog(Dialog<?> dialog) {
        show(dialog);
    }

    private void show(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.show();
        ScreenFit.keepOnScreen(dialog.getDialogPane().getScene().getWindow(), 0, 0);
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileType type : request.types()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
        }
        if (!request.suggestedName().isEmpty()) {
            chooser.setInitialFileName(request.suggestedName());
        }
        // The folder asked for, else the home folder (not wherever the app happened to be started from).
        Path folder = request.folder();
        Path start = folder != null && Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }
}
