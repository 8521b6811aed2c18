package com.transcriptviewer.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A recordings API answered in code: which filters find what, which links are refused; it notes every request. */
final class FakeRecordingApi implements RecordingApi {

    static final ObjectMapper JSON = new ObjectMapper();

    final List<Map<String, String>> listQueries = new ArrayList<>();
    final List<String> downloads = new ArrayList<>();
    Function<Map<String, String>, List<String>> answers = filters -> List.of();
    ApiException listFailure;
    JsonNode assistant;
    /** Links handed out so far; the ones in {@link #refused} answer 403. */
    int linksIssued;

    final Deque<Boolean> refused = new ArrayDeque<>();
    final Map<String, String> recordingJson = new HashMap<>();

    /** A recording's JSON with a fresh link (numbered by how many were handed out). */
    static String recording(String id, String callControlId, String startedAt, String channels) {
        return "{\"id\":\"" + id + "\",\"record_type\":\"recording\",\"call_control_id\":\"" + callControlId
                + "\",\"channels\":\"" + channels + "\",\"duration_millis\":30000,\"recording_started_at\":\""
                + startedAt + "\",\"download_urls\":{\"wav\":\"https://bucket.example/" + id
                + ".wav?X-Amz-Signature=LINK\"}}";
    }

    @Override
    public JsonNode recordings(Map<String, String> filters, int pageNumber, CancelToken cancel) throws ApiException {
        listQueries.add(filters);
        if (listFailure != null) {
            throw listFailure;
        }
        List<String> ids = answers.apply(filters);
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",")
                    .append(recordingJson.getOrDefault(id, recording(id, "v3:x", "2025-04-15T13:07:20Z", "single")));
        }
        return parse("{\"data\":[" + data + "],\"meta\":{\"total_pages\":1,\"page_number\":1}}");
    }

    @Override
    public JsonNode recording(String id, CancelToken cancel) {
        linksIssued++;
        String json = recordingJson.getOrDefault(id, recording(id, "v3:x", "2025-04-15T13:07:20Z", "single"));
        return parse("{\"data\":" + json.replace("LINK", "LINK" + linksIssued) + "}");
    }

    @Override
    public void download(String presignedUrl, Path target, CancelToken cancel) throws ApiException {
        downloads.add(presignedUrl);
        if (!refused.isEmpty() && refused.pop()) {
            throw new ApiException(ErrorKind.FORBIDDEN, "refused", 403, null, List.of(), null, null);
        }
        try {
            Files.writeString(target, "RIFF audio from " + presignedUrl.substring(presignedUrl.lastIndexOf('=') + 1));
        } catch (java.io.IOException e) {
            throw ApiException.unexpected("writing", e);
        }
    }

    @Override
    public JsonNode assistant(String assistantId, CancelToken cancel) throws ApiException {
        if (assistant == null) {
            throw new ApiException(ErrorKind.NOT_FOUND, "gone", 404, null, List.of(), null, null);
        }
        return assistant;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
