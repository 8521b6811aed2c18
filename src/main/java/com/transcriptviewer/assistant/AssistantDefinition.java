package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assistant (one version of it) and its tools, read from what {@code GET /ai/assistants/{id}} or {@code
 * .../versions/{v}} returns: what tool calls in its conversations are checked against. Immutable.
 *
 * @param id             {@code assistant-<uuid>}; "" when the answer has none
 * @param name           the assistant's name; ""
 * @param versionId      the version's id ({@code 20260729T054457360842}); "" when not versioned
 * @param versionName    the version's name; ""
 * @param insightGroupId {@code insight_settings.insight_group_id}; ""
 * @param tools          the declared tools in their order
 */
public record AssistantDefinition(
        String id,
        String name,
        String versionId,
        String versionName,
        String insightGroupId,
        List<ToolDefinition> tools) {

    public AssistantDefinition {
        id = Objects.requireNonNullElse(id, "");
        name = Objects.requireNonNullElse(name, "");
        versionId = Objects.requireNonNullElse(versionId, "");
        versionName = Objects.requireNonNullElse(versionName, "");
        insightGroupId = Objects.requireNonNullElse(insightGroupId, "");
        tools = tools == null ? List.of() : List.copyOf(tools);
    }

    /**
     * Reads the object bare or wrapped in {@code {"data": ...}}; unknown tool types become ToolDefinitions of that
     * type; malformed input throws AssistantFormatException with a sentence. Missing strings are "" (never null).
     */
    public static AssistantDefinition read(JsonNode json) throws AssistantFormatException {
        if (json == null || !json.isObject()) {
            throw new AssistantFormatException("The assistant is not a JSON object.");
        }
        JsonNode assistant = json;
        JsonNode data = json.get("data");
        if (data != null && !json.has("id") && !json.has("tools")) {
            if (data.isArray()) {
                throw new AssistantFormatException("The answer is a list of assistants, not one assistant.");
            }
            if (!data.isObject()) {
                throw new AssistantFormatException("The answer's data is not an assistant.");
            }
            assistant = data;
        }
        if (!assistant.has("id") && !assistant.has("name") && !assistant.has("tools")) {
            throw new AssistantFormatException("The answer is not an assistant: it has no id, name or tools.");
        }
        JsonNode toolList = assistant.get("tools");
        List<ToolDefinition> tools = new ArrayList<>();
        if (toolList != null && !toolList.isNull()) {
            if (!toolList.isArray()) {
                throw new AssistantFormatException("The assistant's tools are not a list.");
            }
            int number = 0;
            for (JsonNode entry : toolList) {
                tools.add(ToolReader.read(entry, ++number));
            }
        }
        return new AssistantDefinition(
                ToolReader.text(assistant, "id"),
                ToolReader.text(assistant, "name"),
                ToolReader.text(assistant, "version_id"),
                ToolReader.text(assistant, "version_name"),
                ToolReader.text(assistant.path("insight_settings"), "insight_group_id"),
                tools);
    }

    /**
     * The tool a call of this function name goes to: the first whose function name it is, else the first that also
     * answers to it (a built-in's config name).
     */
    public Optional<ToolDefinition> tool(String functionName) {
        if (functionName == null) {
            return Optional.empty();
        }
        for (ToolDefinition tool : tools) {
            if (tool.functionName().equals(functionName)) {
                return Optional.of(tool);
            }
        }
        return tools.stream().filter(tool -> tool.answersTo(functionName)).findFirst();
    }

    /**
     * "Scheduler, version 20260729T054457360842" / "Scheduler" when no version; the version's name follows in
     * brackets when it has one besides its id. An assistant without a name is called by its id.
     */
    public String describe() {
        String who = !name.isEmpty() ? name : !id.isEmpty() ? id : "the assistant";
        if (!versionId.isEmpty()) {
            boolean named = !versionName.isEmpty() && !versionName.equals(versionId);
            return who + ", version " + versionId + (named ? " (" + versionName + ")" : "");
        }
        return versionName.isEmpty() ? who : who + ", version " + versionName;
    }
}
