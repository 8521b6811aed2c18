package com.transcriptviewer.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.transcriptviewer.model.Conversation;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** Reads one conversation object of the list or single-conversation endpoint. */
final class ConversationReader {

    private ConversationReader() {}

    static Conversation read(JsonParser parser, JsonToken start) throws IOException {
        String id = null;
        String name = null;
        Instant createdAt = null;
        Instant lastMessageAt = null;
        Map<String, Object> metadata = Map.of();
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "id" -> id = JsonValues.text(parser, token);
                case "name" -> name = JsonValues.text(parser, token);
                case "created_at" -> createdAt = Timestamps.parse(JsonValues.text(parser, token));
                case "last_message_at" -> lastMessageAt = Timestamps.parse(JsonValues.text(parser, token));
                case "metadata" -> metadata = JsonValues.metadata(parser, token);
                default -> parser.skipChildren();
            }
        }
        return new Conversation(id, name, createdAt, lastMessageAt, metadata);
    }
}
