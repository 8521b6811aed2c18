package com.transcriptviewer.export.reviews;

import com.transcriptviewer.model.ReviewEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes review entries in one format, streaming. */
@FunctionalInterface
public interface ReviewRenderer {

    void render(List<ReviewEntry> entries, Writer out) throws IOException;

    static ReviewRenderer of(ReviewExportFormat format) {
        return switch (format) {
            case CSV -> new ReviewCsv();
            case JSON -> new ReviewJson();
        };
    }
}
