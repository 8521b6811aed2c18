package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.ConversationInsights;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads what Telnyx's insights concluded about a conversation and names each insight: the runs come from
 * {@code GET /ai/conversations/{id}/conversations-insights}, the names from the assistant's insight group or the
 * template list (see {@link InsightTemplates}), remembered for the session. Blocking: callers run it off the FX
 * thread. One loader serves a window; thread-safe.
 */
public final class InsightsLoader {

    private final InsightTemplates templates = new InsightTemplates();
    /** Each assistant's insight group (empty when it has none), as read this session. */
    private final Map<String, Optional<String>> groups = new ConcurrentHashMap<>();

    /**
     * The assistant a conversation names ({@code metadata.assistant_id}), read from the conversation itself: for when
     * its header has not reached the transcript. Empty when it names none or cannot be read.
     *
     * @throws ApiException only when {@code cancel} fired
     */
    public Optional<String> assistantOf(TelnyxClient client, String conversationId, CancelToken cancel)
            throws ApiException {
        try {
            String id = client.conversation(conversationId, cancel).assistantId();
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(id);
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.CANCELLED) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * The insight group of assistant {@code assistantId} ({@code insight_settings.insight_group_id}); empty when it
     * has none or the assistant cannot be read (names then come from the template list).
     *
     * @throws ApiException only when {@code cancel} fired
     */
    public Optional<String> groupOf(TelnyxClient client, String assistantId, CancelToken cancel) throws ApiException {
        if (assistantId == null || assistantId.isBlank()) {
            return Optional.empty();
        }
        Optional<String> known = groups.get(assistantId);
        if (known != null) {
            return known;
        }
        try {
            JsonNode assistant = InsightJson.unwrap(client.assistant(assistantId, cancel));
            String group = InsightJson.text(assistant.path("insight_settings"), "insight_group_id");
            Optional<String> found = group.isEmpty() ? Optional.empty() : Optional.of(group);
            groups.put(assistantId, found);
            return found;
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.CANCELLED) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * The insights of {@code conversationId}, each named.
     *
     * @param groupId the insight group of the conversation's assistant, when known: names its insights in one request
     * @throws ApiException when the insights themselves cannot be read (names that cannot be found never fail it)
     */
    public ConversationInsights load(
            TelnyxClient client, String conversationId, Optional<String> groupId, CancelToken cancel)
            throws ApiException {
        Objects.requireNonNull(client, "client");
        List<InsightRun> runs = InsightRun.readAll(client.conversationInsights(conversationId, cancel));
        Set<String> ids = new LinkedHashSet<>();
        runs.forEach(run -> run.entries().forEach(entry -> ids.add(entry.insightId())));
        Map<String, InsightTemplate> named = ids.isEmpty() ? Map.of() : templates.find(client, ids, groupId, cancel);
        return InsightResults.of(runs, named);
    }
}
