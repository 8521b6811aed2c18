package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An update_dynamic_variables tool's {@code updatable_variables} as the object schema its calls are checked against:
 * one property per variable, typed when its type is a JSON Schema type, none required (a call may update some of
 * them), and no others allowed (a call cannot update a variable the tool does not declare).
 */
final class DynamicVariables {

    private static final Set<String> JSON_TYPES =
            Set.of("string", "number", "integer", "boolean", "object", "array", "null");

    private DynamicVariables() {}

    /** The schema, or null when the tool lists no updatable variables at all. */
    static ParameterSchema read(JsonNode config, String what) throws AssistantFormatException {
        JsonNode variables = config.get("updatable_variables");
        if (variables == null || variables.isNull()) {
            return null;
        }
        if (!variables.isArray()) {
            throw new AssistantFormatException(what + " has updatable_variables that are not a list.");
        }
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        int number = 0;
        for (JsonNode variable : variables) {
            number++;
            JsonNode name = variable.get("name");
            if (!variable.isObject()
                    || name == null
                    || !name.isTextual()
                    || name.asText().isBlank()) {
                throw new AssistantFormatException(what + ": updatable variable " + number + " has no name.");
            }
            ObjectNode property = properties.putObject(name.asText().trim());
            String type = variable.path("type").asText("").trim().toLowerCase(Locale.ROOT);
            if (JSON_TYPES.contains(type)) {
                property.put("type", type);
            }
            String description = variable.path("description").asText("");
            if (!description.isBlank()) {
                property.put("description", description);
            }
        }
        schema.put("additionalProperties", false);
        return new ParameterSchema(List.of(ParameterSchema.part("", schema)));
    }
}
