package com.transcriptviewer.export;

import java.nio.file.Path;
import java.util.Objects;

/** {@code --export ID --format F --out PATH}: which conversation, in which format, to which file. */
public record ExportRequest(String conversationId, ExportFormat format, Path out) {

    public ExportRequest {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
    }
}
