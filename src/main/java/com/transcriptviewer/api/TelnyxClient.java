package com.transcriptviewer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.api.json.WireFormatException;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The Telnyx AI conversations API: a conversation's messages page by page, the conversation list, one
 * conversation. Calls block; run them off the UI thread and cancel them with the {@link CancelToken}.
 * Thread-safe: one client serves every caller and owns one connection pool.
 */
public final class TelnyxClient implements AutoCloseable {

    private final ApiConfig config;
    private final HttpUrl baseUrl;
    private final WireFormat wire = WireFormat.shared();
    private final ApiExceptions errors;
    private final HttpTransport transport;

    public TelnyxClient(ApiConfig config) {
        this.config = config;
        this.baseUrl = HttpUrl.parse(config.baseUrl());
        if (baseUrl == null) {
            throw new IllegalArgumentException("Not an http(s) URL: " + config.baseUrl());
        }
        this.errors = new ApiExceptions(baseUrl.host(), config.apiKey());
        this.transport = new HttpTransport(config, errors, wire);
    }

    public ApiConfig config() {
        return config;
    }

    /** {@code GET /ai/conversations/{id}/messages?page[number]=n&page[size]=s}. */
    public Page<Message> messages(String conversationId, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        if (pageNumber < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page number and size must be >= 1");
        }
        HttpUrl url = conversationUrl(conversationId)
                .newBuilder()
                .addPathSegment("messages")
                .addEncodedQueryParameter("page%5Bnumber%5D", String.valueOf(pageNumber))
                .addEncodedQueryParameter("page%5Bsize%5D", String.valueOf(pageSize))
                .build();
        byte[] body = transport.get(url, notFound(conversationId), orNew(cancel));
        try {
            return wire.parseMessagePage(body, pageNumber, pageSize);
        } catch (WireFormatException unreadable) {
            throw errors.badResponse(200, unreadable.getMessage(), unreadable);
        }
    }

    /** {@code GET /ai/conversations} with the query's filters, order and limit. */
    public List<Conversation> conversations(ConversationQuery query, CancelToken cancel) throws ApiException {
        HttpUrl.Builder url = conversationsUrl().newBuilder();
        for (Map.Entry<String, String> parameter : query.toQueryParameters()) {
            url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
        byte[] body = transport.get(url.build(), null, orNew(cancel));
        try {
            return wire.parseConversationList(body);
        } catch (WireFormatException unreadable) {
            throw errors.badResponse(200, unreadable.getMessage(), unreadable);
        }
    }

    /** {@code GET /ai/conversations/{id}}; NOT_FOUND when the id is unknown. */
    public Conversation conversation(String conversationId, CancelToken cancel) throws ApiException {
        byte[] body = transport.get(conversationUrl(conversationId), notFound(conversationId), orNew(cancel));
        try {
            return wire.parseConversation(body);
        } catch (WireFormatException unreadable) {
            throw errors.badResponse(200, unreadable.getMessage(), unreadable);
        }
    }

    /**
     * {@code GET /ai/assistants/{id}}: the assistant as its current version declares it, as a tree (bare, or wrapped
     * in {@code data} by some gateways: the caller reads both). NOT_FOUND when the id is unknown.
     */
    public JsonNode assistant(String assistantId, CancelToken cancel) throws ApiException {
        HttpUrl url = aiUrl().newBuilder()
                .addPathSegment("assistants")
                .addPathSegment(segment(assistantId, "assistant"))
                .build();
        return tree(transport.get(url, "No assistant with id " + assistantId + ".", orNew(cancel)));
    }

    /** {@code GET /ai/assistants/{id}/versions/{version_id}}; NOT_FOUND when the assistant or version is unknown. */
    public JsonNode assistantVersion(String assistantId, String versionId, CancelToken cancel) throws ApiException {
        HttpUrl url = aiUrl().newBuilder()
                .addPathSegment("assistants")
                .addPathSegment(segment(assistantId, "assistant"))
                .addPathSegment("versions")
                .addPathSegment(segment(versionId, "assistant version"))
                .build();
        return tree(
                transport.get(url, "No version " + versionId + " of assistant " + assistantId + ".", orNew(cancel)));
    }

    /** {@code GET /ai/conversations/{id}/conversations-insights}: what Telnyx's insights concluded, as a tree. */
    public JsonNode conversationInsights(String conversationId, CancelToken cancel) throws ApiException {
        HttpUrl url = conversationUrl(conversationId)
                .newBuilder()
                .addPathSegment("conversations-insights")
                .build();
        return tree(transport.get(url, notFound(conversationId), orNew(cancel)));
    }

    /** {@code GET /ai/conversations/insight-groups/{id}}: a group and its insight templates, as a tree. */
    public JsonNode insightGroup(String groupId, CancelToken cancel) throws ApiException {
        HttpUrl url = conversationsUrl()
                .newBuilder()
                .addPathSegment("insight-groups")
                .addPathSegment(segment(groupId, "insight group"))
                .build();
        return tree(transport.get(url, "No insight group with id " + groupId + ".", orNew(cancel)));
    }

    /** {@code GET /ai/conversations/insights?page[number]=n&page[size]=s}: one page of insight templates. */
    public JsonNode insightTemplates(int pageNumber, int pageSize, CancelToken cancel) throws ApiException {
        if (pageNumber < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page number and size must be >= 1");
        }
        HttpUrl url = conversationsUrl()
                .newBuilder()
                .addPathSegment("insights")
                .addEncodedQueryParameter("page%5Bnumber%5D", String.valueOf(pageNumber))
                .addEncodedQueryParameter("page%5Bsize%5D", String.valueOf(pageSize))
                .build();
        return tree(transport.get(url, null, orNew(cancel)));
    }

    /**
     * {@code GET /recordings} with {@code filters} (full parameter names, {@code filter[call_control_id]} and the
     * like) and one page, as a tree: {@code {"data":[recording...],"meta":{...}}}.
     */
    public JsonNode recordings(Map<String, String> filters, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        if (pageNumber < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page number and size must be >= 1");
        }
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("recordings");
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            url.addQueryParameter(filter.getKey(), filter.getValue());
        }
        url.addEncodedQueryParameter("page%5Bnumber%5D", String.valueOf(pageNumber))
                .addEncodedQueryParameter("page%5Bsize%5D", String.valueOf(pageSize));
        return tree(transport.get(url.build(), null, orNew(cancel)));
    }

