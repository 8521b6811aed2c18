package com.transcriptviewer.assistant;

import com.transcriptviewer.model.ToolSpec;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One tool an assistant declares, as a call to it is checked: its type, the function name calls carry (and any other
 * name they may use), its description, the parameters it declares and, for a transfer, its destinations; with the
 * summary the Definition table shows ({@link #spec()}). Immutable; made by {@link AssistantDefinition#read}.
 */
public final class ToolDefinition {

    private final String type;
    private final String functionName;
    private final Set<String> names;
    private final String description;
    private final ToolSpec spec;
    private final ParameterSchema parameters;
    private final TransferTargets transferTargets;

    ToolDefinition(
            String type,
            String functionName,
            Set<String> otherNames,
            String description,
            ToolSpec spec,
            ParameterSchema parameters,
            TransferTargets transferTargets) {
        this.type = Objects.requireNonNull(type, "type");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        Set<String> all = new LinkedHashSet<>();
        all.add(functionName);
        all.addAll(otherNames);
        this.names = Set.copyOf(all);
        this.description = Objects.requireNonNullElse(description, "");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.parameters = parameters;
        this.transferTargets = transferTargets;
    }

    /** The type as declared: {@code webhook}, {@code transfer}, or an unknown type's own name. */
    public String type() {
        return type;
    }

    /** The function name calls to this tool carry: the config name of custom tools, the type name of built-ins. */
    public String functionName() {
        return functionName;
    }

    /** Every name a call to this tool may carry: the function name, and a built-in's config name when it has one. */
    public Set<String> names() {
        return names;
    }

    public String description() {
        return description;
    }

    /** The tool as the Definition table shows it. */
    public ToolSpec spec() {
        return spec;
    }

    /** True when the tool declares parameters its calls' arguments are checked against. */
    public boolean takesParameters() {
        return parameters != null;
    }

    boolean answersTo(String name) {
        return names.contains(name);
    }

    Optional<ParameterSchema> parameters() {
        return Optional.ofNullable(parameters);
    }

    Optional<TransferTargets> transferTargets() {
        return Optional.ofNullable(transferTargets);
    }

    @Override
    public String toString() {
        return type + " " + functionName;
    }
}
