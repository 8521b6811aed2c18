package com.transcriptviewer.export.reviews;

import com.transcriptviewer.export.FileExtension;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats reviews can be exported to: a spreadsheet's CSV, or JSON rows shaped as Langfuse scores. */
public enum ReviewExportFormat {
    CSV("csv", "CSV"),
    JSON("json", "JSON");

    private final String optionName;
    private final String displayName;

    ReviewExportFormat(String optionName, String displayName) {
        this.optionName = optionName;
        this.displayName = displayName;
    }

    /** "csv", "json": the value of {@code --format}, and the file name's extension. */
    public String optionName() {
        return optionName;
    }

    /** "CSV", "JSON": for the dialog and messages. */
    public String displayName() {
        return displayName;
    }

    public String extension() {
        return optionName;
    }

    /** Reads a {@code --format} value. */
    public static Optional<ReviewExportFormat> fromOptionName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The format a file name's extension stands for ({@code .csv}, {@code .json}). */
    public static Optional<ReviewExportFormat> fromFileName(Path file) {
        return FileExtension.of(file).flatMap(ReviewExportFormat::fromOptionName);
    }
}
