package com.transcriptviewer.export;

import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Telnyx's insights as a section of the exported page, between the conversation's header and its messages: a line on
 * where they stand unless they all completed, then a card per insight with its name, a status chip and the run's
 * time, and its result as text or, for a JSON result, as a list of labelled fields. Everything is escaped.
 */
final class HtmlInsights {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ZoneId zone;

    HtmlInsights(ZoneId zone) {
        this.zone = zone;
    }

    /** True when there is anything to say: insights, or a run that is pending or failed. */
    static boolean worthShowing(ConversationInsights insights) {
        return !insights.isEmpty() || insights.state() != ConversationInsights.State.NONE;
    }

    void append(StringBuilder html, ConversationInsights insights) {
        html.append("<section class=\"insights\">\n<h2>Insights</h2>\n");
        if (insights.state() != ConversationInsights.State.COMPLETE || insights.isEmpty()) {
            html.append("<p class=\"insights-state\">");
            Html.escape(html, insights.describe());
            html.append("</p>\n");
        }
        for (InsightResult result : insights.results()) {
            insight(html, result);
        }
        html.append("</section>\n");
    }

    private void insight(StringBuilder html, InsightResult result) {
        html.append("<article class=\"insight\">\n<div class=\"insight-head\"><h3>");
        Html.escape(html, result.name());
        html.append("</h3><span class=\"status ")
                .append(result.status().wireName().replace('_', '-'))
                .append("\">")
                .append(mark(result.status()))
                .append(' ')
                .append(result.status().label())
                .append("</span>");
        if (result.createdAt() != null) {
            html.append("<time datetime=\"")
                    .append(DateTimeFormatter.ISO_INSTANT.format(result.createdAt()))
                    .append("\">")
                    .append(TIME.format(result.createdAt().atZone(zone)))
                    .append("</time>");
        }
        html.append("</div>\n");
        if (result.hasFields()) {
            html.append("<dl class=\"fields\">");
            for (InsightResult.Field field : result.fields()) {
                html.append("<dt>");
                Html.escape(html, field.label());
                html.append("</dt><dd>");
                Html.escape(html, field.value());
                html.append("</dd>");
            }
            html.append("</dl>\n");
        } else if (!result.text().isBlank()) {
            html.append("<div class=\"text\">");
            Html.escape(html, result.text().strip());
            html.append("</div>\n");
        }
        html.append("</article>\n");
    }

    private static String mark(InsightResult.Status status) {
        return switch (status) {
            case COMPLETED -> "✓";
            case PENDING, IN_PROGRESS -> "◷";
            case FAILED -> "✗";
            case UNKNOWN -> "?";
        };
    }
}
