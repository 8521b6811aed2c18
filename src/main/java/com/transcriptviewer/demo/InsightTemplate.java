package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.time.Instant;
import java.util.Map;

/**
 * An insight template: what Telnyx is asked to conclude about a conversation. Results name it only by id, so readers
 * look the name up in the assistant's insight group, or in the paged template list for a template no group holds.
 *
 * @param type       {@code default} (Telnyx's own) or {@code custom}
 * @param jsonSchema the shape of a result: null for free text, else an object, or (as the API also allows) the
 *                   schema as JSON text
 */
record InsightTemplate(String id, String name, String instructions, String type, Object jsonSchema, Instant createdAt) {

    boolean hasSchema() {
        return jsonSchema != null;
    }

    Map<String, Object> toWire() {
        return object(
                "id",
                id,
                "name",
                name,
                "instructions",
                instructions,
                "insight_type",
                type,
                "json_schema",
                jsonSchema,
                "created_at",
                DemoTimes.format(createdAt));
    }
}
