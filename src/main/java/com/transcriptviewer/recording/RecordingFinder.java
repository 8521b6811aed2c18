package com.transcriptviewer.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Metadata;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds a phone call's recordings, in the order the API facts give: the conversation's {@code call_control_id};
 * else its {@code call_session_id}, then {@code call_leg_id}, when the metadata holds them; else recordings made
 * around the conversation's time between its two numbers, which is a guess and says so. A transferred call can have
 * several; all are returned for the user to choose. Blocks: run it off the FX thread.
 */
public final class RecordingFinder {

    static final int PAGE_SIZE = 50;
    /** Pages read per query at most: a call has a handful of recordings, never hundreds. */
    static final int MAX_PAGES = 4;
    /** How far before the conversation's start and after its end a recording may have been created. */
    static final Duration WINDOW_BEFORE = Duration.ofMinutes(10);

    static final Duration WINDOW_AFTER = Duration.ofMinutes(30);

    public static final String CALL_SESSION_ID = "call_session_id";
    public static final String CALL_LEG_ID = "call_leg_id";

    private final RecordingApi api;

    public RecordingFinder(RecordingApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Whether a conversation's channel can have audio (a phone call); chats and SMS show no player. */
    public static boolean hasAudio(Conversation conversation) {
        return conversation != null && "phone_call".equals(conversation.channel());
    }

    public RecordingSearch find(Conversation conversation, CancelToken cancel) throws ApiException {
        if (!hasAudio(conversation)) {
            return new RecordingSearch.None(RecordingSearch.Reason.NO_AUDIO, "");
        }
        try {
            Map<String, Object> metadata = conversation.metadata();
            String[][] byId = {
                {Conversation.CALL_CONTROL_ID, "filter[call_control_id]"},
                {CALL_SESSION_ID, "filter[call_session_id]"},
                {CALL_LEG_ID, "filter[call_leg_id]"},
            };
            RecordingSearch.Match[] matches = {
                RecordingSearch.Match.CALL_CONTROL_ID,
                RecordingSearch.Match.CALL_SESSION_ID,
                RecordingSearch.Match.CALL_LEG_ID
            };
            for (int i = 0; i < byId.length; i++) {
                String value = Metadata.string(metadata, byId[i][0]);
                if (!blank(value)) {
                    List<Recording> found = all(Map.of(byId[i][1], value), cancel);
                    if (!found.isEmpty()) {
                        return new RecordingSearch.Found(found, matches[i]);
                    }
                }
            }
            List<Recording> byTime = byTimeAndNumber(conversation, cancel);
            if (!byTime.isEmpty()) {
                return new RecordingSearch.Found(byTime, RecordingSearch.Match.TIME_AND_NUMBER);
            }
        } catch (ApiException failure) {
            if (failure.kind() == ErrorKind.FORBIDDEN || failure.kind() == ErrorKind.UNAUTHORIZED) {
                return new RecordingSearch.None(RecordingSearch.Reason.NO_PERMISSION, "");
            }
            throw failure;
        }
        return new RecordingSearch.None(
                recordingOff(conversation, cancel)
                        ? RecordingSearch.Reason.RECORDING_OFF
                        : RecordingSearch.Reason.NONE_FOUND,
                "");
    }

    /** Recordings between the conversation's two numbers (either way round) made around its time. */
    private List<Recording> byTimeAndNumber(Conversation conversation, CancelToken cancel) throws ApiException {
        String caller = conversation.endUserTarget();
        String agent = conversation.agentTarget();
        Instant start = conversation.createdAt();
        if (start == null || (blank(caller) && blank(agent))) {
            return List.of();
        }
        Instant end = conversation.lastMessageAt() != null ? conversation.lastMessageAt() : start;
        String from = start.minus(WINDOW_BEFORE).toString();
        String to = end.plus(WINDOW_AFTER).toString();
        List<String[]> directions = new ArrayList<>();
        directions.add(new String[] {caller, agent});
        directions.add(new String[] {agent, caller});
        for (String[] direction : directions) {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("filter[created_at][gte]", from);
            filters.put("filter[created_at][lte]", to);
            if (!blank(direction[0])) {
                filters.put("filter[from]", direction[0]);
            }
            if (!blank(direction[1])) {
                filters.put("filter[to]", direction[1]);
            }
            List<Recording> found = all(filters, cancel);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Recording> all(Map<String, String> filters, CancelToken cancel) throws ApiException {
        List<Recording> found = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode answer = api.recordings(filters, page, cancel);
            List<Recording> recordings = RecordingReader.list(answer);
            found.addAll(recordings);
            if (recordings.isEmpty() || page >= RecordingReader.totalPages(answer)) {
                break;
            }
        }
        found.sort((a, b) -> a.startedAt() == null || b.startedAt() == null
                ? 0
                : a.startedAt().compareTo(b.startedAt()));
        return found;
    }

    /**
     * Whether the conversation's assistant says it does not record calls ({@code
     * telephony_settings.recording_settings.enabled} false). Unknown (no assistant, not readable) is not "off".
     */
    private boolean recordingOff(Conversation conversation, CancelToken cancel) {
        String assistantId = conversation.assistantId();
        if (blank(assistantId)) {
            return false;
        }
        try {
            JsonNode assistant = api.assistant(assistantId, cancel);
            JsonNode node = assistant.has("data") ? assistant.get("data") : assistant;
            JsonNode enabled =
                    node.path("telephony_settings").path("recording_settings").path("enabled");
            return enabled.isBoolean() && !enabled.asBoolean();
        } catch (ApiException unknown) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
