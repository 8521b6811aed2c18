package com.transcriptviewer.about;

import java.util.List;
import java.util.Objects;

/** What the About dialog says: the version, the app's own licence, and each shipped library with its licence. */
public final class AboutViewModel {

    public static final String APP_NAME = "Transcript Viewer";
    public static final String LICENCE = "Licensed under the Apache License, Version 2.0.";
    public static final String COPYRIGHT = "Copyright 2026 Transcript Viewer contributors.";

    private final String version;
    private final List<Library> libraries;

    public AboutViewModel(String version, List<Library> libraries) {
        this.version = Objects.requireNonNull(version, "version");
        this.libraries = List.copyOf(libraries);
    }

    public String title() {
        return "About " + APP_NAME;
    }

    public String versionText() {
        return "Version " + version;
    }

    public List<Library> libraries() {
        return libraries;
    }

    /** Plain text of everything shown, for the Copy button (support tickets ask for the version and libraries). */
    public String asText() {
        StringBuilder out = new StringBuilder()
                .append(APP_NAME)
                .append(' ')
                .append(version)
                .append('\n')
                .append(COPYRIGHT)
                .append(' ')
                .append(LICENCE)
                .append("\n\nLibraries:\n");
        for (Library library : libraries) {
            out.append("- ")
                    .append(library.name())
                    .append(' ')
                    .append(library.version())
                    .append(" (")
                    .append(library.coordinates())
                    .append("): ")
                    .append(library.licence())
                    .append('\n');
        }
        return out.toString();
    }
}
