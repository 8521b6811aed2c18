package com.transcriptviewer.assistant;

import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import java.util.Objects;
import java.util.Optional;

/**
 * Which assistant a conversation's tool calls are checked against, and the sentence that says so: "Checked against
 * Scheduler, version 20260729T054457360842.", "Checked against the current version of Scheduler; version X was not
 * found.", or, with no assistant, why not ("No definition: the conversation names no assistant.").
 */
public record Resolution(Optional<AssistantDefinition> assistant, String basis) {

    public Resolution {
        assistant = assistant == null ? Optional.empty() : assistant;
        basis = Objects.requireNonNullElse(basis, "");
    }

    public static Resolution of(AssistantDefinition assistant, String basis) {
        return new Resolution(Optional.of(assistant), basis);
    }

    /** No assistant to check against; {@code why} completes "No definition: ..." */
    public static Resolution none(String why) {
        return new Resolution(Optional.empty(), "No definition: " + why);
    }

    /** The call checked against the assistant, or {@code no_definition} with the reason. */
    public ToolCallCheck check(ToolCall call, ToolCallChecker checker) {
        return assistant
                .map(found -> checker.check(call, found, basis))
                .orElseGet(() -> ToolCallCheck.noDefinition(basis));
    }
}
