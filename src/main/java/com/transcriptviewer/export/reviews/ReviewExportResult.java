package com.transcriptviewer.export.reviews;

import com.transcriptviewer.text.SizeFormat;
import java.nio.file.Path;

/** A finished export of reviews: where it went, how big it is, how many entries it holds. */
public record ReviewExportResult(Path file, long bytes, int entries, ReviewExportFormat format) {

    /** "Exported 42 reviews as CSV to /home/ana/reviews.csv (3.1 KB)." */
    public String describe() {
        String what = SizeFormat.count(entries) + (entries == 1 ? " review" : " reviews");
        String sentence = "Exported " + what + " as " + format.displayName() + " to " + file + " ("
                + SizeFormat.bytes(bytes) + ").";
        return entries == 0 ? sentence + " No review matched the choices." : sentence;
    }
}
