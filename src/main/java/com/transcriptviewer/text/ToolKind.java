package com.transcriptviewer.text;

import java.util.Locale;

/**
 * The built-in Telnyx assistant tool a function name stands for; anything else is a customer webhook tool.
 * Lets view-models pick an icon without knowing about JavaFX nodes.
 */
public enum ToolKind {
    TRANSFER,
    HANGUP,
    SEND_DTMF,
    SEND_MESSAGE,
    HANDOFF,
    REFER,
    INVITE,
    RETRIEVAL,
    SKIP_TURN,
    PAY,
    UPDATE_DYNAMIC_VARIABLES,
    WEBHOOK;

    /** Matches the function name case-insensitively; unknown or blank names are {@link #WEBHOOK}. */
    public static ToolKind ofFunctionName(String functionName) {
        if (functionName == null || functionName.isBlank()) {
            return WEBHOOK;
        }
        String normalized = functionName.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ToolKind kind : values()) {
            if (kind != WEBHOOK && kind.name().equals(normalized)) {
                return kind;
            }
        }
        return WEBHOOK;
    }
}
