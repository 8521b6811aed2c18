package com.transcriptviewer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks of one conversation's tool calls, by the position of each call (message index in the conversation, then
 * the call's index in that message), and a sentence saying what they were checked against. Immutable; for exports
 * and the headless {@code --check}.
 *
 * @param basis what the calls were checked against ("Scheduler, version 20260729T054457360842") or why they could
 *              not be ("the conversation names no assistant")
 */
public record ToolCallChecks(String basis, Map<Integer, List<ToolCallCheck>> byMessage) {

    public static final ToolCallChecks NONE = new ToolCallChecks("", Map.of());

    public ToolCallChecks {
        basis = Objects.requireNonNullElse(basis, "");
        Map<Integer, List<ToolCallCheck>> copy = new LinkedHashMap<>();
        if (byMessage != null) {
            byMessage.forEach((index, checks) -> copy.put(index, List.copyOf(checks)));
        }
        byMessage = Collections.unmodifiableMap(copy);
    }

    /** The check of call {@code callIndex} of message {@code messageIndex}, when it was checked. */
    public Optional<ToolCallCheck> of(int messageIndex, int callIndex) {
        List<ToolCallCheck> checks = byMessage.get(messageIndex);
        return checks == null || callIndex >= checks.size() ? Optional.empty() : Optional.of(checks.get(callIndex));
    }

    public boolean isEmpty() {
        return byMessage.isEmpty();
    }
}
