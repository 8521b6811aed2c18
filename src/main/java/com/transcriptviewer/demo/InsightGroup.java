package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An insight group: the templates run on the conversations of every assistant that names it. Immutable. */
record InsightGroup(String id, String name, String description, Instant createdAt, List<InsightTemplate> insights) {

    InsightGroup {
        insights = List.copyOf(insights);
    }

    Map<String, Object> toWire() {
        return object(
                "id",
                id,
                "name",
                name,
                "description",
                description,
                "created_at",
                DemoTimes.format(createdAt),
                "insights",
                insights.stream().map(InsightTemplate::toWire).toList());
    }
}
