package com.transcriptviewer.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.transcriptviewer.model.ToolCall;
import java.io.IOException;
import java.util.List;

/** Writes a message's {@code tool_calls} field in the API's shape; nothing when there are none. */
public final class ToolCallsJson {

    private ToolCallsJson() {}

    public static void write(JsonGenerator json, List<ToolCall> calls) throws IOException {
        if (calls.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("tool_calls");
        for (ToolCall call : calls) {
            json.writeStartObject();
            json.writeStringField("id", call.id());
            json.writeStringField("type", call.type());
            json.writeObjectFieldStart("function");
            json.writeStringField("name", call.functionName());
            json.writeStringField("arguments", call.arguments());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
