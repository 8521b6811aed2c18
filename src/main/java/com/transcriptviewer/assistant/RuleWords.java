package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A schema's rules in words, read from the schema itself (never from the validator's messages): types ("a whole
 * number"), numeric bounds ("from 1 to 12"), lengths, list sizes, allowed values and formats. The sentences of a check
 * and the Definition table's "allowed" column both use them.
 */
final class RuleWords {

    /** The most allowed values a sentence lists before saying how many there are in all. */
    static final int MAX_VALUES = 20;

    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("date", "a date like 2026-07-29"),
            Map.entry("date-time", "a date and time like 2026-07-29T14:30:00Z"),
            Map.entry("time", "a time like 14:30:00Z"),
            Map.entry("duration", "a duration like P3D"),
            Map.entry("email", "an email address"),
            Map.entry("idn-email", "an email address"),
            Map.entry("hostname", "a host name"),
            Map.entry("idn-hostname", "a host name"),
            Map.entry("ipv4", "an IPv4 address"),
            Map.entry("ipv6", "an IPv6 address"),
            Map.entry("uri", "a URI"),
            Map.entry("uri-reference", "a URI reference"),
            Map.entry("iri", "an IRI"),
            Map.entry("iri-reference", "an IRI reference"),
            Map.entry("uri-template", "a URI template"),
            Map.entry("uuid", "a UUID"),
            Map.entry("regex", "a regular expression"),
            Map.entry("json-pointer", "a JSON Pointer"),
            Map.entry("relative-json-pointer", "a relative JSON Pointer"));

    private RuleWords() {}

    /** "a whole number", "text or null"; empty when the schema names no type. */
    static String type(JsonNode type) {
        if (type == null) {
            return "";
        }
        if (type.isTextual()) {
            return typeName(type.asText());
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : type) {
            names.add(typeName(one.asText()));
        }
        return String.join(" or ", names);
    }

    /** The type a type error says was expected, with the bounds of a numeric type: "a whole number from 1 to 12". */
    static String typeWithBounds(JsonNode schema, JsonNode type) {
        String words = type(type);
        boolean numeric = type != null
                && (type.asText().equals("integer") || type.asText().equals("number"));
        String bounds = numeric ? bounds(schema) : "";
        if (bounds.isEmpty()) {
            return words;
        }
        return words + (bounds.startsWith("at ") ? " of " : " ") + bounds;
    }

    /** "from 1 to 12", "at least 1", "greater than 0 and at most 12"; empty when the schema sets no bound. */
    static String bounds(JsonNode schema) {
        Bound lower = bound(schema, "minimum", "exclusiveMinimum");
        Bound upper = bound(schema, "maximum", "exclusiveMaximum");
        if (lower != null && upper != null && !lower.exclusive && !upper.exclusive) {
            return "from " + lower.value + " to " + upper.value;
        }
        List<String> parts = new ArrayList<>();
        if (lower != null) {
            parts.add((lower.exclusive ? "greater than " : "at least ") + lower.value);
        }
        if (upper != null) {
            parts.add((upper.exclusive ? "less than " : "at most ") + upper.value);
        }
        return String.join(" and ", parts);
    }

    /** Bounds as the Definition table says them: "1 to 12" when both are inclusive. */
    static String range(JsonNode schema) {
        String bounds = bounds(schema);
        return bounds.startsWith("from ") ? bounds.substring("from ".length()) : bounds;
    }

    /** "2 to 40 characters long", "at least 2 characters long"; empty when no length is set. */
    static String length(JsonNode schema) {
        return sized(schema, "minLength", "maxLength", "character", "characters", " long");
    }

    /** "1 to 5 items", "at least 1 item"; empty when no size is set. */
    static String items(JsonNode schema) {
        return sized(schema, "minItems", "maxItems", "item", "items", "");
    }

    /** "at least 1 field", "at most 3 fields"; empty when no count is set. */
    static String fields(JsonNode schema) {
        return sized(schema, "minProperties", "maxProperties", "field", "fields", "");
    }

    /** "cleaning, checkup, whitening", cut after {@value #MAX_VALUES} values with the count in all. */
    static String values(JsonNode values) {
        List<String> words = new ArrayList<>();
        for (JsonNode value : values) {
            if (words.size() == MAX_VALUES) {
                words.add("… (" + values.size() + " in all)");
                break;
            }
            words.add(ValueWords.plain(value));
        }
        return String.join(", ", words);
    }

    /** "a date like 2026-07-29"; formats without words of their own are named. */
    static String format(String name) {
        String words = FORMATS.get(name);
        return words != null ? words : "in the format " + ValueWords.quote(name);
    }

    /** Everything a parameter's schema allows, for the Definition table: "1 to 12", "one of: cleaning, checkup". */
    static String allowed(JsonNode schema) {
        List<String> rules = new ArrayList<>();
        if (schema.path("enum").isArray()) {
            rules.add("one of: " + values(schema.get("enum")));
        }
        if (schema.has("const")) {
            rules.add("exactly " + ValueWords.describe(schema.get("const")));
        }
        addUnlessEmpty(rules, range(schema));
        addUnlessEmpty(rules, length(schema));
        if (schema.path("pattern").isTextual()) {
            rules.add("matches " + schema.get("pattern").asText());
        }
        if (schema.path("format").isTextual()) {
            rules.add(format(schema.get("format").asText()));
        }
        addUnlessEmpty(rules, items(schema));
        return String.join("; ", rules);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "object" -> "an object";
            case "array" -> "a list";
            case "null" -> "null";
            default -> type;
        };
    }

    private record Bound(String value, boolean exclusive) {}

    private static Bound bound(JsonNode schema, String inclusiveKeyword, String exclusiveKeyword) {
        JsonNode inclusive = schema.get(inclusiveKeyword);
        JsonNode exclusive = schema.get(exclusiveKeyword);
        if (exclusive != null && exclusive.isNumber()) {
            return new Bound(ValueWords.number(exclusive), true);
        }
        if (inclusive != null && inclusive.isNumber()) {
            boolean draft4Exclusive = exclusive != null && exclusive.isBoolean() && exclusive.booleanValue();
            return new Bound(ValueWords.number(inclusive), draft4Exclusive);
        }
        return null;
    }

    private static String sized(
            JsonNode schema, String minKeyword, String maxKeyword, String one, String many, String tail) {
        JsonNode min = schema.get(minKeyword);
        JsonNode max = schema.get(maxKeyword);
        boolean hasMin = min != null && min.isNumber();
        boolean hasMax = max != null && max.isNumber();
        if (hasMin && hasMax) {
            if (min.asLong() == max.asLong()) {
                return "exactly " + ValueWords.count(min.asLong(), one, many) + tail;
            }
            return min.asLong() + " to " + ValueWords.count(max.asLong(), many, many) + tail;
        }
        if (hasMin) {
            return "at least " + ValueWords.count(min.asLong(), one, many) + tail;
        }
        if (hasMax) {
            return "at most " + ValueWords.count(max.asLong(), one, many) + tail;
        }
        return "";
    }

    private static void addUnlessEmpty(List<String> rules, String rule) {
        if (!rule.isEmpty()) {
            rules.add(rule);
        }
    }
}
