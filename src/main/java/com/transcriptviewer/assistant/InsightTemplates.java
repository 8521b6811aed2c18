package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The insight templates met this session, by id, so that results can be named: an insight run lists template ids
 * only. Unknown ids are looked up in the assistant's insight group first (one request names them all), then in the
 * account's template list, page by page until every id is found or the list ends (at most {@value #MAX_PAGES}
 * pages). A template that cannot be found, or a lookup that fails, leaves the result unnamed, never unshown.
 * Templates belong to an account, so a new connection (another key) starts afresh. Thread-safe.
 */
final class InsightTemplates {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 20;

    private static final Logger LOG = Logger.getLogger(InsightTemplates.class.getName());

    private final Map<String, InsightTemplate> known = new ConcurrentHashMap<>();
    private final Set<String> groupsRead = ConcurrentHashMap.newKeySet();
    private TelnyxClient account;

    /**
     * The templates of {@code ids} that could be found, by id.
     *
     * @throws ApiException only when {@code cancel} fired; other failures leave ids unfound
     */
    Map<String, InsightTemplate> find(
            TelnyxClient client, Set<String> ids, Optional<String> groupId, CancelToken cancel) throws ApiException {
        forAccount(client);
        if (!missing(ids).isEmpty() && groupId.isPresent() && !groupsRead.contains(groupId.get())) {
            readGroup(client, groupId.get(), cancel);
        }
        if (!missing(ids).isEmpty()) {
            readList(client, ids, cancel);
        }
        Map<String, InsightTemplate> found = new HashMap<>();
        for (String id : ids) {
            InsightTemplate template = known.get(id);
            if (template != null) {
                found.put(id, template);
            }
        }
        return found;
    }

    private synchronized void forAccount(TelnyxClient client) {
        if (client != account) {
            account = client;
            known.clear();
            groupsRead.clear();
        }
    }

    private Set<String> missing(Set<String> ids) {
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(known.keySet());
        return missing;
    }

    private void readGroup(TelnyxClient client, String groupId, CancelToken cancel) throws ApiException {
        try {
            JsonNode group = InsightJson.unwrap(client.insightGroup(groupId, cancel));
            JsonNode templates = group.path("insights");
            if (templates.isArray()) {
                templates.forEach(this::remember);
            }
            groupsRead.add(groupId);
        } catch (ApiException e) {
            rethrowIfCancelled(e);
            LOG.fine(() -> "Insight group " + groupId + " could not be read: " + e.getMessage());
        }
    }

    private void readList(TelnyxClient client, Set<String> ids, CancelToken cancel) throws ApiException {
        for (int page = 1; page <= MAX_PAGES && !missing(ids).isEmpty(); page++) {
            JsonNode answer;
            try {
                answer = client.insightTemplates(page, PAGE_SIZE, cancel);
            } catch (ApiException e) {
                rethrowIfCancelled(e);
                LOG.fine(() -> "Insight templates could not be listed: " + e.getMessage());
                return;
            }
            JsonNode data = answer.path("data");
            if (!data.isArray() || data.isEmpty()) {
                return;
            }
            data.forEach(this::remember);
            JsonNode totalPages = answer.path("meta").path("total_pages");
            if (totalPages.isNumber() && page >= totalPages.asLong()) {
                return;
            }
        }
    }

    private void remember(JsonNode node) {
        InsightTemplate.read(node).ifPresent(template -> known.put(template.id(), template));
    }

    private static void rethrowIfCancelled(ApiException e) throws ApiException {
        if (e.kind() == ErrorKind.CANCELLED) {
            throw e;
        }
    }
}
