package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;

/** Readable names for conversations that may have none. */
public final class ConversationTitles {

    private ConversationTitles() {}

    /** The name, else "Call with +1…", else "Conversation 3f2b8c1e". */
    public static String of(Conversation conversation) {
        if (conversation.name() != null && !conversation.name().isBlank()) {
            return conversation.name().strip();
        }
        if (conversation.endUserTarget() != null) {
            return "Conversation with " + conversation.endUserTarget();
        }
        String id = conversation.id();
        return "Conversation " + (id.length() > 8 ? id.substring(0, 8) : id);
    }

    /** "+13125550199 → +13125550100" when the numbers are known, else "". */
    public static String numbers(Conversation conversation) {
        String user = conversation.endUserTarget();
        String agent = conversation.agentTarget();
        if (user == null && agent == null) {
            return "";
        }
        if (user == null) {
            return "Agent " + agent;
        }
        if (agent == null) {
            return user;
        }
        return user + " → " + agent;
    }
}
