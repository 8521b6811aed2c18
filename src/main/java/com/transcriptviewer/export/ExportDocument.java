package com.transcriptviewer.export;

import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.List;
import java.util.Objects;

/**
 * What an export holds: one whole conversation, its header and every message in order, and what is known about it
 * besides: the checks of its tool calls and Telnyx's insights (none when unknown). The JSON export writes the
 * messages only, in the API's own shape; Markdown and HTML show the rest too.
 *
 * @param name     the conversation's name; empty when unknown
 * @param channel  {@code telnyx_conversation_channel} (phone_call, sms_chat...); empty when unknown
 * @param checks   the tool calls' checks, by message and call position; {@link ToolCallChecks#NONE} when unchecked
 * @param insights Telnyx's insights; {@link ConversationInsights#NONE} when there are none or they are unknown
 */
public record ExportDocument(
        String conversationId,
        String name,
        String channel,
        List<Message> messages,
        ToolCallChecks checks,
        ConversationInsights insights) {

    public ExportDocument {
        conversationId = Objects.requireNonNullElse(conversationId, "");
        name = Objects.requireNonNullElse(name, "");
        channel = Objects.requireNonNullElse(channel, "");
        messages = List.copyOf(messages);
        checks = Objects.requireNonNullElse(checks, ToolCallChecks.NONE);
        insights = Objects.requireNonNullElse(insights, ConversationInsights.NONE);
    }

    /** A conversation with no checks or insights. */
    public ExportDocument(String conversationId, String name, String channel, List<Message> messages) {
        this(conversationId, name, channel, messages, ToolCallChecks.NONE, ConversationInsights.NONE);
    }

    /** The name, or "Conversation &lt;id&gt;" when the conversation has none. */
    public String title() {
        return name.isBlank() ? "Conversation " + conversationId : name;
    }
}
