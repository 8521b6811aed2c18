package com.transcriptviewer.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one message object, field by field, tolerating nulls, missing fields and unknown ones. */
final class MessageReader {

    /** Only for the rare non-string arguments; a factory is thread-safe and never reconfigured. */
    private static final JsonFactory GENERATORS = new JsonFactory();

    private MessageReader() {}

    /** Gives a message its raw JSON from where its object lies in what the parser reads: bytes {@code [from, to)}. */
    @FunctionalInterface
    interface RawJsonAt {
        RawJson at(long from, long to);
    }

    /**
     * Reads the message object whose START_OBJECT was just read from a parser over {@code body}; the object's own
     * bytes become the message's raw JSON, exactly as sent.
     */
    static Message read(JsonParser parser, JsonToken start, byte[] body) throws IOException {
        return read(parser, start, (from, to) -> slice(body, from, to));
    }

    /** Reads the message object whose START_OBJECT was just read; {@code raw} gives it its raw JSON. */
    static Message read(JsonParser parser, JsonToken start, RawJsonAt raw) throws IOException {
        long from = parser.currentTokenLocation().getByteOffset();
        Role role = null;
        String text = null;
        List<ToolCall> toolCalls = List.of();
        Instant createdAt = null;
        Instant sentAt = null;
        Map<String, Object> metadata = Map.of();
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "role" -> role = Role.of(JsonValues.text(parser, token));
                case "text" -> text = JsonValues.text(parser, token);
                case "tool_calls" -> toolCalls = readToolCalls(parser, token);
                case "created_at" -> createdAt = Timestamps.parse(JsonValues.text(parser, token));
                case "sent_at" -> sentAt = Timestamps.parse(JsonValues.text(parser, token));
                case "metadata" -> metadata = JsonValues.metadata(parser, token);
                default -> parser.skipChildren();
            }
        }
        long to = parser.currentLocation().getByteOffset();
        return new Message(role, text, toolCalls, createdAt, sentAt, metadata, raw.at(from, to));
    }

    private static RawJson slice(byte[] body, long from, long to) {
        if (from < 0 || to <= from || to > body.length) {
            return null;
        }
        return RawJson.of(new String(body, (int) from, (int) (to - from), StandardCharsets.UTF_8));
    }

    private static List<ToolCall> readToolCalls(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return List.of();
        }
        List<ToolCall> calls = new ArrayList<>(2);
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (item == JsonToken.START_OBJECT) {
                calls.add(readToolCall(parser));
            } else {
                parser.skipChildren();
            }
        }
        return calls;
    }

    private static ToolCall readToolCall(JsonParser parser) throws IOException {
        ToolCallFields call = new ToolCallFields();
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "id" -> call.id = JsonValues.text(parser, token);
                case "type" -> call.type = JsonValues.text(parser, token);
                case "function" -> readFunction(parser, token, call);
                default -> parser.skipChildren();
            }
        }
        return new ToolCall(call.id, call.type, call.name, call.arguments);
    }

    /** Reads the {@code function} object's name and arguments into {@code call}; anything but an object is skipped. */
    private static void readFunction(JsonParser parser, JsonToken token, ToolCallFields call) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        // A repeated function object replaces the earlier one whole, not field by field.
        call.name = null;
        call.arguments = null;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> call.name = JsonValues.text(parser, value);
                case "arguments" -> call.arguments = readArguments(parser, value);
                default -> parser.skipChildren();
            }
        }
    }

    /**
     * The arguments exactly as sent: the decoded JSON string, never re-serialised. A server that sent an object
     * instead of a string gets that object's JSON text (the only case where we must write JSON ourselves).
     */
    private static String readArguments(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            StringWriter out = new StringWriter();
            try (JsonGenerator generator = GENERATORS.createGenerator(out)) {
                generator.copyCurrentStructure(parser);
            }
            return out.toString();
        }
        return JsonValues.text(parser, token);
    }

    /** A tool call's fields as they are read: the call's own and those of its nested {@code function} object. */
    private static final class ToolCallFields {
        private String id;
        private String type;
        private String name;
        private String arguments;
    }
}
