package com.transcriptviewer.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads recordings from the API's JSON: a list ({@code {"data":[...]}}) or one ({@code {"data":{...}}}). Fields the
 * API leaves out stay empty; a recording without an id, or without any audio link, is skipped.
 */
public final class RecordingReader {

    private RecordingReader() {}

    /** The recordings of a {@code GET /recordings} answer, in the order served. */
    public static List<Recording> list(JsonNode answer) {
        List<Recording> recordings = new ArrayList<>();
        JsonNode data = answer == null ? null : answer.path("data");
        if (data != null && data.isArray()) {
            for (JsonNode node : data) {
                read(node).ifPresent(recordings::add);
            }
        }
        return recordings;
    }

    /** How many pages the list answer says there are (1 when it does not say). */
    public static int totalPages(JsonNode answer) {
        return Math.max(1, answer.path("meta").path("total_pages").asInt(1));
    }

    /** The recording of a {@code GET /recordings/{id}} answer (also read when served bare). */
    public static Optional<Recording> one(JsonNode answer) {
        if (answer == null) {
            return Optional.empty();
        }
        JsonNode node = answer.has("data") ? answer.get("data") : answer;
        return read(node);
    }

    /**
     * The download link to use for {@code recording}'s format in an answer of {@code GET /recordings/{id}}; empty
     * when none. The link is a secret: the caller uses it at once and keeps it nowhere.
     */
    public static Optional<String> downloadUrl(JsonNode answer, String format) {
        if (answer == null) {
            return Optional.empty();
        }
        JsonNode node = answer.has("data") ? answer.get("data") : answer;
        String url = text(node.path("download_urls"), format);
        return Optional.ofNullable(url);
    }

    static Optional<Recording> read(JsonNode node) {
        String id = text(node, "id");
        if (id == null) {
            return Optional.empty();
        }
        JsonNode urls = node.path("download_urls");
        String format = text(urls, "wav") != null ? "wav" : text(urls, "mp3") != null ? "mp3" : null;
        if (format == null) {
            return Optional.empty();
        }
        long duration = node.path("duration_millis").isNumber()
                ? node.path("duration_millis").asLong()
                : -1;
        return Optional.of(new Recording(
                id,
                text(node, "call_control_id"),
                text(node, "call_leg_id"),
                text(node, "call_session_id"),
                "dual".equalsIgnoreCase(text(node, "channels")),
                duration,
                instant(text(node, "recording_started_at")),
                instant(text(node, "recording_ended_at")),
                text(node, "from"),
                text(node, "to"),
                format));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /** An ISO-8601 time with an offset or a zone letter; null when missing or unreadable. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
