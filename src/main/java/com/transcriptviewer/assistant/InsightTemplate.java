package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What the app needs of an insight template ({@code GET /ai/conversations/insights}): its name, whether it is one of
 * Telnyx's built-in ("default") templates, and whether it asks for JSON (has a {@code json_schema}), which decides
 * whether its results are shown as fields.
 */
record InsightTemplate(String id, String name, boolean builtIn, boolean asksForJson) {

    /** A template as the API sends it; empty when it has no id. Unknown fields are ignored. */
    static Optional<InsightTemplate> read(JsonNode node) {
        String id = InsightJson.text(node, "id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        JsonNode schema = node.path("json_schema");
        boolean hasSchema = schema.isObject() && !schema.isEmpty()
                || schema.isTextual() && !schema.asText().isBlank();
        return Optional.of(new InsightTemplate(
                id,
                InsightJson.text(node, "name"),
                "default".equalsIgnoreCase(InsightJson.text(node, "insight_type")),
                hasSchema));
    }
}
