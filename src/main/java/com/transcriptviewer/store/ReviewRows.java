package com.transcriptviewer.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewItem.Identity;
import com.transcriptviewer.model.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A review entry as the databases hold it: the columns of a {@code review_entry} row, and the JSON copy of it that
 * {@code review_current} keeps. Values a newer app may have written (a verdict, an identity, a field) are read as well
 * as this version can.
 */
final class ReviewRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

    private ReviewRows() {}

    /**
     * The entry as one JSON object, field names as the columns of {@code review_entry}. Each reviewer's current entry
     * is kept whole in {@code review_current} this way, so that a conversation's verdicts come from one table in one
     * column: reading ten thousand entries column by column costs SQLite's driver two to three times as much.
     */
    static String entryJson(ReviewEntry entry) throws SQLException {
        ReviewItem item = entry.item();
        StringWriter text = new StringWriter(256 + entry.note().length());
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("event_id", entry.eventId());
            json.writeStringField("conversation_id", item.conversationId());
            json.writeStringField("item_key", item.key());
            json.writeStringField("identity", item.identity().name());
            json.writeStringField("tool_call_id", item.toolCallId());
            json.writeNumberField("message_index", item.messageIndex());
            json.writeNumberField("position", item.position());
            json.writeStringField("function_name", item.functionName());
            json.writeStringField("reviewer", entry.reviewer());
            json.writeStringField(
                    "verdict", entry.verdict() == null ? null : entry.verdict().wireName());
            json.writeStringField("note", entry.note());
            json.writeArrayFieldStart("labels");
            for (String label : entry.labels()) {
                json.writeString(label);
            }
            json.writeEndArray();
            json.writeStringField("check_status", entry.checkStatus());
            json.writeNumberField("saved_at_us", ReviewSql.micros(entry.savedAt()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new SQLException("Could not write the review entry", e);
        }
        return text.toString();
    }

    /** Reads {@link #entryJson}'s object; fields this version does not know (a newer app's) are skipped. */
    static ReviewEntry parseEntry(String text) throws SQLException {
        String eventId = "";
        String conversationId = "";
        String key = "";
        String identity = "";
        String toolCallId = "";
        int messageIndex = -1;
        int position = -1;
        String functionName = "";
        String reviewer = "";
        String verdict = null;
        String note = "";
        List<String> labels = List.of();
        String checkStatus = null;
        long savedAt = 0;
        try (JsonParser json = JSON.getFactory().createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new SQLException("A stored review entry is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "event_id" -> eventId = json.getText();
                    case "conversation_id" -> conversationId = json.getText();
                    case "item_key" -> key = json.getText();
                    case "identity" -> identity = json.getText();
                    case "tool_call_id" -> toolCallId = json.getText();
                    case "message_index" -> messageIndex = json.getIntValue();
                    case "position" -> position = json.getIntValue();
                    case "function_name" -> functionName = json.getText();
                    case "reviewer" -> reviewer = json.getText();
                    case "verdict" -> verdict = value == JsonToken.VALUE_NULL ? null : json.getText();
                    case "note" -> note = json.getText();
                    case "labels" -> labels = stringArray(json);
                    case "check_status" -> checkStatus = value == JsonToken.VALUE_NULL ? null : json.getText();
                    case "saved_at_us" -> savedAt = json.getLongValue();
                    default -> json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new SQLException("A stored review entry is not valid JSON", e);
        }
        return new ReviewEntry(
                eventId,
                new ReviewItem(
                        conversationId, key, identity(identity, key), toolCallId, messageIndex, position, functionName),
                reviewer,
                verdict(verdict),
                note,
                labels,
                checkStatus,
                ReviewSql.instant(savedAt));
    }

    private static List<String> stringArray(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            strings.add(json.getText());
        }
        return strings;
    }

    /** The entry in a row of {@code review_entry}'s columns, in {@code ReviewSql}'s order. */
    static ReviewEntry read(ResultSet rows) throws SQLException {
        String key = rows.getString(3);
        ReviewItem item = new ReviewItem(
                rows.getString(2),
                key,
                identity(rows.getString(4), key),
                rows.getString(5),
                rows.getInt(6),
                rows.getInt(7),
                rows.getString(8));
        return new ReviewEntry(
                rows.getString(1),
                item,
                rows.getString(9),
                verdict(rows.getString(10)),
                rows.getString(11),
                labels(rows.getString(12)),
                rows.getString(13),
                ReviewSql.instant(rows.getLong(14)));
    }

    private static final Map<String, Verdict> VERDICTS = new HashMap<>();

    static {
        for (Verdict verdict : Verdict.values()) {
            VERDICTS.put(verdict.wireName(), verdict);
        }
    }

    /** The stored verdict; null for none, or for one this version does not know (a newer app's). */
    static Verdict verdict(String stored) {
        Verdict known = stored == null ? null : VERDICTS.get(stored);
        return known != null || stored == null ? known : Verdict.parse(stored).orElse(null);
    }

    /** The stored identity; one this version does not know (a newer app's) is told from the key's shape. */
    private static Identity identity(String stored, String key) {
        for (Identity identity : Identity.values()) {
            if (identity.name().equals(stored)) {
                return identity;
            }
        }
        if (ReviewItem.CONVERSATION_KEY.equals(key)) {
            return Identity.CONVERSATION;
        }
        return key.startsWith("call:") ? Identity.CALL_ID : Identity.POSITION_REPEATED_ID;
    }

    static String labelsJson(List<String> labels) throws SQLException {
        if (labels.isEmpty()) {
            return "[]";
        }
        try {
            return JSON.writeValueAsString(labels);
        } catch (JsonProcessingException e) {
            throw new SQLException("Could not write the labels", e);
        }
    }

    private static List<String> labels(String json) throws SQLException {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored labels are not a JSON list of strings", e);
        }
    }
}
