package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recording endpoints: {@code GET /v2/recordings} (filters by call, leg, session, numbers and creation time, paged
 * with {@code meta}), {@code GET /v2/recordings/{id}} ({@code {"data": recording}}, with fresh links), and the
 * pre-signed audio behind the links ({@code /v2/recordings/{id}/download.wav?...}), which takes no API key, as a
 * storage bucket's link does not, and answers 403 once the link has expired.
 */
final class RecordingRoutes {

    static final String PREFIX = "/v2/recordings";

    private static final Set<String> FILTERS = Set.of(
            "filter[call_control_id]",
            "filter[call_leg_id]",
            "filter[call_session_id]",
            "filter[from]",
            "filter[to]",
            "filter[created_at][gte]",
            "filter[created_at][lte]");

    private final DemoRecordings recordings;
    private final WireJson json;

    RecordingRoutes(DemoRecordings recordings, WireJson json) {
        this.recordings = recordings;
        this.json = json;
    }

    static boolean handles(String rawPath) {
        return rawPath != null && (rawPath.equals(PREFIX) || rawPath.startsWith(PREFIX + "/"));
    }

    /** A pre-signed download, which is answered without an API key. */
    static boolean isDownload(String rawPath) {
        return handles(rawPath) && rawPath.endsWith("/download.wav");
    }

    DemoResponse download(String rawPath, QueryParameters query) {
        String id = rawPath.substring(PREFIX.length() + 1, rawPath.length() - "/download.wav".length());
        return recordings
                .audio(
                        id,
                        query.last("expires").orElse(null),
                        query.last("gen").orElse(null),
                        query.last("signature").orElse(null))
                .map(wav -> new DemoResponse(200, Map.of("Content-Type", "audio/wav"), wav))
                .orElseGet(() -> new DemoResponse(
                        403,
                        Map.of("Content-Type", "application/xml"),
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
                                        + "<Message>Request has expired</Message></Error>")
                                .getBytes(StandardCharsets.UTF_8)));
    }

    DemoResponse answer(String rawPath, QueryParameters query, String origin) throws InvalidQueryException {
        String rest = rawPath.substring(PREFIX.length());
        if (rest.isEmpty() || rest.equals("/")) {
            return list(query, origin);
        }
        String id = rest.substring(1);
        if (id.endsWith("/")) {
            id = id.substring(0, id.length() - 1);
        }
        return recordings
                .recording(id)
                .map(r -> DemoResponse.json(200, json.tree(object("data", recordings.toWire(r, origin)))))
                .orElseGet(() ->
                        DemoResponse.json(404, json.notFound("No recording with id '" + rest.substring(1) + "'.")));
    }

    private DemoResponse list(QueryParameters query, String origin) throws InvalidQueryException {
        PageRequest page = PageRequest.parse(query);
        Map<String, String> filters = new LinkedHashMap<>();
        for (QueryParameters.Parameter parameter : query.parameters()) {
            if (FILTERS.contains(parameter.name())) {
                filters.put(parameter.name(), parameter.value());
            }
        }
        for (String time : List.of("filter[created_at][gte]", "filter[created_at][lte]")) {
            String value = filters.get(time);
            if (value != null) {
                try {
                    Instant.parse(value);
                } catch (DateTimeParseException notATime) {
                    throw new InvalidQueryException(List.of(
                            FieldError.query(time, "Input should be a valid datetime", "datetime_from_date_parsing")));
                }
            }
        }
        List<DemoRecordings.DemoRecording> all = DemoRecordings.matching(recordings.all(), filters);
        return DemoResponse.json(200, json.tree(page.body(all, r -> recordings.toWire(r, origin))));
    }
}
