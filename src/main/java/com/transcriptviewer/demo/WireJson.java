package com.transcriptviewer.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.api.json.ToolCallsJson;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes response bodies in the Telnyx wire format: message pages with {@code meta}, conversation lists without,
 * single conversations, assistants and insights (from trees), FastAPI 422 bodies and Telnyx gateway errors.
 * Thread-safe: the mapper is only read.
 */
final class WireJson {

    private final ObjectMapper mapper = new ObjectMapper();

    byte[] messagePage(List<Message> messages, long pageNumber, int pageSize, int totalResults) {
        int totalPages = (totalResults + pageSize - 1) / pageSize;
        return write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("data");
            for (Message message : messages) {
                message(json, message);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("meta");
            json.writeNumberField("total_pages", totalPages);
            json.writeNumberField("total_results", totalResults);
            json.writeNumberField("page_number", pageNumber);
            json.writeNumberField("page_size", pageSize);
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    byte[] conversationList(List<Conversation> conversations) {
        return write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("data");
            for (Conversation conversation : conversations) {
                conversation(json, conversation);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    byte[] singleConversation(Conversation conversation) {
        return write(json -> {
            json.writeStartObject();
            json.writeFieldName("data");
            conversation(json, conversation);
            json.writeEndObject();
        });
    }

    /** FastAPI's validation error body: {@code {"detail":[{"loc":[...],"msg":"...","type":"..."}]}}. */
    byte[] validationErrors(List<FieldError> errors) {
        return write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("detail");
            for (FieldError error : errors) {
                json.writeStartObject();
                json.writeArrayFieldStart("loc");
                for (String part : error.loc()) {
                    json.writeString(part);
                }
                json.writeEndArray();
                json.writeStringField("msg", error.msg());
                json.writeStringField("type", error.type());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The Telnyx gateway's error body: {@code {"errors":[{"code","title","detail","meta":{"url"}}]}}. */
    byte[] telnyxError(String code, String title, String detail) {
        return write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("errors");
            json.writeStartObject();
            json.writeStringField("code", code);
            json.writeStringField("title", title);
            json.writeStringField("detail", detail);
            json.writeObjectFieldStart("meta");
            json.writeStringField("url", "https://developers.telnyx.com/docs/overview/errors/" + code);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * Any tree of maps, lists, strings, numbers and booleans, as built by {@link JsonTree}: the assistant and insight
     * answers, whose keys keep the order they were written in.
     */
    byte[] tree(Object tree) {
        return write(json -> json.writeObject(tree));
    }

    /** Telnyx's 404 body: code 10005, "Resource not found". */
    byte[] notFound(String detail) {
        return telnyxError("10005", "Resource not found", detail);
    }

    private void message(JsonGenerator json, Message message) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", message.role().rawName());
        json.writeStringField("text", message.text());
        ToolCallsJson.write(json, message.toolCalls());
        timestamp(json, "created_at", message.createdAt());
        if (message.sentAt() != null) {
            timestamp(json, "sent_at", message.sentAt());
        }
        if (!message.metadata().isEmpty()) {
            metadata(json, message.metadata());
        }
        json.writeEndObject();
    }

    private void conversation(JsonGenerator json, Conversation conversation) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", conversation.id());
        json.writeStringField("name", conversation.name());
        timestamp(json, "created_at", conversation.createdAt());
        timestamp(json, "last_message_at", conversation.lastMessageAt());
        metadata(json, conversation.metadata());
        json.writeEndObject();
    }

    private static void timestamp(JsonGenerator json, String field, Instant instant) throws IOException {
        if (instant == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, DemoTimes.format(instant));
        }
    }

    private static void metadata(JsonGenerator json, Map<String, Object> metadata) throws IOException {
        json.writeFieldName("metadata");
        json.writeObject(metadata);
    }

    private byte[] write(JsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = mapper.createGenerator(out)) {
            body.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a response body to memory failed", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface JsonBody {
        void writeTo(JsonGenerator json) throws IOException;
    }
}
