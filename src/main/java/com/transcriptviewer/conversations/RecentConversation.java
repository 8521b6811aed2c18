package com.transcriptviewer.conversations;

import java.time.Instant;
import java.util.Objects;

/** A conversation the user opened, with its name when known and when it was opened. */
public record RecentConversation(String id, String name, Instant openedAt) {

    public RecentConversation {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        Objects.requireNonNull(openedAt, "openedAt");
    }

    /** The name, else a short form of the id. */
    public String title() {
        if (!name.isEmpty()) {
            return name;
        }
        return "Conversation " + (id.length() > 8 ? id.substring(0, 8) : id);
    }
}
