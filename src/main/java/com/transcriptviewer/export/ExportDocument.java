package com.transcriptviewer.export;

import com.transcriptviewer.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * What an export holds: one whole conversation, its header and every message in order.
 *
 * @param name    the conversation's name; empty when unknown
 * @param channel {@code telnyx_conversation_channel} (phone_call, sms_chat...); empty when unknown
 */
public record ExportDocument(String conversationId, String name, String channel, List<Message> messages) {

    public ExportDocument {
        conversationId = Objects.requireNonNullElse(conversationId, "");
        name = Objects.requireNonNullElse(name, "");
        channel = Objects.requireNonNullElse(channel, "");
        messages = List.copyOf(messages);
    }

    /** The name, or "Conversation &lt;id&gt;" when the conversation has none. */
    public String title() {
        return name.isBlank() ? "Conversation " + conversationId : name;
    }
}
