package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds the one object schema a call's arguments are checked against when a tool declares its parameters in several
 * parts (a webhook's body, path and query): the parts' properties in one map (the first part's wins on a clash),
 * their required lists together, and {@code additionalProperties: false} only when every part says so, so that one
 * part's closed list never rejects another part's parameters. The parts' other keywords still count, each part's
 * under {@code allOf}.
 */
final class SchemaMerge {

    /** Keywords the merged schema takes over itself, or that say nothing about the arguments. */
    private static final Set<String> MERGED = Set.of(
            "type",
            "properties",
            "patternProperties",
            "required",
            "additionalProperties",
            "unevaluatedProperties",
            "$defs",
            "definitions",
            "$schema",
            "$id",
            "title",
            "description",
            "$comment",
            "examples",
            "default");

    /** Keywords that, with empty properties and required lists, leave a part declaring no parameter at all. */
    private static final Set<String> SILENT = Set.of("type", "title", "description", "$schema", "$comment");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaMerge() {}

    static ObjectNode merge(Iterable<ParameterSchema.Part> parts) {
        Set<String> dialects = new LinkedHashSet<>();
        ObjectNode properties = NODES.objectNode();
        ObjectNode patternProperties = NODES.objectNode();
        ObjectNode defs = NODES.objectNode();
        ObjectNode definitions = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        ArrayNode allOf = NODES.arrayNode();
        boolean closed = true;
        for (ParameterSchema.Part part : parts) {
            JsonNode schema = part.schema();
            dialects.add(schema.path("$schema").asText(""));
            putAbsent(properties, schema.get("properties"));
            putAbsent(patternProperties, schema.get("patternProperties"));
            putAbsent(defs, schema.get("$defs"));
            putAbsent(definitions, schema.get("definitions"));
            for (JsonNode name : schema.path("required")) {
                if (name.isTextual()) {
                    required.add(name.asText());
                }
            }
            closed &= saysClosed(schema);
            ObjectNode rest = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : schema.properties()) {
                if (!MERGED.contains(field.getKey())) {
                    rest.set(field.getKey(), field.getValue());
                }
            }
            if (!rest.isEmpty()) {
                allOf.add(rest);
            }
        }
        ObjectNode merged = NODES.objectNode();
        if (dialects.size() == 1 && !dialects.iterator().next().isEmpty()) {
            merged.put("$schema", dialects.iterator().next());
        }
        merged.put("type", "object");
        merged.set("properties", properties);
        setUnlessEmpty(merged, "patternProperties", patternProperties);
        if (!required.isEmpty()) {
            ArrayNode names = merged.putArray("required");
            required.forEach(names::add);
        }
        if (closed) {
            merged.put("additionalProperties", false);
        }
        setUnlessEmpty(merged, "allOf", allOf);
        setUnlessEmpty(merged, "$defs", defs);
        setUnlessEmpty(merged, "definitions", definitions);
        return merged;
    }

    /** True for a part that declares no parameter and no rule: {@code {"type": "object", "properties": {}}}. */
    static boolean declaresNothing(JsonNode schema) {
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            boolean silent = SILENT.contains(keyword)
                    || ((keyword.equals("properties") || keyword.equals("required")) && value.isEmpty());
            if (keyword.equals("type") && !value.asText().equals("object")) {
                silent = false;
            }
            if (!silent) {
                return false;
            }
        }
        return true;
    }

    private static boolean saysClosed(JsonNode schema) {
        return isFalse(schema.get("additionalProperties")) || isFalse(schema.get("unevaluatedProperties"));
    }

    private static boolean isFalse(JsonNode node) {
        return node != null && node.isBoolean() && !node.booleanValue();
    }

    private static void putAbsent(ObjectNode into, JsonNode from) {
        if (from != null && from.isObject()) {
            for (Map.Entry<String, JsonNode> field : from.properties()) {
                if (!into.has(field.getKey())) {
                    into.set(field.getKey(), field.getValue());
                }
            }
        }
    }

    private static void setUnlessEmpty(ObjectNode into, String keyword, JsonNode value) {
        if (!value.isEmpty()) {
            into.set(keyword, value);
        }
    }
}
