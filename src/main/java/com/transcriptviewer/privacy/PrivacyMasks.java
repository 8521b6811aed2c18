package com.transcriptviewer.privacy;

import com.transcriptviewer.model.Conversation;
import java.util.ArrayList;
import java.util.List;

/** Makes privacy mode's mask for a conversation: numbers written without a country code are read in its region. */
public final class PrivacyMasks {

    private PrivacyMasks() {}

    /**
     * A mask that tries first the regions of the conversation's own numbers (the caller's and the assistant's, when
     * the conversation is known), then the common ones.
     */
    public static PrivacyMask forConversation(Conversation conversation) {
        List<String> numbers = new ArrayList<>(2);
        if (conversation != null) {
            numbers.add(conversation.endUserTarget());
            numbers.add(conversation.agentTarget());
        }
        return new PrivacyMask(PersonalDataMasker.forNumbers(numbers));
    }
}
