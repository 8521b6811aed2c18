package com.transcriptviewer.compare;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.List;
import java.util.Objects;

/**
 * One side of a comparison: a whole conversation, its name when known, and the definition checks of its calls
 * ({@link ToolCallChecks#NONE} when there are none) with the sentence that says what they were checked against.
 */
public record ComparedConversation(String id, String name, List<Message> messages, ToolCallChecks checks) {

    public ComparedConversation {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "");
        messages = List.copyOf(messages);
        checks = Objects.requireNonNullElse(checks, ToolCallChecks.NONE);
    }

    /** The name, or the id when the conversation has none. */
    public String title() {
        return name.isBlank() ? id : name;
    }
}
