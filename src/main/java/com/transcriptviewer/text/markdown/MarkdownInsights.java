package com.transcriptviewer.text.markdown;

import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import java.time.ZoneId;

/**
 * Telnyx's insights as a section of the Markdown document: a line on where they stand unless they all completed,
 * then each insight's name, status and run time, and its result as a paragraph or, for a JSON result, as a list of
 * "label: value" items. Everything from the API is escaped, as message text is.
 */
final class MarkdownInsights {

    private final ZoneId zone;

    MarkdownInsights(ZoneId zone) {
        this.zone = zone;
    }

    void append(StringBuilder out, ConversationInsights insights) {
        out.append("## Insights\n\n");
        if (insights.state() != ConversationInsights.State.COMPLETE || insights.isEmpty()) {
            out.append(MarkdownTranscript.escapeInline(insights.describe())).append("\n\n");
        }
        for (InsightResult result : insights.results()) {
            out.append("**")
                    .append(MarkdownTranscript.escapeInline(result.name()))
                    .append("** · ")
                    .append(result.status().label());
            if (result.createdAt() != null) {
                out.append(" · ")
                        .append(MarkdownTranscript.Patterns.TIME.format(
                                result.createdAt().atZone(zone)));
            }
            out.append("\n\n");
            if (result.hasFields()) {
                for (InsightResult.Field field : result.fields()) {
                    out.append("- ")
                            .append(MarkdownTranscript.escapeInline(field.label()))
                            .append(": ")
                            .append(MarkdownTranscript.escapeInline(field.value()))
                            .append('\n');
                }
                out.append('\n');
            } else if (!result.text().isBlank()) {
                out.append(MarkdownTranscript.escapeBlock(result.text().strip()))
                        .append("\n\n");
            }
        }
    }
}
