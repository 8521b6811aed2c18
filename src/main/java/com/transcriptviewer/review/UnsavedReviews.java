package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes the store does not have yet (in flight, refused, a note not saved) on conversations no longer open, kept
 * so that they show again when the reviewer comes back; an entry the store saves is let go.
 */
final class UnsavedReviews {

    /** By conversation id and item key. */
    private final Map<String, Map<String, CallReviewViewModel>> keptCalls = new HashMap<>();

    private final Map<String, ConversationReviewViewModel> keptConversations = new HashMap<>();

    /** The conversation {@code conversationId} is left: its calls and its own review the store does not have stay. */
    void keep(String conversationId, List<CallReviewViewModel> calls, ConversationReviewViewModel conversation) {
        Map<String, CallReviewViewModel> unsaved = new LinkedHashMap<>();
        for (CallReviewViewModel call : calls) {
            if (call.unsaved()) {
                unsaved.put(call.item().key(), call);
            }
        }
        if (!unsaved.isEmpty()) {
            keptCalls.put(conversationId, unsaved);
        }
        if (conversation != null && conversation.unsaved()) {
            keptConversations.put(conversationId, conversation);
        }
    }

    /** The conversation's own review kept for it, taken back; null when none was kept. */
    ConversationReviewViewModel takeConversation(String conversationId) {
        return keptConversations.remove(conversationId);
    }

    /** The calls kept for the conversation, by item key. */
    Map<String, CallReviewViewModel> calls(String conversationId) {
        return keptCalls.getOrDefault(conversationId, Map.of());
    }

    /** The store saved {@code entry}: its call needs keeping no longer. */
    void saved(ReviewEntry entry) {
        Map<String, CallReviewViewModel> kept = keptCalls.get(entry.item().conversationId());
        if (kept != null) {
            kept.remove(entry.item().key());
        }
    }
}
