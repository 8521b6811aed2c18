package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
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
}
