package com.transcriptviewer.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One message of a conversation as the API returned it. {@code text} may be null (tool-call messages usually have
 * none); timestamps may be null when the API left them out. Collections are never null and never mutable.
 * {@code rawJson} is the message object exactly as the server sent it (for the details pane and JSON export), held as
 * text or read again from its file when asked, or null for a message that was not read from JSON.
 */
public record Message(
        Role role,
        String text,
        List<ToolCall> toolCalls,
        Instant createdAt,
        Instant sentAt,
        Map<String, Object> metadata,
        RawJson rawJson) {

    public Message {
        role = role == null ? Role.of(null) : role;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        metadata = Metadata.copyOf(metadata);
    }

    /** A message built in code rather than read from the wire: it has no raw JSON. */
    public Message(
            Role role,
            String text,
            List<ToolCall> toolCalls,
            Instant createdAt,
            Instant sentAt,
            Map<String, Object> metadata) {
        this(role, text, toolCalls, createdAt, sentAt, metadata, null);
    }

    /** When the end user experienced the message: {@code sent_at}, falling back to {@code created_at}. */
    public Instant displayTime() {
        return sentAt != null ? sentAt : createdAt;
    }

    public boolean hasText() {
        return text != null && !text.isEmpty();
    }

    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }
}
