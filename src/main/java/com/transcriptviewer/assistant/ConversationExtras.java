package com.transcriptviewer.assistant;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What surrounds a loaded conversation on the API, for the headless commands: its tool calls checked against its
 * assistant, and Telnyx's insights named through the assistant's insight group. Blocking; what cannot be read is left
 * out (the checks then say why), never failed.
 */
public final class ConversationExtras {

    private final TelnyxClient client;
    private final AssistantResolver resolver;
    private final ToolCallChecker checker = new ToolCallChecker();
    private final InsightsLoader insights = new InsightsLoader();

    public ConversationExtras(TelnyxClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.resolver = new AssistantResolver(client);
    }

    /** The assistant {@code header} names, or why there is none. */
    public Resolution resolve(Optional<Conversation> header, CancelToken cancel) {
        return header.map(found -> resolver.resolve(found, cancel))
                .orElseGet(() -> Resolution.none("the conversation's details could not be read."));
    }

    /** Every call of {@code messages} checked against {@code resolution}. */
    public ToolCallChecks checks(List<Message> messages, Resolution resolution) {
        return ConversationChecks.check(messages, 0, resolution, checker);
    }

    /** The conversation's insights, named; none when they cannot be read. */
    public ConversationInsights insights(String conversationId, Resolution resolution, CancelToken cancel) {
        Optional<String> group =
                resolution.assistant().map(AssistantDefinition::insightGroupId).filter(id -> !id.isBlank());
        try {
            return insights.load(client, conversationId, group, cancel);
        } catch (ApiException e) {
            return ConversationInsights.NONE;
        }
    }
}
