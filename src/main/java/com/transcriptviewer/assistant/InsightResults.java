package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a conversation's insight runs and their templates into what the panel and the exports show: for each
 * insight (in the order they first appeared) the result of the newest run that has it, named by its template, as fields when the template asks for JSON
 * (or is unknown and the result is a JSON object), else as text; and the state of the newest run.
 */
final class InsightResults {

    private InsightResults() {}

    /** @param runs newest first, as {@link InsightRun#readAll} gives them */
    static ConversationInsights of(List<InsightRun> runs, Map<String, InsightTemplate> templates) {
        if (runs.isEmpty()) {
            return ConversationInsights.NONE;
        }
        Map<String, InsightResult> newest = new LinkedHashMap<>();
        for (InsightRun run : runs) {
            for (InsightRun.Entry entry : run.entries()) {
                newest.computeIfAbsent(
                        entry.insightId(), id -> result(run, entry, Optional.ofNullable(templates.get(id))));
            }
        }
        // In the order the insights first appeared, so a re-run does not reshuffle the list.
        Set<String> order = new LinkedHashSet<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            runs.get(i).entries().forEach(entry -> order.add(entry.insightId()));
        }
        List<InsightResult> results = new ArrayList<>();
        order.forEach(id -> results.add(newest.get(id)));
        return new ConversationInsights(results, state(runs.get(0).status()));
    }

    private static ConversationInsights.State state(InsightResult.Status newest) {
        if (newest.isWaiting()) {
            return ConversationInsights.State.PENDING;
        }
        return newest == InsightResult.Status.FAILED
                ? ConversationInsights.State.FAILED
                : ConversationInsights.State.COMPLETE;
    }

    private static InsightResult result(InsightRun run, InsightRun.Entry entry, Optional<InsightTemplate> template) {
        String text = entry.result();
        boolean mayBeJson = template.map(InsightTemplate::asksForJson).orElse(true);
        Optional<JsonNode> json = mayBeJson ? InsightFields.parse(text) : Optional.empty();
        if (json.isPresent() && json.get().isTextual()) {
            // A schema of type string: the JSON string's content is the text.
            text = json.get().asText();
        }
        boolean asFields = json.isPresent() && json.get().isObject();
        return new InsightResult(
                entry.insightId(),
                template.map(InsightTemplate::name).orElse(""),
                run.status(),
                text,
                asFields ? InsightFields.of(json.get()) : List.of(),
                run.createdAt(),
                template.map(InsightTemplate::builtIn).orElse(false));
    }
}
