package com.transcriptviewer.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The third-party libraries and their licences, read from {@code libraries.txt} beside this class (one
 * {@code group:artifact | version | name | licence} line each). A test keeps that file in step with the libraries
 * the build actually resolves, so a new dependency cannot ship without its notice.
 */
public final class LibraryNotices {

    private static final String RESOURCE = "libraries.txt";

    private LibraryNotices() {}

    public static List<Library> shipped() {
        try (InputStream in = LibraryNotices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Library> parse(BufferedReader reader) throws IOException {
        List<Library> libraries = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s*\\|\\s*", -1);
            if (fields.length != 4) {
                throw new IllegalStateException("a line of " + RESOURCE + " needs four fields: " + trimmed);
            }
            libraries.add(new Library(fields[0], fields[1], fields[2], fields[3]));
        }
        return List.copyOf(libraries);
    }
}
