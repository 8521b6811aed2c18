package com.transcriptviewer.assistant;

import java.util.List;
import java.util.Locale;

/**
 * The tool types of a Telnyx assistant (the table of the API notes) and what each means for a call: whether calls
 * carry the tool's configured name or its type name, and under which config keys its parameters are declared. Types
 * this table does not know are {@link #UNKNOWN}: named like a custom tool, never an error.
 */
enum ToolType {
    WEBHOOK(Naming.CONFIG_NAME, List.of(ParameterPart.BODY, ParameterPart.PATH, ParameterPart.QUERY)),
    CLIENT_SIDE_TOOL(Naming.CONFIG_NAME, List.of(ParameterPart.WHOLE)),
    UPDATE_DYNAMIC_VARIABLES(Naming.CONFIG_NAME, List.of()),
    TRANSFER(Naming.TYPE_NAME, List.of()),
    HANGUP(Naming.TYPE_NAME, List.of()),
    SKIP_TURN(Naming.TYPE_NAME, List.of()),
    SEND_DTMF(Naming.TYPE_NAME, List.of()),
    SEND_MESSAGE(Naming.TYPE_NAME, List.of()),
    HANDOFF(Naming.TYPE_NAME, List.of()),
    REFER(Naming.TYPE_NAME, List.of()),
    INVITE(Naming.TYPE_NAME, List.of()),
    RETRIEVAL(Naming.TYPE_NAME, List.of()),
    PAY(Naming.TYPE_NAME, List.of()),
    UNKNOWN(
            Naming.CONFIG_NAME,
            List.of(ParameterPart.WHOLE, ParameterPart.BODY, ParameterPart.PATH, ParameterPart.QUERY));

    /** Which name a call to a tool of this type carries. */
    enum Naming {
        /** The config's {@code name}; the type name when the config has none. */
        CONFIG_NAME,
        /** The type name; a config {@code name}, when a built-in has one, is accepted too. */
        TYPE_NAME
    }

    private final Naming naming;
    private final List<ParameterPart> parts;

    ToolType(Naming naming, List<ParameterPart> parts) {
        this.naming = naming;
        this.parts = parts;
    }

    Naming naming() {
        return naming;
    }

    /** The config keys this type may declare parameters under, in the order they are shown. */
    List<ParameterPart> parts() {
        return parts;
    }

    /** The type a declared {@code type} stands for, ignoring case; anything else is {@link #UNKNOWN}. */
    static ToolType of(String declared) {
        String wanted = declared.trim().toUpperCase(Locale.ROOT);
        for (ToolType type : values()) {
            if (type != UNKNOWN && type.name().equals(wanted)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
