package com.transcriptviewer.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code --export ID --format F --out PATH [--redact]}: which conversation, in which format, to which file, and
 * whether personal data is masked in it (privacy mode).
 */
public record ExportRequest(String conversationId, ExportFormat format, Path out, boolean redact) {

    public ExportRequest {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
    }

    /** An export with nothing masked. */
    public ExportRequest(String conversationId, ExportFormat format, Path out) {
        this(conversationId, format, out, false);
    }
}
