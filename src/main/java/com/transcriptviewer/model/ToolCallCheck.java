package com.transcriptviewer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one tool call against its assistant's own tool definitions found: a status, the problems (each about
 * one argument, named by a JSON Pointer), a sentence saying what it was checked against, and the tool's definition
 * when there is one. Immutable.
 *
 * @param status     the verdict of the check
 * @param problems   empty unless {@link Status#SCHEMA_MISMATCH} (or a transfer to an undeclared target)
 * @param basis      what the call was checked against, or why it could not be: "Checked against Scheduler, version
 *                   20260729T054457360842.", "No definition: the conversation names no assistant."
 * @param definition the tool the call names, as the assistant declares it; empty when there is none
 */
public record ToolCallCheck(Status status, List<Problem> problems, String basis, Optional<ToolSpec> definition) {

    /** The statuses a check can end in; {@link #wireName()} is what exports and {@code --check} print. */
    public enum Status {
        OK("ok"),
        INVALID_JSON("invalid_json"),
        SCHEMA_MISMATCH("schema_mismatch"),
        UNKNOWN_FUNCTION("unknown_function"),
        NO_DEFINITION("no_definition");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** True for the statuses that say the call itself is wrong (not that it could not be checked). */
        public boolean isProblem() {
            return this == INVALID_JSON || this == SCHEMA_MISMATCH || this == UNKNOWN_FUNCTION;
        }
    }

    /**
     * One thing wrong with a call's arguments.
     *
     * @param pointer the JSON Pointer of the argument it is about ({@code "/party_size"}; for a missing required
     *                property, the pointer that property would have; {@code ""} for the arguments as a whole)
     * @param message a sentence a QA person understands: "party_size should be a whole number from 1 to 12; it is the
     *                text \"4\"."
     */
    public record Problem(String pointer, String message) {

        public Problem {
            pointer = Objects.requireNonNullElse(pointer, "");
            message = Objects.requireNonNullElse(message, "");
        }
    }

    public ToolCallCheck {
        Objects.requireNonNull(status, "status");
        problems = problems == null ? List.of() : List.copyOf(problems);
        basis = Objects.requireNonNullElse(basis, "");
        definition = definition == null ? Optional.empty() : definition;
    }

    /** A call that could not be checked, and why ("the conversation names no assistant"). */
    public static ToolCallCheck noDefinition(String why) {
        return new ToolCallCheck(Status.NO_DEFINITION, List.of(), why, Optional.empty());
    }

    public boolean hasProblem() {
        return status.isProblem();
    }
}
