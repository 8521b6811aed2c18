package com.transcriptviewer.export;

import com.transcriptviewer.text.SizeFormat;
import java.nio.file.Path;

/** A finished export: where it went, how big it is, how many messages it holds. */
public record ExportResult(Path file, long bytes, int messages, ExportFormat format) {

    /** "Exported 1,204 messages as HTML to /home/ana/call.html (312.4 KB)." */
    public String describe() {
        return "Exported " + SizeFormat.count(messages) + (messages == 1 ? " message" : " messages") + " as "
                + format.displayName() + " to " + file + " (" + SizeFormat.bytes(bytes) + ").";
    }
}
