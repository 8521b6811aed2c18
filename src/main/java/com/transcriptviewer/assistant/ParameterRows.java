package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.model.ToolSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a tool's Definition table: one per declared parameter in declaration order, the parameters of nested
 * objects under a dotted name ({@code patient.name}, list items as {@code items[].quantity}), each with its type as
 * written, whether it is required, what it allows in words, its description and, for a webhook, where it goes.
 * Local {@code $ref}s are followed; nesting is shown {@value #MAX_DEPTH} levels deep.
 */
final class ParameterRows {

    static final int MAX_DEPTH = 6;

    private ParameterRows() {}

    static List<ToolSpec.Parameter> of(ParameterSchema parameters) {
        List<ToolSpec.Parameter> rows = new ArrayList<>();
        for (ParameterSchema.Part part : parameters.parts()) {
            addProperties(rows, part.schema(), part.schema(), "", part.location(), 0);
        }
        return rows;
    }

    private static void addProperties(
            List<ToolSpec.Parameter> rows, JsonNode schema, JsonNode root, String prefix, String location, int depth) {
        JsonNode properties = schema.path("properties");
        if (!properties.isObject() || depth >= MAX_DEPTH) {
            return;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode declared = resolve(property.getValue(), root);
            String name = prefix + property.getKey();
            rows.add(new ToolSpec.Parameter(
                    name,
                    typeText(declared.get("type")),
                    required.contains(property.getKey()),
                    RuleWords.allowed(declared),
                    declared.path("description").asText(""),
                    location));
            addProperties(rows, declared, root, name + ".", location, depth + 1);
            JsonNode items = resolve(declared.path("items"), root);
            if (items.isObject()) {
                addProperties(rows, items, root, name + "[].", location, depth + 1);
            }
        }
    }

    /** "string", "string or null"; "" when no type is written. */
    private static String typeText(JsonNode type) {
        if (type == null) {
            return "";
        }
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(one -> names.add(one.asText()));
            return String.join(" or ", names);
        }
        return type.asText();
    }

    /** The schema a local {@code $ref} ("#/$defs/date") points to, a few hops at most; the node itself otherwise. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode current = schema;
        for (int hops = 0; hops < 4 && current.path("$ref").isTextual(); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return current;
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                return current;
            }
            current = target;
        }
        return current;
    }
}
