package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.json.Timestamps;
import com.transcriptviewer.model.InsightResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One run of a conversation's insights as {@code GET /ai/conversations/{id}/conversations-insights} lists it: its
 * status and time, and the result of each insight it ran (a string; JSON text when the template has a schema).
 */
record InsightRun(InsightResult.Status status, Instant createdAt, List<Entry> entries) {

    /** One insight's result in a run; {@code result} is empty while the run has none. */
    record Entry(String insightId, String result) {}

    InsightRun {
        entries = List.copyOf(entries);
    }

    /** The runs in the answer, newest first (runs without a time last, in the order sent). */
    static List<InsightRun> readAll(JsonNode answer) {
        List<InsightRun> runs = new ArrayList<>();
        JsonNode data = answer == null ? null : answer.get("data");
        if (data != null && data.isArray()) {
            for (JsonNode run : data) {
                if (run.isObject()) {
                    runs.add(read(run));
                }
            }
        }
        runs.sort(Comparator.comparing(InsightRun::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return runs;
    }

    private static InsightRun read(JsonNode run) {
        List<Entry> entries = new ArrayList<>();
        JsonNode results = run.get("conversation_insights");
        if (results != null && results.isArray()) {
            for (JsonNode entry : results) {
                String id = InsightJson.text(entry, "insight_id");
                if (!id.isEmpty()) {
                    entries.add(new Entry(id, result(entry.get("result"))));
                }
            }
        }
        return new InsightRun(
                InsightResult.Status.parse(InsightJson.text(run, "status")),
                Timestamps.parse(InsightJson.text(run, "created_at")),
                entries);
    }

    /** The result is documented as a string; an object sent as-is is kept as its JSON text. */
    private static String result(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }
}
