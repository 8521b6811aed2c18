package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.api.json.WireFormatException;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * A transcript saved to a file: JSON as the messages endpoint returns it ({@code {"data":[...],"meta":{...}}}) or a
 * bare array of messages, of any size. At the first request the file is indexed in the background, as a stream: the
 * indexer notes where each message lies, and a page is read from those places once the indexer has passed it, so the
 * first page of a file of hundreds of megabytes shows while the rest is still being indexed ({@link #indexing()}
 * tells how far it is and cancels it). Nothing of the file is kept but those places: a message's raw JSON is read
 * again from the file when asked.
 *
 * <p>A file that cannot be read or is not a transcript is a {@link ErrorKind#BAD_RESPONSE} with a sentence naming
 * the file and the problem; one that turns out broken half-way serves the pages before the problem, and the page
 * that reaches it fails with that sentence. After Cancel, the pages indexed so far are served and the next one fails
 * saying so.
 */
public final class FileTranscriptSource implements TranscriptSource {

    private final Path file;
    private final WireFormat wire;
    private final Executor indexerThread;
    private final FileBytes bytes;
    private final FileIndex index;
    private boolean started;

    public FileTranscriptSource(Path file, WireFormat wire) {
        this(file, wire, work -> AppThreads.start("file-index", work, false));
    }

    /** @param indexerThread runs the indexing, which reads the whole file (a thread of its own in the app) */
    public FileTranscriptSource(Path file, WireFormat wire, Executor indexerThread) {
        this(file, wire, indexerThread, FileIndex.DEFAULT_REPORT_EVERY);
    }

    /**
     * @param indexerThread runs the indexing, which reads the whole file (a thread of its own in the app)
     * @param reportEvery   the progress is told after every this many messages
     */
    FileTranscriptSource(Path file, WireFormat wire, Executor indexerThread, int reportEvery) {
        this.file = Objects.requireNonNull(file, "file");
        this.wire = Objects.requireNonNull(wire, "wire");
        this.indexerThread = Objects.requireNonNull(indexerThread, "indexerThread");
        this.bytes = new FileBytes(file, displayId());
        this.index = new FileIndex(reportEvery);
    }

    /** The id the transcript view shows for this file: its name. */
    public String displayId() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    @Override
    public CompletableFuture<Void> whenReadable(int pageNumber, int pageSize) {
        startIndexing();
        return index.whenIndexed(endOf(pageNumber, pageSize));
    }

    @Override
    public Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        awaitIndexed(whenReadable(pageNumber, pageSize), cancel);
        IndexProgress now = index.progress();
        int from = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, pageNumber - 1) * pageSize);
        int end = endOf(pageNumber, pageSize);
        if (now.messages() < end && now.phase() != IndexProgress.Phase.DONE) {
            // Broken or cancelled before this page's end: its messages cannot all be read, so it is not served
            // short (which would look like the end of the conversation).
            throw problem(now.problem(), null);
        }
        int to = Math.min(end, now.messages());
        List<Message> messages = from < to ? read(from, to) : List.of();
        boolean done = now.phase() == IndexProgress.Phase.DONE;
        long total = now.messages();
        return new Page<>(
                messages,
                done
                        ? new PageMeta(Math.max(1, (total + pageSize - 1) / pageSize), total, (long) pageNumber, (long)
                                pageSize)
                        : new PageMeta(null, null, (long) pageNumber, (long) pageSize),
                pageNumber,
                pageSize);
    }

    /** The indexing of this file, started now if no page was asked for yet. */
    @Override
    public Optional<FileIndexing> indexing() {
        startIndexing();
        return Optional.of(index);
    }

    @Override
    public Optional<Conversation> conversation(String conversationId, CancelToken cancel) {
        return Optional.of(new Conversation(displayId(), displayId(), null, null, Map.of()));
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(file);
    }

    @Override
    public String label() {
        return "file " + displayId();
    }

    private synchronized void startIndexing() {
        if (!started) {
            started = true;
            indexerThread.execute(new FileIndexer(file, displayId(), bytes, index, wire));
        }
    }

    /** The number of messages up to the end of page {@code pageNumber}. */
    private static int endOf(int pageNumber, int pageSize) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.max(1, pageNumber) * Math.max(1, pageSize));
    }

    private static void awaitIndexed(CompletableFuture<Void> indexed, CancelToken cancel) throws ApiException {
        if (indexed.isDone()) {
            return;
        }
        CompletableFuture<Void> waiting = indexed.thenApply(done -> null);
        try (CancelToken.Registration onCancel = cancel == null
                ? () -> {}
                : cancel.onCancel(() -> waiting.completeExceptionally(ApiException.cancelled()))) {
            waiting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.cancelled();
        } catch (ExecutionException e) {
            throw ApiException.cancelled();
        }
    }

    /** Reads messages {@code [from, to)} again from the file: their bytes in one read, then each message. */
    private List<Message> read(int from, int to) throws ApiException {
        FileIndex.Spans spans = index.spans(from, to);
        long first = spans.starts()[0];
        int last = spans.starts().length - 1;
        long length = spans.starts()[last] + spans.lengths()[last] - first;
        if (length > Integer.MAX_VALUE - 16) {
            throw problem(displayId() + " holds a page of messages too large to read.", null);
        }
        byte[] block;
        try {
            block = bytes.read(first, (int) length);
        } catch (IOException e) {
            throw problem(e.getMessage() == null ? displayId() + " could not be read again." : e.getMessage() + ".", e);
        }
        List<Message> messages = new ArrayList<>(to - from);
        for (int i = 0; i <= last; i++) {
            long start = spans.starts()[i];
            int size = spans.lengths()[i];
            try {
                messages.add(
                        wire.parseMessage(block, (int) (start - first), size, new FileRawJson(bytes, start, size)));
            } catch (WireFormatException e) {
                throw problem(displayId() + " is not a transcript: " + e.getMessage() + ".", e);
            }
        }
        return messages;
    }

    private static ApiException problem(String message, Exception cause) {
        return new ApiException(ErrorKind.BAD_RESPONSE, message, 0, null, List.of(), null, cause);
    }

    @Override
    public String toString() {
        return "FileTranscriptSource[" + file + "]";
    }
}
