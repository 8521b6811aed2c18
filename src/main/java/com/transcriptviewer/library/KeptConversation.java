package com.transcriptviewer.library;

import com.transcriptviewer.model.Conversation;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation kept in the library: what the API listed for it, the assistant version its tool calls were checked
 * against ("" when unknown), how many messages are kept, when it was first kept and last refreshed, and when the API
 * answered that it no longer has it (null while it does).
 */
public record KeptConversation(
        Conversation conversation,
        String assistantVersion,
        int messageCount,
        Instant keptAt,
        Instant refreshedAt,
        Instant goneAt) {

    public KeptConversation {
        Objects.requireNonNull(conversation, "conversation");
        assistantVersion = assistantVersion == null ? "" : assistantVersion;
        Objects.requireNonNull(keptAt, "keptAt");
        Objects.requireNonNull(refreshedAt, "refreshedAt");
    }

    public String id() {
        return conversation.id();
    }

    /** Whether the API answered 404 for it since it was kept. */
    public boolean gone() {
        return goneAt != null;
    }
}
