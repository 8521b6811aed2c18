package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.transcriptviewer.model.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one entry of an assistant's {@code tools[]}, {@code {"type": T, T: {config}}}, into a {@link ToolDefinition}:
 * the name calls carry (by the table of {@link ToolType}), the parameters it declares, a transfer's destinations, and
 * the summary for the Definition table. Unknown types are read like custom tools; only JSON of the wrong kind (a tool
 * that is not an object, a config or schema that is not an object, targets that are neither list nor template) fails.
 */
final class ToolReader {

    private ToolReader() {}

    /** @param number the tool's place in the list, from 1, for the sentence when it cannot be read */
    static ToolDefinition read(JsonNode entry, int number) throws AssistantFormatException {
        if (entry == null || !entry.isObject()) {
            throw new AssistantFormatException("Tool " + number + " of the assistant is not a JSON object.");
        }
        JsonNode typeNode = entry.get("type");
        if (typeNode == null || !typeNode.isTextual() || typeNode.asText().isBlank()) {
            throw new AssistantFormatException("Tool " + number + " of the assistant has no type.");
        }
        String type = typeNode.asText().trim();
        JsonNode config = entry.get(type);
        if (config == null || config.isNull()) {
            config = JsonNodeFactory.instance.objectNode();
        } else if (!config.isObject()) {
            throw new AssistantFormatException(
                    "Tool " + number + " (" + type + ") has a " + type + " config that is not a JSON object.");
        }
        ToolType kind = ToolType.of(type);
        String configName = text(config, "name");
        String functionName = kind.naming() == ToolType.Naming.TYPE_NAME || configName.isEmpty() ? type : configName;
        String what = "Tool " + number + " (" + functionName + ")";
        String description = description(kind, config);

        ParameterSchema parameters = kind == ToolType.UPDATE_DYNAMIC_VARIABLES
                ? DynamicVariables.read(config, what)
                : parts(config, kind.parts(), what);
        TransferTargets targets = kind == ToolType.TRANSFER ? TransferTargets.read(config.get("targets"), what) : null;
        List<String> shownTargets = targets != null ? targets.describe() : listedTargets(kind, config);
        ToolSpec spec = new ToolSpec(
                type,
                functionName,
                description,
                parameters == null ? List.of() : ParameterRows.of(parameters),
                shownTargets);
        Set<String> otherNames = configName.isEmpty() ? Set.of() : Set.of(configName);
        return new ToolDefinition(type, functionName, otherNames, description, spec, parameters, targets);
    }

    private static ParameterSchema parts(JsonNode config, List<ParameterPart> kinds, String what)
            throws AssistantFormatException {
        List<ParameterSchema.Part> parts = new ArrayList<>();
        for (ParameterPart kind : kinds) {
            JsonNode schema = config.get(kind.configKey());
            if (schema == null || schema.isNull()) {
                continue;
            }
            if (!schema.isObject()) {
                throw new AssistantFormatException(
                        what + " declares " + kind.configKey() + " that are not a JSON Schema object.");
            }
            if (!SchemaMerge.declaresNothing(schema)) {
                parts.add(ParameterSchema.part(kind.location(), schema));
            }
        }
        return parts.isEmpty() ? null : new ParameterSchema(parts);
    }

    private static String description(ToolType kind, JsonNode config) {
        String description = text(config, "description");
        if (description.isEmpty() && kind == ToolType.SEND_MESSAGE) {
            String template = text(config, "message_template");
            return template.isEmpty() ? "" : "Sends: " + template;
        }
        return description;
    }

    /** Where other built-ins send a call (refer and invite targets, handoff assistants), shown but not enforced. */
    private static List<String> listedTargets(ToolType kind, JsonNode config) {
        JsonNode list = switch (kind) {
            case REFER, INVITE -> config.get("targets");
            case HANDOFF -> config.get("ai_assistants");
            default -> null;
        };
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        for (JsonNode target : list) {
            String where = target.isObject()
                    ? firstText(target, "to", "sip_address", "id")
                    : target.isValueNode() ? target.asText() : "";
            String name = text(target, "name");
            if (!where.isEmpty()) {
                shown.add(name.isEmpty() || name.equals(where) ? where : where + " (" + name + ")");
            } else if (!name.isEmpty()) {
                shown.add(name);
            }
        }
        return shown;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** A field's value as text when it is a string, number or boolean; "" otherwise. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isValueNode() && !value.isNull()
                ? value.asText().trim()
                : "";
    }
}
