package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import com.transcriptviewer.model.ToolCallCheck.Problem;

/**
 * Turns what the JSON Schema validator found into problems a QA person reads: the pointer of the argument it is about
 * (for a missing or unexpected property, that property's own pointer) and a sentence naming the argument, what was
 * expected and what it is. Sentences are built from the failed keyword, its arguments and the schema around it (so
 * that "from 1 to 12" can be said when both bounds exist), never from the validator's own English.
 */
final class ProblemSentences {

    private ProblemSentences() {}

    /**
     * @param message      one thing the validator found
     * @param rootSchema   the schema that was validated against, to read the rules around the failed keyword
     * @param outer        where the validated value sits in the arguments ({@code /body} when checked part by part)
     * @param functionName the tool's function name, for "is not a parameter of book_table"
     */
    static Problem of(ValidationMessage message, JsonNode rootSchema, ArgumentPath outer, String functionName) {
        ArgumentPath at = ArgumentPath.of(message.getInstanceLocation()).inside(outer);
        JsonNode schema = schemaAround(message, rootSchema);
        JsonNode keyword = message.getSchemaNode();
        JsonNode value = message.getInstanceNode();
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        String property = message.getProperty();
        String type = message.getType() == null ? "" : message.getType();
        switch (type) {
            case "required" -> {
                ArgumentPath missing = property == null ? at : at.child(property);
                return problem(missing, subject(missing) + " is required but missing.");
            }
            case "dependentRequired", "dependencies" -> {
                String missing =
                        arguments.length >= 2 ? String.valueOf(arguments[0]) : firstMissing(keyword, property, value);
                if (property == null || missing == null) {
                    return generic(at, type, value);
                }
                ArgumentPath absent = at.child(missing);
                return problem(
                        absent,
                        subject(absent) + " is required when "
                                + at.child(property).displayName() + " is given, but missing.");
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                ArgumentPath extra = property == null ? at : at.child(property);
                return problem(extra, subject(extra) + " is not a parameter of " + functionName + ".");
            }
            case "propertyNames" -> {
                ArgumentPath named = property == null ? at : at.child(property);
                return problem(
                        named, subject(named) + " is not an allowed name for a field of " + at.displayName() + ".");
            }
            case "items", "additionalItems", "unevaluatedItems", "prefixItems" -> {
                if (arguments.length >= 1 && arguments[0] instanceof Integer index) {
                    ArgumentPath item = at.index(index);
                    return problem(item, subject(item) + " is not allowed: the list holds more items than declared.");
                }
                return generic(at, type, value);
            }
            case "false" -> {
                return problem(at, subject(at) + " is not allowed.");
            }
            case "type" -> {
                return expected(at, RuleWords.typeWithBounds(schema, keyword), ValueWords.describeKind(value));
            }
            case "enum" -> {
                return expected(at, "one of: " + RuleWords.values(keyword), ValueWords.describe(value));
            }
            case "const" -> {
                return expected(at, ValueWords.describe(keyword), ValueWords.describe(value));
            }
            case "pattern" -> {
                return problem(
                        at,
                        subject(at) + " should match the pattern " + keyword.asText() + "; " + itIs(at) + " "
                                + ValueWords.describe(value) + ".");
            }
            case "format" -> {
                return expected(at, RuleWords.format(keyword.asText()), ValueWords.describe(value));
            }
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> {
                String bounds = RuleWords.bounds(schema);
                return expected(at, bounds.isEmpty() ? bound(type, keyword) : bounds, ValueWords.describe(value));
            }
            case "multipleOf" -> {
                return expected(at, "a multiple of " + ValueWords.number(keyword), ValueWords.describe(value));
            }
            case "minLength", "maxLength" -> {
                String length = RuleWords.length(schema);
                return expected(
                        at,
                        length.isEmpty() ? limit(type, keyword, "character", "characters") + " long" : length,
                        ValueWords.describeWithLength(value));
            }
            case "minItems", "maxItems" -> {
                String items = RuleWords.items(schema);
                return has(at, items.isEmpty() ? limit(type, keyword, "item", "items") : items, sizeOf(value));
            }
            case "minProperties", "maxProperties" -> {
                String fields = RuleWords.fields(schema);
                return has(at, fields.isEmpty() ? limit(type, keyword, "field", "fields") : fields, sizeOf(value));
            }
            case "uniqueItems" -> {
                return problem(at, subject(at) + " should not hold the same item twice; " + itDoes(at) + ".");
            }
            case "not" -> {
                return problem(
                        at,
                        subject(at) + " should not match the form its schema excludes; " + itIs(at) + " "
                                + ValueWords.describe(value) + ".");
            }
            case "oneOf" -> {
                String valid = arguments.length >= 1 ? String.valueOf(arguments[0]) : "0";
                return problem(
                        at,
                        subject(at) + " should match exactly one of the forms its schema allows; "
                                + (at.isWhole() ? "they match " : "it matches ")
                                + (valid.equals("0") ? "none" : valid) + ".");
            }
            case "contains", "minContains", "maxContains" -> {
                return problem(at, subject(at) + " does not hold the number of matching items its schema asks for.");
            }
            default -> {
                return generic(at, type, value);
            }
        }
    }

