package com.transcriptviewer.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a tool result reports an error: its JSON has an {@code error} field that is not empty (or {@code errors}),
 * or a {@code status} that says it failed, or its text starts like an error ("Error:", "Failed to ...", "Exception").
 */
final class ToolResultErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FAILED_STATUSES =
            Set.of("error", "failed", "failure", "fail", "timeout", "timed_out", "rejected", "denied");
    private static final Pattern ERROR_START = Pattern.compile(
            "^(error|errors|failed|failure|fail|exception|traceback|unable to|could not|couldn't|cannot|"
                    + "timeout|timed out|\\d{3} (bad|not|internal|service|unauthori|forbidden))\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ToolResultErrors() {}

    static boolean reportsError(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        if (trimmed.startsWith("{")) {
            try {
                JsonNode tree = JSON.readTree(trimmed);
                if (tree != null && tree.isObject()) {
                    return objectReportsError(tree);
                }
            } catch (IOException notJson) {
                // Text that only looks like JSON: judged by its words below.
            }
        }
        return ERROR_START.matcher(trimmed).matches();
    }

    private static boolean objectReportsError(JsonNode object) {
        for (String field : new String[] {"error", "errors", "error_message"}) {
            JsonNode value = object.get(field);
            if (value != null && !empty(value)) {
                return true;
            }
        }
        JsonNode status = object.get("status");
        if (status != null && status.isTextual()) {
            return FAILED_STATUSES.contains(status.asText().toLowerCase(Locale.ROOT));
        }
        JsonNode success = object.get("success");
        if (success != null && success.isBoolean()) {
            return !success.asBoolean();
        }
        JsonNode ok = object.get("ok");
        return ok != null && ok.isBoolean() && !ok.asBoolean();
    }

    private static boolean empty(JsonNode value) {
        return value.isNull()
                || (value.isBoolean() && !value.asBoolean())
                || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
    }
}
