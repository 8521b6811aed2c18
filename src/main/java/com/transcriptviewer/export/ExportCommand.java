package com.transcriptviewer.export;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.source.ConversationLoad;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.TranscriptSource;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code --export}: loads a whole conversation (every page, a few at a time, through the one conversation loader)
 * and writes it to a file, without a window. Success prints one line on stdout; any failure prints one plain line on
 * stderr and returns a status saying which step failed. The file is written atomically: a failure or Ctrl+C leaves no
 * partial file. The messages decide whether the conversation exists; its header (name, channel) is optional, as in
 * the window.
 */
public final class ExportCommand {

    /** The file was written. */
    public static final int OK = 0;
    /** The conversation could not be loaded (unknown id, key rejected, network, server). */
    public static final int LOAD_FAILED = 3;
    /** The file could not be written (missing folder, no permission, disk full). */
    public static final int WRITE_FAILED = 4;

    private static final String PREFIX = "transcript-viewer: ";

    private final ConversationLoader loader;
    private final TranscriptSource source;
    private final ConversationExporter exporter;
    private final SecretScrubber secrets;
    private final ExportExtras extras;
    /** The loaded conversation's own record, when the source had it (its numbers tell the region to mask in). */
    private Conversation header;

    /** @param extras the checks, insights and reviews to write beside the messages */
    public ExportCommand(
            ConversationLoader loader,
            TranscriptSource source,
            ConversationExporter exporter,
            SecretScrubber secrets,
            ExportExtras extras) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.source = Objects.requireNonNull(source, "source");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.extras = Objects.requireNonNull(extras, "extras");
    }

    /** Runs the export; {@code cancel} (Ctrl+C) stops it without leaving a partial file. Returns the exit status. */
    public int run(ExportRequest request, CancelToken cancel, PrintStream out, PrintStream err) {
        Optional<String> unwritable = WriteFailures.precheck(request.out());
        if (unwritable.isPresent()) {
            // Said before loading thousands of messages that could not be saved anyway.
            err.println(PREFIX + "cannot write " + request.out() + ": " + unwritable.get());
            return WRITE_FAILED;
        }
        ExportDocument document;
        try {
            document = load(request.conversationId(), cancel, err);
        } catch (ApiException e) {
            err.println(PREFIX
                    + (e.kind() == ErrorKind.CANCELLED
                            ? "export cancelled; nothing was written."
                            : "could not load conversation " + request.conversationId() + ": " + e.userMessage()));
            return LOAD_FAILED;
        }
        try {
            if (request.redact()) {
                document = ExportMask.apply(document, PrivacyMasks.forConversation(header));
            }
            ExportResult result = exporter.export(document, request.format(), request.out(), secrets, cancel);
            out.println(result.describe() + (request.redact() ? " Personal data masked." : ""));
            return OK;
        } catch (AtomicFileWrite.CancelledException e) {
            err.println(PREFIX + "export cancelled; " + request.out() + " was not changed.");
            return WRITE_FAILED;
        } catch (IOException e) {
            err.println(PREFIX + WriteFailures.describe(request.out(), e));
            return WRITE_FAILED;
        }
    }

    /**
     * Every message in order, and the header (name, channel) when the source has one; a wait for a rate limit is one
     * line on {@code err}.
     */
    ExportDocument load(String conversationId, CancelToken cancel, PrintStream err) throws ApiException {
        ConversationLoad load = loader.open(source, conversationId);
        try (CancelToken.Registration stop = cancel.onCancel(load::cancel)) {
            CompletableFuture<Optional<Conversation>> header = load.header();
            List<Message> messages = load.remainingMessages(
                    wait -> err.println(PREFIX + "rate-limited by the API; retrying in " + wait.toSeconds() + " s."));
            Optional<Conversation> known = ConversationLoad.await(header);
            this.header = known.orElse(null);
            ExportExtras.Extras beside = extras.load(conversationId, known, messages, cancel);
            return new ExportDocument(
                    conversationId,
                    known.map(Conversation::name).orElse(""),
                    known.map(Conversation::channel).orElse(""),
                    messages,
                    beside.checks(),
                    beside.insights(),
                    beside.reviews());
        }
    }
}
