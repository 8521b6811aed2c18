package com.transcriptviewer.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import java.nio.file.Path;
import java.util.Map;

/**
 * What finding and fetching a recording asks of the API: the list with filters, one recording (with fresh links),
 * and the download of a pre-signed link. {@link #of(TelnyxClient)} asks Telnyx; tests answer in code.
 */
public interface RecordingApi {

    JsonNode recordings(Map<String, String> filters, int pageNumber, CancelToken cancel) throws ApiException;

    JsonNode recording(String id, CancelToken cancel) throws ApiException;

    /** Writes the audio behind {@code presignedUrl} to {@code target}; FORBIDDEN when the link is refused. */
    void download(String presignedUrl, Path target, CancelToken cancel) throws ApiException;

    /** The assistant as a tree, to read whether it records calls at all; may throw NOT_FOUND. */
    JsonNode assistant(String assistantId, CancelToken cancel) throws ApiException;

    static RecordingApi of(TelnyxClient client) {
        return new RecordingApi() {
            @Override
            public JsonNode recordings(Map<String, String> filters, int pageNumber, CancelToken cancel)
                    throws ApiException {
                return client.recordings(filters, pageNumber, RecordingFinder.PAGE_SIZE, cancel);
            }

            @Override
            public JsonNode recording(String id, CancelToken cancel) throws ApiException {
                return client.recording(id, cancel);
            }

            @Override
            public void download(String presignedUrl, Path target, CancelToken cancel) throws ApiException {
                client.download(presignedUrl, target, cancel);
            }

            @Override
            public JsonNode assistant(String assistantId, CancelToken cancel) throws ApiException {
                return client.assistant(assistantId, cancel);
            }
        };
    }
}
