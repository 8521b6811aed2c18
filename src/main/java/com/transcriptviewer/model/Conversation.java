package com.transcriptviewer.model;

import java.time.Instant;
import java.util.Map;

/** A conversation as listed by {@code GET /ai/conversations}; name and last-message time may be null. */
public record Conversation(
        String id, String name, Instant createdAt, Instant lastMessageAt, Map<String, Object> metadata) {

    public static final String CHANNEL = "telnyx_conversation_channel";
    public static final String ASSISTANT_ID = "assistant_id";
    public static final String AGENT_TARGET = "telnyx_agent_target";
    public static final String END_USER_TARGET = "telnyx_end_user_target";
    public static final String CALL_CONTROL_ID = "call_control_id";

    public Conversation {
        id = id == null ? "" : id;
        metadata = Metadata.copyOf(metadata);
    }

    public String channel() {
        return Metadata.string(metadata, CHANNEL);
    }

    public String assistantId() {
        return Metadata.string(metadata, ASSISTANT_ID);
    }

    public String agentTarget() {
        return Metadata.string(metadata, AGENT_TARGET);
    }

    public String endUserTarget() {
        return Metadata.string(metadata, END_USER_TARGET);
    }
}
