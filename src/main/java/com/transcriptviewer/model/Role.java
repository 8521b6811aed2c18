package com.transcriptviewer.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Who sent a message. The API documents {@code user}, {@code assistant} and {@code tool}; any other value is kept
 * as an {@link Kind#UNKNOWN} role with its raw name so the viewer can show it instead of failing.
 */
public record Role(Kind kind, String rawName) {

    public enum Kind {
        USER,
        ASSISTANT,
        TOOL,
        UNKNOWN
    }

    public static final Role USER = new Role(Kind.USER, "user");
    public static final Role ASSISTANT = new Role(Kind.ASSISTANT, "assistant");
    public static final Role TOOL = new Role(Kind.TOOL, "tool");

    public Role {
        Objects.requireNonNull(kind, "kind");
        rawName = rawName == null ? "" : rawName;
    }

    /** Reads a wire value; null or blank becomes an unknown role with an empty name. */
    public static Role of(String raw) {
        if (raw == null) {
            return new Role(Kind.UNKNOWN, "");
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "user" -> USER;
            case "assistant" -> ASSISTANT;
            case "tool" -> TOOL;
            default -> new Role(Kind.UNKNOWN, raw);
        };
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }
}