    /** {@code GET /recordings/{id}}: one recording with fresh download links, {@code {"data": recording}}. */
    public JsonNode recording(String recordingId, CancelToken cancel) throws ApiException {
        HttpUrl url = baseUrl.newBuilder()
                .addPathSegment("recordings")
                .addPathSegment(segment(recordingId, "recording"))
                .build();
        return tree(transport.get(url, "No recording with id " + recordingId + ".", orNew(cancel)));
    }

    /**
     * Downloads a recording from its pre-signed {@code url} into {@code target}, without the API key. The URL is a
     * secret: it is not logged and no exception names it. FORBIDDEN when the link was refused or has expired.
     */
    public void download(String presignedUrl, java.nio.file.Path target, CancelToken cancel) throws ApiException {
        HttpUrl url = presignedUrl == null ? null : HttpUrl.parse(presignedUrl);
        if (url == null) {
            throw errors.downloadRefused(400);
        }
        transport.download(url, target, orNew(cancel));
    }

    private JsonNode tree(byte[] body) throws ApiException {
        try {
            return wire.parseTree(body);
        } catch (WireFormatException unreadable) {
            throw errors.badResponse(200, unreadable.getMessage(), unreadable);
        }
    }

    /** An id becomes exactly one path segment; "." and ".." cannot be one, and blank is no id. */
    private String segment(String id, String what) throws ApiException {
        if (id == null || id.isBlank() || id.equals(".") || id.equals("..")) {
            throw errors.invalidId(id, what);
        }
        return id;
    }

    private HttpUrl aiUrl() {
        return baseUrl.newBuilder().addPathSegment("ai").build();
    }

    private HttpUrl conversationsUrl() {
        return baseUrl.newBuilder()
                .addPathSegment("ai")
                .addPathSegment("conversations")
                .build();
    }

    /**
     * The id becomes exactly one path segment: {@code /}, {@code ?}, {@code #} and {@code %} are percent-encoded.
     * "." and ".." cannot be sent as a segment at all (URL rules resolve them), so they are refused here.
     */
    private HttpUrl conversationUrl(String conversationId) throws ApiException {
        if (conversationId == null
                || conversationId.isBlank()
                || conversationId.equals(".")
                || conversationId.equals("..")) {
            throw errors.invalidConversationId(conversationId);
        }
        return conversationsUrl().newBuilder().addPathSegment(conversationId).build();
    }

    private static String notFound(String conversationId) {
        return "No conversation with id " + conversationId + ".";
    }

    private static CancelToken orNew(CancelToken cancel) {
        return cancel != null ? cancel : new CancelToken();
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "TelnyxClient[" + baseUrl + "]";
    }
}
