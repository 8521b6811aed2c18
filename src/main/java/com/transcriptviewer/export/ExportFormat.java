package com.transcriptviewer.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a conversation can be exported to, with the name used on the command line and the extension. */
public enum ExportFormat {
    JSON("json", "JSON", "json"),
    MARKDOWN("md", "Markdown", "md"),
    HTML("html", "HTML", "html");

    private final String optionName;
    private final String displayName;
    private final String extension;

    ExportFormat(String optionName, String displayName, String extension) {
        this.optionName = optionName;
        this.displayName = displayName;
        this.extension = extension;
    }

    /** "json", "md", "html": the value of {@code --format}. */
    public String optionName() {
        return optionName;
    }

    /** "JSON", "Markdown", "HTML": for menus and messages. */
    public String displayName() {
        return displayName;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Reads a {@code --format} value; a few obvious spellings ("markdown", "htm") are accepted too. */
    public static Optional<ExportFormat> fromOptionName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "html", "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }

    /** The format a file name's extension stands for ({@code .json}, {@code .md}, {@code .markdown}, {@code .html}). */
    public static Optional<ExportFormat> fromFileName(Path file) {
        return FileExtension.of(file).flatMap(ExportFormat::fromOptionName);
    }
}
