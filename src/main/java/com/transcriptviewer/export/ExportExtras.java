package com.transcriptviewer.export;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.List;
import java.util.Optional;

/**
 * What a headless export adds beside the messages, once they are loaded: each call's check against its assistant,
 * Telnyx's insights and the reviewers' verdicts. Blocking; never fails: what cannot be found is left out, as the
 * window's export does.
 */
@FunctionalInterface
public interface ExportExtras {

    /** Nothing beside the messages. */
    ExportExtras NONE = (conversationId, header, messages, cancel) -> Extras.NONE;

    Extras load(String conversationId, Optional<Conversation> header, List<Message> messages, CancelToken cancel);

    /** The checks, insights and review entries of one conversation. */
    record Extras(ToolCallChecks checks, ConversationInsights insights, List<ReviewEntry> reviews) {

        public static final Extras NONE = new Extras(ToolCallChecks.NONE, ConversationInsights.NONE, List.of());

        public Extras {
            reviews = reviews == null ? List.of() : List.copyOf(reviews);
        }

        /** The checks and insights, without reviews. */
        public Extras(ToolCallChecks checks, ConversationInsights insights) {
            this(checks, insights, List.of());
        }

        public Extras withReviews(List<ReviewEntry> entries) {
            return new Extras(checks, insights, entries);
        }
    }
}
