package com.transcriptviewer.model;

import java.util.List;
import java.util.Objects;

/**
 * A tool as an assistant declares it, as a reviewer reads it beside a call: its type, the function name calls use, its
 * description, its parameters, and for a transfer the destinations it may use. Immutable.
 *
 * @param type       the tool's type as declared ({@code webhook}, {@code transfer}, an unknown type's own name)
 * @param name       the function name calls to it carry
 * @param parameters one row per declared parameter, nested ones with a dotted name ({@code patient.name})
 * @param targets    a transfer's declared destinations ({@code to}, with the name in brackets when given)
 */
public record ToolSpec(String type, String name, String description, List<Parameter> parameters, List<String> targets) {

    /**
     * One declared parameter.
     *
     * @param type     the JSON Schema type as written ("string", "integer", "object", "string or null")
     * @param allowed  the values or range it allows, in words ("1 to 12", "one of: cleaning, checkup"); empty if any
     * @param location where a webhook takes it: "body", "path", "query"; empty for other tools
     */
    public record Parameter(
            String name, String type, boolean required, String allowed, String description, String location) {

        public Parameter {
            name = Objects.requireNonNullElse(name, "");
            type = Objects.requireNonNullElse(type, "");
            allowed = Objects.requireNonNullElse(allowed, "");
            description = Objects.requireNonNullElse(description, "");
            location = Objects.requireNonNullElse(location, "");
        }
    }

    public ToolSpec {
        type = Objects.requireNonNullElse(type, "");
        name = Objects.requireNonNullElse(name, "");
        description = Objects.requireNonNullElse(description, "");
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
