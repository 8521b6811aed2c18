package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.util.Objects;
import java.util.Optional;

/** Transcripts from the Telnyx API (or the demo server, which speaks the same wire format). */
public final class ApiTranscriptSource implements TranscriptSource {

    private final TelnyxClient client;
    private final String label;

    /** Conversations from {@code connection}'s client, labelled "demo data" or with the API's host. */
    public ApiTranscriptSource(Connection connection) {
        this(connection.client(), connection.label());
    }

    public ApiTranscriptSource(TelnyxClient client, String label) {
        this.client = Objects.requireNonNull(client, "client");
        this.label = Objects.requireNonNull(label, "label");
    }

    @Override
    public Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        return client.messages(conversationId, pageNumber, pageSize, cancel);
    }

    @Override
    public Optional<Conversation> conversation(String conversationId, CancelToken cancel) throws ApiException {
        return Optional.of(client.conversation(conversationId, cancel));
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<TelnyxClient> apiClient() {
        return Optional.of(client);
    }
}
