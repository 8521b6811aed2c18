package com.transcriptviewer.export;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.List;
import java.util.Optional;

/**
 * What a headless export adds beside the messages, once they are loaded: each call's check against its assistant and
 * Telnyx's insights. Blocking; never fails: what cannot be found is left out, as the window's export does.
 */
@FunctionalInterface
public interface ExportExtras {

    /** Nothing beside the messages. */
    ExportExtras NONE = (conversationId, header, messages, cancel) -> Extras.NONE;

    Extras load(String conversationId, Optional<Conversation> header, List<Message> messages, CancelToken cancel);

    /** The checks and insights of one conversation. */
    record Extras(ToolCallChecks checks, ConversationInsights insights) {

        public static final Extras NONE = new Extras(ToolCallChecks.NONE, ConversationInsights.NONE);
    }
}
