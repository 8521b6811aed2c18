package com.transcriptviewer.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.api.ConversationQuery;
import com.transcriptviewer.api.ConversationQuery.Condition;
import com.transcriptviewer.api.ConversationQuery.Field;
import com.transcriptviewer.api.ConversationQuery.Operator;
import com.transcriptviewer.model.Conversation;
import java.io.IOException;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * Which conversations a sync fetches: created in {@code [since, until]} (either open), of an assistant, on a channel,
 * and the browser's other filters (name contains, a phone number on either end, a metadata key equal to a value).
 * Empty strings and nulls filter nothing. Kept as JSON with the sync, so a resumed sync lists the same.
 */
public record SyncRequest(
        Instant since,
        Instant until,
        String assistantId,
        String channel,
        String name,
        String phone,
        String metadataKey,
        String metadataValue) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SyncRequest {
        assistantId = clean(assistantId);
        channel = clean(channel);
        name = clean(name);
        phone = clean(phone);
        metadataKey = clean(metadataKey);
        metadataValue = clean(metadataValue);
    }

    /** Conversations created since {@code since}, of {@code assistantId} when not empty. */
    public static SyncRequest since(Instant since, String assistantId) {
        return new SyncRequest(since, null, assistantId, "", "", "", "", "");
    }

    /**
     * One page of the listing: oldest first, created at or after {@code from} (the later of {@code since} and where
     * the page before ended), at most {@code limit}.
     */
    ConversationQuery page(Instant from, int limit) {
        ConversationQuery query = ConversationQuery.all();
        Instant start = since == null ? from : from == null || since.isAfter(from) ? since : from;
        if (start != null) {
            query = query.gte(Field.CREATED_AT, start);
        }
        if (until != null) {
            query = query.lte(Field.CREATED_AT, until);
        }
        if (!assistantId.isEmpty()) {
            query = query.metadataEq(Conversation.ASSISTANT_ID, assistantId);
        }
        if (!channel.isEmpty()) {
            query = query.metadataEq(Conversation.CHANNEL, channel);
        }
        if (!name.isEmpty()) {
            query = query.like(Field.NAME, "%" + name + "%");
        }
        if (!phone.isEmpty()) {
            query = query.or(
                    Condition.of(Field.metadata(Conversation.AGENT_TARGET), Operator.EQ, phone),
                    Condition.of(Field.metadata(Conversation.END_USER_TARGET), Operator.EQ, phone));
        }
        if (!metadataKey.isEmpty() && !metadataValue.isEmpty()) {
            query = query.metadataEq(metadataKey, metadataValue);
        }
        return query.order(Field.CREATED_AT, true).limit(limit);
    }

    /** "since 2026-03-01, assistant assistant-1": for the status bar and the headless command's lines. */
    public String describe() {
        StringJoiner words = new StringJoiner(", ");
        if (since != null) {
            words.add("since " + since);
        }
        if (until != null) {
            words.add("until " + until);
        }
        if (!assistantId.isEmpty()) {
            words.add("assistant " + assistantId);
        }
        if (!channel.isEmpty()) {
            words.add("channel " + channel);
        }
        if (!name.isEmpty()) {
            words.add("name contains \"" + name + "\"");
        }
        if (!phone.isEmpty()) {
            words.add("phone " + phone);
        }
        if (!metadataKey.isEmpty() && !metadataValue.isEmpty()) {
            words.add(metadataKey + " = " + metadataValue);
        }
        return words.length() == 0 ? "all conversations" : words.toString();
    }

    String toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("since", since == null ? null : since.toString());
        json.put("until", until == null ? null : until.toString());
        json.put("assistant_id", assistantId);
        json.put("channel", channel);
        json.put("name", name);
        json.put("phone", phone);
        json.put("metadata_key", metadataKey);
        json.put("metadata_value", metadataValue);
        return json.toString();
    }

    static SyncRequest fromJson(String text) throws IOException {
        JsonNode json = JSON.readTree(text);
        return new SyncRequest(
                instant(json.get("since")),
                instant(json.get("until")),
                json.path("assistant_id").asText(""),
                json.path("channel").asText(""),
                json.path("name").asText(""),
                json.path("phone").asText(""),
                json.path("metadata_key").asText(""),
                json.path("metadata_value").asText(""));
    }

    private static Instant instant(JsonNode value) {
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
