package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a transcript's pages come from: the Telnyx API (real or demo server) or a file. Calls block; the view-model
 * runs them off the FX thread.
 */
public interface TranscriptSource {

    Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel) throws ApiException;

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
