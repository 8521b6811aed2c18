package com.transcriptviewer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dialogs a view may open: file choosers, the app's own dialogs (Settings, About) and the features' dialogs. Views ask this service
 * instead of opening windows themselves, so every dialog is owned by the main window and tests replace the service
 * with one that answers at once. Call on the FX thread.
 */
public interface DialogService {

    /** Asks for a file to open; empty when the user cancelled. */
    Optional<Path> askFileToOpen(FileRequest request);

    /** Asks where to save a file; empty when the user cancelled. */
    Optional<Path> askFileToSave(FileRequest request);

    /** Opens the Settings dialog (tool bar cog, File menu, the "key rejected" pane's button). */
    void showSettings();

    /** Opens Help &gt; About. */
    void showAbout();

    /** Shows a feature's own dialog (File &gt; Export reviews…), owned by the main window, and returns at once. */
    void showDialog(javafx.scene.control.Dialog<?> dialog);

    /**
     * What a file chooser offers.
     *
     * @param types         the file types to pick from, the first selected
     * @param folder        where it opens; null or a missing folder means the user's home folder
     * @param suggestedName the name a save dialog proposes; empty for none
     */
    record FileRequest(String title, List<FileType> types, Path folder, String suggestedName) {

        public FileRequest {
            Objects.requireNonNull(title, "title");
            types = List.copyOf(types);
            suggestedName = suggestedName == null ? "" : suggestedName;
        }
    }

    /** A choice in a file chooser's type list, e.g. "JSON transcripts" with {@code *.json}. */
    record FileType(String description, String pattern) {

        public static final FileType ALL = new FileType("All files", "*.*");
    }
}
