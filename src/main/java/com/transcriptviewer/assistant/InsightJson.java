package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;

/** Loose reading of the insight answers' trees: a missing, null or non-text value is empty text, never a failure. */
final class InsightJson {

    private InsightJson() {}

    /** The text under {@code field}; numbers and booleans as their JSON text; empty when absent, null or a container. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode()
                ? ""
                : value.asText().strip();
    }

    /** The object itself, or the one wrapped in {@code data} (single-object answers come both ways). */
    static JsonNode unwrap(JsonNode root) {
        JsonNode data = root == null ? null : root.get("data");
        return data != null && data.isObject() ? data : root;
    }
}
