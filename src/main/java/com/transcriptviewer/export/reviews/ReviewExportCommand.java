package com.transcriptviewer.export.reviews;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.export.AtomicFileWrite;
import com.transcriptviewer.export.WriteFailures;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.StoreStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code --export-reviews}: reads the entries asked for from the review database and writes them to a file, without a
 * window. Success prints one line on stdout; a failure prints one plain line on stderr and returns a status saying
 * which step failed. The file is written atomically: a failure or Ctrl+C leaves no partial file.
 */
public final class ReviewExportCommand {

    /** The file was written. */
    public static final int OK = 0;
    /** The review database could not be opened or read (missing, locked, corrupt, the team server unreachable). */
    public static final int READ_FAILED = 3;
    /** The file could not be written (missing folder, no permission, disk full). */
    public static final int WRITE_FAILED = 4;

    private static final String PREFIX = "transcript-viewer: ";

    /** Where the reviews are read from. */
    public interface Source {

        /** For messages: "the review database /home/ana/.local/state/transcript-viewer/reviews.db". */
        String describe();

        /** Opens the store; blocking. The command closes it. */
        ReviewStore open() throws StoreException;
    }

    private final Source source;
    private final ReviewExporter exporter;

    public ReviewExportCommand(Source source, ReviewExporter exporter) {
        this.source = Objects.requireNonNull(source, "source");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /** Runs the export; {@code cancel} (Ctrl+C) stops it without leaving a partial file. Returns the exit status. */
    public int run(ReviewExportRequest request, CancelToken cancel, PrintStream out, PrintStream err) {
        Optional<String> unwritable = WriteFailures.precheck(request.out());
        if (unwritable.isPresent()) {
            err.println(PREFIX + "cannot write " + request.out() + ": " + unwritable.get());
            return WRITE_FAILED;
        }
        List<ReviewEntry> entries;
        try (ReviewStore store = source.open()) {
            entries = store.entries(request.filter());
            StoreStatus status = store.status();
            if (status.mode() == StoreStatus.Mode.TEAM && !status.reachable()) {
                // The store then answers from this computer's own verdicts: a partial file would pass for the whole.
                err.println(PREFIX + "could not reach " + source.describe() + ": " + sentence(status.problem())
                        + " Only this computer's reviews could be read, so nothing was written.");
                return READ_FAILED;
            }
        } catch (StoreException e) {
            err.println(PREFIX + "could not read reviews from " + source.describe() + ": " + sentence(e.getMessage()));
            return READ_FAILED;
        }
        try {
            ReviewExportResult result = exporter.export(entries, request.format(), request.out(), cancel);
            out.println(result.describe());
            return OK;
        } catch (AtomicFileWrite.CancelledException e) {
            err.println(PREFIX + "export cancelled; " + request.out() + " was not changed.");
            return WRITE_FAILED;
        } catch (IOException e) {
            err.println(PREFIX + WriteFailures.describe(request.out(), e));
            return WRITE_FAILED;
        }
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "the database gave no reason.";
        }
        String text = message.strip();
        return text.endsWith(".") ? text : text + ".";
    }
}
