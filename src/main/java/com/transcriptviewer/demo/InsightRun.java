package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of an assistant's insights on a conversation. Only a completed run has results; each result is a string,
 * JSON text when its template has a schema.
 *
 * @param status {@code pending}, {@code in_progress}, {@code completed} or {@code failed}
 */
record InsightRun(String id, Instant createdAt, String status, List<Result> results) {

    /** What one template concluded. */
    record Result(String insightId, String result) {}

    InsightRun {
        results = List.copyOf(results);
    }

    Map<String, Object> toWire() {
        return object(
                "id",
                id,
                "created_at",
                DemoTimes.format(createdAt),
                "status",
                status,
                "conversation_insights",
                results.stream()
                        .map(r -> object("insight_id", r.insightId(), "result", r.result()))
                        .toList());
    }
}
