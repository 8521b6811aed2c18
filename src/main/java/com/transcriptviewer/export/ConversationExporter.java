package com.transcriptviewer.export;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.text.markdown.MarkdownTranscript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Renders a loaded conversation in a format and writes it atomically, with the API key scrubbed out. Blocking:
 * callers run it off the FX thread. Thread-safe.
 */
public final class ConversationExporter {

    private final ZoneId zone;
    private final Clock clock;

    /** @param zone the zone message times are shown in (the app's time-zone setting) */
    public ConversationExporter(ZoneId zone, Clock clock) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TranscriptRenderer renderer(ExportFormat format) {
        return switch (format) {
            case JSON -> new JsonTranscript();
            case MARKDOWN -> markdown(new MarkdownTranscript(zone));
            case HTML -> new HtmlTranscript(zone, clock);
        };
    }

    private static TranscriptRenderer markdown(MarkdownTranscript markdown) {
        return (document, out) -> out.write(markdown.document(
                document.conversationId(),
                document.name(),
                document.channel(),
                document.messages(),
                document.checks(),
                document.insights(),
                document.reviews()));
    }

    /**
     * Writes {@code document} to {@code target}.
     *
     * @throws AtomicFileWrite.CancelledException when {@code cancel} fired; the target is untouched
     * @throws IOException                        when the file could not be written; the target is untouched
     */
    public ExportResult export(
            ExportDocument document, ExportFormat format, Path target, SecretScrubber secrets, CancelToken cancel)
            throws IOException {
        ExportDocument clean;
        try {
            clean = secrets.scrub(document);
        } catch (UncheckedIOException unreadable) {
            throw unreadable.getCause(); // a transcript file's message could not be read again
        }
        TranscriptRenderer renderer = renderer(format);
        long bytes = AtomicFileWrite.write(target, out -> renderer.render(clean, out), cancel);
        return new ExportResult(target.toAbsolutePath(), bytes, clean.messages().size(), format);
    }
}
