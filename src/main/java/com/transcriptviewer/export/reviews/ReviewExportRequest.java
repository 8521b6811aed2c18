package com.transcriptviewer.export.reviews;

import com.transcriptviewer.store.ReviewFilter;
import java.nio.file.Path;
import java.util.Objects;

/** {@code --export-reviews --out PATH}: which entries, in which format, to which file. */
public record ReviewExportRequest(ReviewFilter filter, ReviewExportFormat format, Path out) {

    public ReviewExportRequest {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
    }
}
