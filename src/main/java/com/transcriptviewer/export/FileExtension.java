package com.transcriptviewer.export;

import java.nio.file.Path;
import java.util.Optional;

/** The extension of a file's name, as the export formats read it to tell which format a chosen file asks for. */
public final class FileExtension {

    private FileExtension() {}

    /** The text after the last dot of the file's name, without the dot; empty without a name or a dot. */
    public static Optional<String> of(Path file) {
        Path name = file == null ? null : file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(text.substring(dot + 1));
    }
}
