package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallCheck.Problem;
import com.transcriptviewer.model.ToolCallCheck.Status;
import com.transcriptviewer.model.ToolSpec;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks tool calls against an assistant's own tool definitions, deterministically: is the function one the assistant
 * has, are its arguments JSON, and do they keep the tool's declared parameters (or, for a transfer, its declared
 * destinations). Thread-safe; compiles each tool's schema once and reuses it for every call and every checker user.
 */
public final class ToolCallChecker {

    /** Arguments nesting deeper than this are not validated: the validator descends one call per level. */
    static final int MAX_DEPTH = 200;

    private static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::pointer).thenComparing(Problem::message);

    private final CompiledSchemas schemas = new CompiledSchemas();

    public ToolCallChecker() {}

    /** basis: a sentence saying what it was checked against, copied into the result. */
    public ToolCallCheck check(ToolCall call, AssistantDefinition assistant, String basis) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(assistant, "assistant");
        String base =
                basis == null || basis.isBlank() ? "Checked against " + assistant.describe() + "." : basis.strip();
        Optional<ToolDefinition> named = assistant.tool(call.functionName());
        if (named.isEmpty()) {
            return unknownFunction(call, assistant, base);
        }
        ToolDefinition tool = named.get();
        Optional<ToolSpec> definition = Optional.of(tool.spec());
        Arguments.Reading reading = Arguments.read(call.arguments());
        if (!reading.isJson()) {
            return new ToolCallCheck(
                    Status.INVALID_JSON, List.of(new Problem("", reading.failure())), base, definition);
        }
        JsonNode arguments = reading.json();
        if (tool.parameters().isPresent()) {
            return checkParameters(tool.functionName(), tool.parameters().get(), arguments, base, definition);
        }
        if (tool.transferTargets().isPresent()) {
            TransferTargets targets = tool.transferTargets().get();
            return verdict(targets.check(arguments), join(base, targets.note()), definition);
        }
        return new ToolCallCheck(
                Status.OK, List.of(), join(base, tool.functionName() + " takes no parameters."), definition);
    }

    private ToolCallCheck checkParameters(
            String functionName,
            ParameterSchema parameters,
            JsonNode arguments,
            String base,
            Optional<ToolSpec> definition) {
        if (!arguments.isObject()) {
            return new ToolCallCheck(
                    Status.INVALID_JSON,
                    List.of(new Problem(
                            "",
                            "The arguments should be a JSON object holding " + functionName + "'s parameters; they are "
                                    + kindOf(arguments) + ".")),
                    base,
                    definition);
        }
        if (Arguments.depth(arguments, MAX_DEPTH) > MAX_DEPTH) {
            return new ToolCallCheck(
                    Status.SCHEMA_MISMATCH,
                    List.of(new Problem(
                            "",
                            "The arguments nest more than " + MAX_DEPTH + " levels deep, too deep to check against "
                                    + functionName + "'s parameters.")),
                    base,
                    definition);
        }
        ParameterCheck.Outcome outcome = ParameterCheck.run(parameters, arguments, functionName, schemas);
        if (outcome.unusable() != null) {
            return new ToolCallCheck(Status.NO_DEFINITION, List.of(), join(base, outcome.unusable()), definition);
        }
        return verdict(outcome.problems(), join(base, outcome.note()), definition);
    }

    private static ToolCallCheck unknownFunction(ToolCall call, AssistantDefinition assistant, String base) {
        Set<String> names = new LinkedHashSet<>();
        for (ToolDefinition tool : assistant.tools()) {
            names.add(tool.functionName());
        }
        String functions = String.join(", ", names);
        String has = functions.isEmpty() ? "it has no functions." : "its functions are: " + functions + ".";
        String sentence = call.functionName().isBlank()
                ? "The call names no function; " + assistant.describe() + " has "
                        + (functions.isEmpty() ? "none." : "these: " + functions + ".")
                : call.functionName() + " is not a function of " + assistant.describe() + "; " + has;
        return new ToolCallCheck(Status.UNKNOWN_FUNCTION, List.of(new Problem("", sentence)), base, Optional.empty());
    }

    /** OK without problems, SCHEMA_MISMATCH with them, sorted by pointer then message, each once. */
    private static ToolCallCheck verdict(Collection<Problem> found, String basis, Optional<ToolSpec> definition) {
        TreeSet<Problem> problems = new TreeSet<>(ORDER);
        problems.addAll(found);
        Status status = problems.isEmpty() ? Status.OK : Status.SCHEMA_MISMATCH;
        return new ToolCallCheck(status, List.copyOf(problems), basis, definition);
    }

    /** "a list of 2 items", "the text \"x\""; text that itself holds a JSON object is said to be encoded twice. */
    private static String kindOf(JsonNode arguments) {
        if (arguments.isTextual()) {
            Arguments.Reading inner = Arguments.read(arguments.textValue());
            if (inner.isJson()
                    && inner.json().isObject()
                    && !arguments.textValue().isBlank()) {
                return "a JSON string that itself holds an object (the arguments were encoded twice)";
            }
        }
        return ValueWords.describeKind(arguments);
    }

    private static String join(String base, String note) {
        return note.isEmpty() ? base : base + " " + note;
    }
}
