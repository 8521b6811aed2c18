package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where a transcript's pages come from: the Telnyx API (real or demo server) or a file. Calls block; the view-model
 * runs them off the FX thread.
 */
public interface TranscriptSource {

    Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel) throws ApiException;

    /**
     * Completes once page {@code pageNumber} can be read without waiting: at once for most sources; a file still
     * being indexed completes it when the indexer has passed that page (or stopped). The loader waits for it before
     * it gives the page request a thread, so a page not indexed yet holds none.
     */
    default CompletableFuture<Void> whenReadable(int pageNumber, int pageSize) {
        return CompletableFuture.completedFuture(null);
    }

    /** The background indexing of a file source, with its progress and Cancel; empty for a source that has none. */
    default Optional<FileIndexing> indexing() {
        return Optional.empty();
    }

    /** The conversation's header details, when the source knows them. */
    Optional<Conversation> conversation(String conversationId, CancelToken cancel) throws ApiException;

    /** Shown in the status bar: "demo data", "api.telnyx.com", a file name. */
    String label();

    /**
     * The API client behind this source, for what surrounds a conversation there (its assistant, its insights);
     * empty for a source with no API behind it.
     */
    default Optional<TelnyxClient> apiClient() {
        return Optional.empty();
    }

    /** The file this source reads, for what the user chose to go with that file; empty when it reads none. */
    default Optional<Path> file() {
        return Optional.empty();
    }
}
