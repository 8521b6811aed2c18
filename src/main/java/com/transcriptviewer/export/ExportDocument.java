package com.transcriptviewer.export;

import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.List;
import java.util.Objects;

/**
 * What an export holds: one whole conversation, its header and every message in order, and what is known about it
 * besides: the checks of its tool calls, Telnyx's insights and the QA reviewers' verdicts (none when unknown). The
 * JSON export writes the messages only, in the API's own shape; Markdown and HTML show the rest too.
 *
 * @param name     the conversation's name; empty when unknown
 * @param channel  {@code telnyx_conversation_channel} (phone_call, sms_chat...); empty when unknown
 * @param checks   the tool calls' checks, by message and call position; {@link ToolCallChecks#NONE} when unchecked
 * @param insights Telnyx's insights; {@link ConversationInsights#NONE} when there are none or they are unknown
 * @param reviews  each reviewer's latest entry on each item of the conversation (its calls and the conversation as a
 *                 whole); empty when there are none or no review store is at hand
 */
public record ExportDocument(
        String conversationId,
        String name,
        String channel,
        List<Message> messages,
        ToolCallChecks checks,
        ConversationInsights insights,
        List<ReviewEntry> reviews) {

    public ExportDocument {
        conversationId = Objects.requireNonNullElse(conversationId, "");
        name = Objects.requireNonNullElse(name, "");
        channel = Objects.requireNonNullElse(channel, "");
        messages = List.copyOf(messages);
        checks = Objects.requireNonNullElse(checks, ToolCallChecks.NONE);
        insights = Objects.requireNonNullElse(insights, ConversationInsights.NONE);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** A conversation with its checks and insights, without reviews. */
    public ExportDocument(
            String conversationId,
            String name,
            String channel,
            List<Message> messages,
            ToolCallChecks checks,
            ConversationInsights insights) {
        this(conversationId, name, channel, messages, checks, insights, List.of());
    }

    /** A conversation with no checks or insights. */
    public ExportDocument(String conversationId, String name, String channel, List<Message> messages) {
        this(conversationId, name, channel, messages, ToolCallChecks.NONE, ConversationInsights.NONE, List.of());
    }

    /** The same conversation with these review entries. */
    public ExportDocument withReviews(List<ReviewEntry> entries) {
        return new ExportDocument(conversationId, name, channel, messages, checks, insights, entries);
    }

    /** The name, or "Conversation &lt;id&gt;" when the conversation has none. */
    public String title() {
        return name.isBlank() ? "Conversation " + conversationId : name;
    }
}
