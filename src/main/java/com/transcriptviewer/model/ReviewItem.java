package com.transcriptviewer.model;

import java.util.Objects;

/**
 * What a verdict is about: one tool call of a conversation, or the conversation as a whole. {@code key} is what the
 * database stores and compares; it is {@code "conversation"} for the whole conversation, {@code "call:" + id} for a
 * tool call with an id of its own, and {@code "msg:" + messageIndex + ":" + position} for a call whose id is missing
 * or was already used by an earlier call of the same conversation (then {@code identity} says which, so the details
 * pane can tell the reviewer). {@code messageIndex} is the message's 0-based place in the conversation and
 * {@code position} the call's 0-based place in that message; both are -1 for the conversation item.
 */
public record ReviewItem(
        String conversationId,
        String key,
        Identity identity,
        String toolCallId,
        int messageIndex,
        int position,
        String functionName) {

    public static final String CONVERSATION_KEY = "conversation";

    /** How the item is identified. */
    public enum Identity {
        /** The conversation as a whole. */
        CONVERSATION,
        /** By the tool call's own id. */
        CALL_ID,
        /** By message index and position: the call has no id. */
        POSITION_NO_ID,
        /** By message index and position: an earlier call of this conversation has the same id. */
        POSITION_REPEATED_ID
    }

    public ReviewItem {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(identity, "identity");
        toolCallId = toolCallId == null ? "" : toolCallId;
        functionName = functionName == null ? "" : functionName;
    }

    /** The conversation as a whole. */
    public static ReviewItem conversation(String conversationId) {
        return new ReviewItem(conversationId, CONVERSATION_KEY, Identity.CONVERSATION, "", -1, -1, "");
    }

    /**
     * A tool call. {@code idSeenBefore} is true when an earlier call of the same conversation (an earlier message, or
     * an earlier position in this one) has the same non-empty id: pages load in order, so the first call with an id
     * always keeps it, and every later one is identified by its place.
     */
    public static ReviewItem toolCall(
            String conversationId, int messageIndex, int position, ToolCall call, boolean idSeenBefore) {
        String id = call.id();
        if (!id.isEmpty() && !idSeenBefore) {
            return new ReviewItem(
                    conversationId, "call:" + id, Identity.CALL_ID, id, messageIndex, position, call.functionName());
        }
        Identity identity = id.isEmpty() ? Identity.POSITION_NO_ID : Identity.POSITION_REPEATED_ID;
        return new ReviewItem(
                conversationId,
                "msg:" + messageIndex + ":" + position,
                identity,
                id,
                messageIndex,
                position,
                call.functionName());
    }

    public boolean isConversation() {
        return identity == Identity.CONVERSATION;
    }
}
