package com.transcriptviewer.model;

/**
 * One function call the assistant made. {@code arguments} is the exact string the API sent: it is usually JSON but
 * may not be, and it is never re-serialised, so what a QA engineer copies is byte for byte what the assistant produced.
 */
public record ToolCall(String id, String type, String functionName, String arguments) {

    public ToolCall {
        id = id == null ? "" : id;
        type = type == null ? "function" : type;
        functionName = functionName == null ? "" : functionName;
        arguments = arguments == null ? "" : arguments;
    }
}
