package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.model.ToolCall;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Assistants shaped as the API returns them, and calls to their tools, for the assistant package's tests. */
final class AssistantFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private AssistantFixtures() {}

    /** The Scheduler: every tool type of the API's table, two older unknown types, version fields set. */
    static JsonNode schedulerJson() {
        try (InputStream in = AssistantFixtures.class.getResourceAsStream("scheduler-assistant.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AssistantDefinition scheduler() {
        return read(schedulerJson());
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AssistantDefinition read(JsonNode json) {
        try {
            return AssistantDefinition.read(json);
        } catch (AssistantFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static AssistantDefinition read(String json) {
        return read(tree(json));
    }

    /** An assistant "Booker" with one tool, given as its tools[] entry. */
    static AssistantDefinition withTool(String toolEntry) {
        return read("{\"id\": \"assistant-1\", \"name\": \"Booker\", \"tools\": [" + toolEntry + "]}");
    }

    /** An assistant with one client-side tool of this name taking this schema as its parameters. */
    static AssistantDefinition clientTool(String name, String parametersSchema) {
        return withTool("{\"type\": \"client_side_tool\", \"client_side_tool\": {\"name\": \"" + name
                + "\", \"description\": \"test tool\", \"parameters\": " + parametersSchema + "}}");
    }

    static ToolCall call(String functionName, String arguments) {
        return new ToolCall("call_1", "function", functionName, arguments);
    }
}
