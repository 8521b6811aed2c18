package com.transcriptviewer;

import com.transcriptviewer.assistant.CheckRequest;
import com.transcriptviewer.export.ExportRequest;
import com.transcriptviewer.export.reviews.ReviewExportRequest;
import com.transcriptviewer.library.LibraryRequest;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked for on the command line. Built by {@link CommandLine#parse(java.util.List)}; immutable.
 *
 * @param conversationId conversation to open at start, if any
 * @param file           transcript file to open at start, if any
 * @param forceDemo      run on the built-in demo server even when an API key is set
 * @param baseUrl        API base URL overriding settings and {@code TELNYX_BASE_URL}
 * @param serveDemo      run only the demo API server, no window
 * @param port           port for {@code --serve-demo} (0 picks a free one)
 * @param help           print usage and exit
 * @param version        print the version and exit
 * @param exitAfterFirstPage exit with status 0 once the first transcript page is on screen (installer checks)
 * @param export         export a conversation to a file and exit, no window
 * @param check          check conversations' tool calls against their assistant and exit, no window
 * @param exportReviews  export the QA reviews to a file and exit, no window
 * @param library        search the library or sync conversations into it and exit, no window
 */
public record StartupOptions(
        Optional<String> conversationId,
        Optional<Path> file,
        boolean forceDemo,
        Optional<String> baseUrl,
        boolean serveDemo,
        int port,
        boolean help,
        boolean version,
        boolean exitAfterFirstPage,
        Optional<ExportRequest> export,
        Optional<CheckRequest> check,
        Optional<ReviewExportRequest> exportReviews,
        Optional<LibraryRequest> library) {

    public static StartupOptions defaults() {
        return new StartupOptions(
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                false,
                0,
                false,
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
