package com.transcriptviewer.export;

import java.io.IOException;
import java.io.Writer;

/** Writes a conversation in one format, streaming, so a 10,000-message export never sits in memory twice. */
@FunctionalInterface
public interface TranscriptRenderer {

    void render(ExportDocument document, Writer out) throws IOException;
}
