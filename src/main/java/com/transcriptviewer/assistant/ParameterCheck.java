package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.ValidationMessage;
import com.transcriptviewer.model.ToolCallCheck.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a call's arguments against a tool's declared parameters: as one object against the schema holding all of
 * them, or, when the arguments come split into {@code body}/{@code path}/{@code query} objects, each part against that
 * part's schema exactly as declared (pointers then start with the part: {@code /body/date}). Says which way it went,
 * for the check's basis.
 */
final class ParameterCheck {

    private static final List<String> LOCATIONS = List.of("body", "path", "query");

    /**
     * What checking found.
     *
     * @param problems the problems, unsorted
     * @param note     which way the arguments were checked, a sentence for the basis
     * @param unusable a sentence saying why the arguments could not be checked; null when they were
     */
    record Outcome(List<Problem> problems, String note, String unusable) {}

    private ParameterCheck() {}

    static Outcome run(ParameterSchema parameters, JsonNode arguments, String functionName, CompiledSchemas schemas) {
        List<String> split = splitInto(parameters, arguments);
        List<Problem> problems = new ArrayList<>();
        if (split.isEmpty()) {
            CompiledSchemas.Compiled compiled = schemas.get(parameters.combined(), parameters.combinedText());
            String unusable = validate(compiled, arguments, ArgumentPath.WHOLE, functionName, problems);
            return new Outcome(problems, "Arguments checked as one object.", unusable);
        }
        for (ParameterSchema.Part part : parameters.parts()) {
            JsonNode value = arguments.get(part.location());
            CompiledSchemas.Compiled compiled = schemas.get(part.schema(), part.text());
            String unusable = validate(
                    compiled,
                    value == null ? JsonNodeFactory.instance.objectNode() : value,
                    ArgumentPath.WHOLE.child(part.location()),
                    functionName,
                    problems);
            if (unusable != null) {
                return new Outcome(problems, "", unusable);
            }
        }
        for (String location : split) {
            if (parameters.part(location).isEmpty() && !arguments.get(location).isEmpty()) {
                problems.add(new Problem(
                        ArgumentPath.WHOLE.child(location).pointer(),
                        location + " is not a part of " + functionName + "'s parameters: it takes no " + location
                                + " parameters."));
            }
        }
        return new Outcome(problems, "Arguments checked part by part (" + String.join(", ", split) + ").", null);
    }

    /**
     * The parts the arguments are split into, in body, path, query order; empty when they are one object: every key
     * must be a part name holding an object, the tool's parameters must all be declared by part, and none of them may
     * itself be called body, path or query.
     */
    static List<String> splitInto(ParameterSchema parameters, JsonNode arguments) {
        if (!parameters.splitsByLocation() || arguments.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String location : LOCATIONS) {
            JsonNode value = arguments.get(location);
            if (value != null) {
                if (!value.isObject() || parameters.declares(location)) {
                    return List.of();
                }
                found.add(location);
            }
        }
        return found.size() == arguments.size() ? found : List.of();
    }

    /** Adds what the schema finds in {@code value}; returns a sentence saying why it could not check, or null. */
    private static String validate(
            CompiledSchemas.Compiled compiled,
            JsonNode value,
            ArgumentPath outer,
            String functionName,
            List<Problem> problems) {
        if (!compiled.usable()) {
            return unusable(functionName, compiled.failure());
        }
        Set<ValidationMessage> messages;
        try {
            messages = compiled.schema().validate(value);
        } catch (StackOverflowError tooComplex) {
            return "The arguments are too complex to check against " + functionName
                    + "'s parameters (a pattern or nesting the validator could not finish), so they were not checked.";
        } catch (RuntimeException failed) {
            return unusable(functionName, CompiledSchemas.reason(failed));
        }
        for (ValidationMessage message : messages) {
            problems.add(ProblemSentences.of(message, compiled.root(), outer, functionName));
        }
        return null;
    }

    private static String unusable(String functionName, String reason) {
        return "The parameters " + functionName + " declares could not be used as a JSON Schema (" + reason
                + "), so its arguments were not checked.";
    }
}
