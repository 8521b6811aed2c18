package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.util.List;
import java.util.Map;

/**
 * JSON Schemas for the demo assistants' tool parameters, written the way people write them in the Telnyx portal:
 * an object with {@code type}, {@code properties} and {@code required}, each property with a type and a description,
 * and the keywords a call can break (pattern, enum, minimum/maximum, additionalProperties, items).
 */
final class Schemas {

    private Schemas() {}

    /** {@code {type:"object", properties, required}}; the properties as name/schema pairs. */
    static Map<String, Object> parameters(Map<String, Object> properties, String... required) {
        return object("type", "object", "properties", properties, "required", requiredList(required));
    }

    /** As {@link #parameters}, and no other property is allowed ({@code additionalProperties: false}). */
    static Map<String, Object> closed(Map<String, Object> properties, String... required) {
        return object(
                "type",
                "object",
                "properties",
                properties,
                "required",
                requiredList(required),
                "additionalProperties",
                false);
    }

    /** A nested object property. */
    static Map<String, Object> nested(String description, Map<String, Object> properties, String... required) {
        return object(
                "type",
                "object",
                "description",
                description,
                "properties",
                properties,
                "required",
                requiredList(required),
                "additionalProperties",
                false);
    }

    /** Property names and their schemas, in order. */
    static Map<String, Object> properties(Object... namesAndSchemas) {
        return object(namesAndSchemas);
    }

    static Map<String, Object> string(String description) {
        return object("type", "string", "description", description);
    }

    static Map<String, Object> nullableString(String description) {
        return object("type", List.of("string", "null"), "description", description);
    }

    static Map<String, Object> patterned(String pattern, String description) {
        return object("type", "string", "pattern", pattern, "description", description);
    }

    static Map<String, Object> formatted(String format, String description) {
        return object("type", "string", "format", format, "description", description);
    }

    static Map<String, Object> choice(String description, String... values) {
        return object("type", "string", "enum", List.of(values), "description", description);
    }

    static Map<String, Object> integer(String description) {
        return object("type", "integer", "description", description);
    }

    static Map<String, Object> integer(long minimum, long maximum, String description) {
        return object("type", "integer", "minimum", minimum, "maximum", maximum, "description", description);
    }

    static Map<String, Object> bool(String description) {
        return object("type", "boolean", "description", description);
    }

    static Map<String, Object> array(Map<String, Object> items, String description) {
        return object("type", "array", "items", items, "description", description);
    }

    /** An array item or value with no description of its own. */
    static Map<String, Object> enumItem(String... values) {
        return object("type", "string", "enum", List.of(values));
    }

    private static List<String> requiredList(String... required) {
        return required.length == 0 ? null : List.of(required);
    }
}