    /**
     * The first field a draft-7 {@code dependencies} entry requires that the object lacks (the validator says only
     * which property has dependencies); null when it cannot be told.
     */
    private static String firstMissing(JsonNode dependencies, String property, JsonNode object) {
        if (property == null || dependencies == null || object == null) {
            return null;
        }
        for (JsonNode field : dependencies.path(property)) {
            if (field.isTextual() && !object.has(field.asText())) {
                return field.asText();
            }
        }
        return null;
    }

    /** A size limit said from the keyword alone: "at least 2 characters". */
    private static String limit(String keyword, JsonNode value, String one, String many) {
        return (keyword.startsWith("min") ? "at least " : "at most ") + ValueWords.count(value.asLong(), one, many);
    }

    private static int sizeOf(JsonNode value) {
        return value == null ? 0 : value.size();
    }

    /** A bound said from the keyword alone, when the schema around it could not be read. */
    private static String bound(String keyword, JsonNode value) {
        String number = value.isNumber() ? ValueWords.number(value) : value.asText();
        return switch (keyword) {
            case "minimum" -> "at least " + number;
            case "maximum" -> "at most " + number;
            case "exclusiveMinimum" -> "greater than " + number;
            default -> "less than " + number;
        };
    }

    private static Problem generic(ArgumentPath at, String keyword, JsonNode value) {
        return problem(
                at,
                subject(at) + " does not keep its schema's \"" + keyword + "\" rule; " + itIs(at) + " "
                        + ValueWords.describe(value) + ".");
    }

    private static Problem expected(ArgumentPath at, String expected, String actual) {
        return problem(at, subject(at) + " should be " + expected + "; " + itIs(at) + " " + actual + ".");
    }

    private static Problem has(ArgumentPath at, String expected, int actual) {
        return problem(
                at,
                subject(at) + " should have " + expected + "; " + (at.isWhole() ? "they have " : "it has ") + actual
                        + ".");
    }

    private static Problem problem(ArgumentPath at, String sentence) {
        return new Problem(at.pointer(), sentence);
    }

    private static String subject(ArgumentPath at) {
        return at.isWhole() ? "The arguments" : at.displayName();
    }

    private static String itIs(ArgumentPath at) {
        return at.isWhole() ? "they are" : "it is";
    }

    private static String itDoes(ArgumentPath at) {
        return at.isWhole() ? "they do" : "it does";
    }

    /**
     * The schema object holding the failed keyword, found by the keyword's location in the validated schema; an
     * empty node when it cannot be found there (then sentences say only what the keyword itself says).
     */
    static JsonNode schemaAround(ValidationMessage message, JsonNode rootSchema) {
        if (message.getSchemaLocation() == null || message.getSchemaLocation().getFragment() == null) {
            return MissingNode.getInstance();
        }
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        int count = fragment.getNameCount();
        if (count == 0) {
            return MissingNode.getInstance();
        }
        JsonNode node = rootSchema;
        for (int i = 0; i < count - 1 && node != null; i++) {
            node = step(node, fragment.getElement(i));
        }
        JsonNode keyword = node == null ? null : step(node, fragment.getElement(count - 1));
        if (keyword == null || !keyword.equals(message.getSchemaNode())) {
            return MissingNode.getInstance();
        }
        return node;
    }

    private static JsonNode step(JsonNode node, Object element) {
        if (node.isArray()) {
            if (element instanceof Integer index) {
                return node.get(index);
            }
            try {
                return node.get(Integer.parseInt(String.valueOf(element)));
            } catch (NumberFormatException notAnIndex) {
                return null;
            }
        }
        return node.get(String.valueOf(element));
    }
}
