package com.transcriptviewer.export.reviews;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.export.AtomicFileWrite;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.model.ReviewEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes review entries in a format, atomically (readers see the old file or the whole new one), with the API key
 * scrubbed out of notes and labels. Blocking: callers run it off the FX thread. Thread-safe.
 */
public final class ReviewExporter {

    private final SecretScrubber secrets;

    /** @param secrets what no written note may contain (the API key in use) */
    public ReviewExporter(SecretScrubber secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Writes {@code entries} to {@code target}.
     *
     * @throws AtomicFileWrite.CancelledException when {@code cancel} fired; the target is untouched
     * @throws IOException                        when the file could not be written; the target is untouched
     */
    public ReviewExportResult export(
            List<ReviewEntry> entries, ReviewExportFormat format, Path target, CancelToken cancel) throws IOException {
        List<ReviewEntry> clean = entries.stream().map(secrets::scrub).toList();
        ReviewRenderer renderer = ReviewRenderer.of(format);
        long bytes = AtomicFileWrite.write(target, out -> renderer.render(clean, out), cancel);
        return new ReviewExportResult(target.toAbsolutePath(), bytes, clean.size(), format);
    }
}
