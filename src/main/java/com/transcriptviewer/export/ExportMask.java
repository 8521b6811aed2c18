package com.transcriptviewer.export;

import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.text.TextMask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Privacy mode in an export: the conversation masked as the window shows it, every text that may quote personal data
 * (the name, each message's text, arguments, metadata and raw JSON, the checks' sentences, the insights, the
 * reviewers' notes). Ids, times and verdicts stay. Nothing changes while the mask is inactive.
 */
final class ExportMask {

    private ExportMask() {}

    static ExportDocument apply(ExportDocument document, TextMask mask) {
        if (!mask.isActive()) {
            return document;
        }
        List<Message> messages = new ArrayList<>(document.messages().size());
        for (Message message : document.messages()) {
            messages.add(mask.apply(message));
        }
        return new ExportDocument(
                document.conversationId(),
                mask.apply(document.name()),
                document.channel(),
                messages,
                checks(document.checks(), mask),
                insights(document.insights(), mask),
                document.reviews().stream().map(entry -> review(entry, mask)).toList());
    }

    /** A problem's sentence may quote an argument ("it is the text "4111 1111 1111 1111""). */
    private static ToolCallChecks checks(ToolCallChecks checks, TextMask mask) {
        Map<Integer, List<ToolCallCheck>> byMessage = new LinkedHashMap<>();
        checks.byMessage()
                .forEach((index, calls) -> byMessage.put(
                        index,
                        calls.stream()
                                .map(check -> new ToolCallCheck(
                                        check.status(),
                                        check.problems().stream()
                                                .map(p ->
                                                        new ToolCallCheck.Problem(p.pointer(), mask.apply(p.message())))
                                                .toList(),
                                        check.basis(),
                                        check.definition()))
                                .toList()));
        return new ToolCallChecks(checks.basis(), byMessage);
    }

    /** Insights quote the conversation. */
    private static ConversationInsights insights(ConversationInsights insights, TextMask mask) {
        List<InsightResult> results = insights.results().stream()
                .map(r -> new InsightResult(
                        r.insightId(),
                        r.name(),
                        r.status(),
                        mask.apply(r.text()),
                        r.fields().stream()
                                .map(f -> new InsightResult.Field(f.label(), mask.apply(f.value())))
                                .toList(),
                        r.createdAt(),
                        r.defaultTemplate()))
                .toList();
        return new ConversationInsights(results, insights.state());
    }

    /** A reviewer may paste the caller's number into a note. */
    private static ReviewEntry review(ReviewEntry entry, TextMask mask) {
        return new ReviewEntry(
                entry.eventId(),
                entry.item(),
                entry.reviewer(),
                entry.verdict(),
                mask.apply(entry.note()),
                entry.labels(),
                entry.checkStatus(),
                entry.savedAt());
    }
}
