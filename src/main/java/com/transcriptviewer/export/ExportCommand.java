package com.transcriptviewer.export;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.MessagePager;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code --export}: loads a whole conversation from the API (all pages, a few at a time) and writes it to a file,
 * without a window. Success prints one line on stdout; any failure prints one plain line on stderr and returns a
 * status saying which step failed. The file is written atomically: a failure or Ctrl+C leaves no partial file.
 */
public final class ExportCommand {

    /** The file was written. */
    public static final int OK = 0;
    /** The conversation could not be loaded (unknown id, key rejected, network, server). */
    public static final int LOAD_FAILED = 3;
    /** The file could not be written (missing folder, no permission, disk full). */
    public static final int WRITE_FAILED = 4;

    static final int PAGE_SIZE = 100;
    static final int CONCURRENCY = 4;
    private static final String PREFIX = "transcript-viewer: ";

    private final TelnyxClient client;
    private final ConversationExporter exporter;
    private final SecretScrubber secrets;

    public ExportCommand(TelnyxClient client, ConversationExporter exporter, SecretScrubber secrets) {
        this.client = Objects.requireNonNull(client, "client");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
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
            document = load(request.conversationId(), cancel);
        } catch (ApiException e) {
            err.println(PREFIX
                    + (e.kind() == ErrorKind.CANCELLED
                            ? "export cancelled; nothing was written."
                            : "could not load conversation " + request.conversationId() + ": " + e.userMessage()));
            return LOAD_FAILED;
        }
        try {
            ExportResult result = exporter.export(document, request.format(), request.out(), secrets, cancel);
            out.println(result.describe());
            return OK;
        } catch (AtomicFileWrite.CancelledException e) {
            err.println(PREFIX + "export cancelled; " + request.out() + " was not changed.");
            return WRITE_FAILED;
        } catch (IOException e) {
            err.println(PREFIX + WriteFailures.describe(request.out(), e));
            return WRITE_FAILED;
        }
    }

    /** The conversation's header (its name, channel; NOT_FOUND for an unknown id), then every message in order. */
    ExportDocument load(String conversationId, CancelToken cancel) throws ApiException {
        Conversation header = client.conversation(conversationId, cancel);
        List<Message> messages = new ArrayList<>();
        new MessagePager(client, conversationId, PAGE_SIZE)
                .loadAll(CONCURRENCY, cancel, page -> messages.addAll(page.items()));
        return new ExportDocument(conversationId, header.name(), header.channel(), messages);
    }
}
