package com.transcriptviewer.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.transcriptviewer.model.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain reading of "does this call match its assistant's tool definition", for testing the demo data only: the tool
 * is found by its function name (a webhook's, client-side tool's or variables tool's own name, else its type); a
 * webhook's path, query and body parameters are one object; a transfer's {@code to} must be a declared target; blank
 * arguments count as none. Problems read {@code keyword location}, e.g. {@code "type $.party_size"}.
 */
final class ToolCallChecks {

    /** The outcome: {@code ok}, {@code invalid_json}, {@code schema_mismatch}, {@code unknown_function}, or {@code no_definition}. */
    record Verdict(String status, List<String> problems) {}

    private static final ObjectMapper STRICT = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private ToolCallChecks() {}

    /** Checks {@code call} against {@code assistant} as served (null when there is none). */
    static Verdict check(JsonNode assistant, ToolCall call) {
        if (assistant == null) {
            return new Verdict("no_definition", List.of());
        }
        JsonNode tool = find(assistant, call.functionName());
        if (tool == null) {
            return new Verdict("unknown_function", List.of());
        }
        JsonNode arguments;
        try {
            arguments = call.arguments().isBlank() ? STRICT.createObjectNode() : STRICT.readTree(call.arguments());
        } catch (Exception notJson) {
            return new Verdict("invalid_json", List.of());
        }
        String type = tool.get("type").asText();
        JsonNode config = tool.get(type);
        List<String> problems = new ArrayList<>();
        JsonNode schema = schema(type, config);
        if (schema != null) {
            for (ValidationMessage message : SCHEMAS.getSchema(schema).validate(arguments)) {
                String property = message.getProperty() == null ? "" : " " + message.getProperty();
                problems.add(message.getType() + " " + message.getInstanceLocation() + property);
            }
        }
        if (type.equals("transfer")) {
            Set<String> declared = new LinkedHashSet<>();
            config.path("targets").forEach(t -> declared.add(t.path("to").asText()));
            arguments.path("targets").forEach(t -> {
                if (!declared.contains(t.path("to").asText())) {
                    problems.add("target " + t.path("to").asText());
                }
            });
        }
        return new Verdict(problems.isEmpty() ? "ok" : "schema_mismatch", problems);
    }

    private static JsonNode find(JsonNode assistant, String function) {
        for (JsonNode tool : assistant.path("tools")) {
            String type = tool.path("type").asText();
            JsonNode config = tool.path(type);
            String name = config.hasNonNull("name") ? config.get("name").asText() : type;
            if (name.equals(function)) {
                return tool;
            }
        }
        return null;
    }

    private static JsonNode schema(String type, JsonNode config) {
        return switch (type) {
            case "webhook" -> webhookSchema(config);
            case "client_side_tool" -> config.get("parameters");
            case "update_dynamic_variables" -> variablesSchema(config);
            default -> null;
        };
    }

    /** One location's schema as declared; several merged into one object (properties and required joined). */
    private static JsonNode webhookSchema(JsonNode config) {
        List<JsonNode> locations = new ArrayList<>();
        for (String location : List.of("path_parameters", "query_parameters", "body_parameters")) {
            if (config.hasNonNull(location)) {
                locations.add(config.get(location));
            }
        }
        if (locations.size() == 1) {
            return locations.get(0);
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode location : locations) {
            properties.setAll((ObjectNode) location.path("properties"));
            location.path("required").forEach(required::add);
        }
        return merged;
    }

    private static JsonNode variablesSchema(JsonNode config) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        config.path("updatable_variables")
                .forEach(v -> properties
                        .putObject(v.get("name").asText())
                        .put("type", v.get("type").asText()));
        return schema;
    }
}
