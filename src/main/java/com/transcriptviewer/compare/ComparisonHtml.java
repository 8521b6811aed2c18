package com.transcriptviewer.compare;

import com.transcriptviewer.export.Html;
import com.transcriptviewer.export.HtmlStyle;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.text.markdown.MarkdownTranscript;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A comparison as one standalone HTML page in the look of the app's HTML export (its colours, light and dark after
 * the reader's system): the summary line, then each call as two cards side by side, a missing side as an empty slot,
 * the argument differences under them, and the messages between calls in a closed {@code <details>}. Everything from
 * the conversations is escaped by the export's own {@link Html}; there is no script, and the page's
 * Content-Security-Policy forbids loading anything. Thread-safe.
 */
public final class ComparisonHtml {

    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

    /** What the comparison adds to the export's style sheet. */
    static final String CSS = """
            main.comparison { max-width: 80rem; margin: 0 auto; padding: 1rem; display: flex; flex-direction: column; gap: 0.6rem; }
            header.conversation.compare-head { max-width: 80rem; }
            .compare-summary { font-weight: 600; margin: 0.6rem 0 0; }
            .pair { border: 1px solid var(--border); border-radius: 0.5em; padding: 0.5em 0.7em; background: var(--bg); }
            .pair.different { border-left: 0.3em solid var(--warning-emphasis); }
            .pair.only-left, .pair.only-right { border-left: 0.3em solid var(--danger-fg); background: var(--danger-subtle); }
            .pair-head { display: flex; gap: 0.8em; align-items: baseline; flex-wrap: wrap; }
            .pair-head code { font-weight: 600; }
            .pair-verdict { color: var(--fg-muted); font-size: 0.9em; }
            .pair.different .pair-verdict { color: var(--warning-fg); font-weight: 600; }
            .pair.only-left .pair-verdict, .pair.only-right .pair-verdict { color: var(--danger-fg); font-weight: 600; }
            footer { max-width: 80rem; }
            .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6em; margin-top: 0.4em; }
            .side { min-width: 0; border: 1px solid var(--border); border-radius: 0.4em; padding: 0.4em 0.6em; background: var(--bg-subtle); }
            .side.absent { border-style: dashed; border-color: var(--danger-muted); color: var(--danger-fg); display: flex; align-items: center; justify-content: center; }
            .side .where { color: var(--fg-subtle); font-size: 0.8em; overflow-wrap: anywhere; }
            .side pre { margin: 0.3em 0 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85em; }
            ul.changes { margin: 0.5em 0 0; padding-left: 1.2em; font-size: 0.9em; }
            ul.changes li { overflow-wrap: anywhere; }
            ul.changes .kind { font-weight: 600; margin-right: 0.4em; }
            ul.changes .changed .kind { color: var(--warning-fg); }
            ul.changes .added .kind { color: var(--success-fg); }
            ul.changes .removed .kind { color: var(--danger-fg); }
            ul.changes .renamed .kind { color: var(--accent-fg); }
            ul.changes del { color: var(--danger-fg); }
            ul.changes ins { color: var(--success-fg); text-decoration: none; }
            details.between { color: var(--fg-muted); font-size: 0.9em; padding: 0 0.7em; }
            details.between > summary { cursor: pointer; }
            details.between .sides .side { color: var(--fg); }
            details.between p { margin: 0.2em 0; overflow-wrap: anywhere; }
            details.between .role { font-weight: 600; }
            """;

    private final Clock clock;
    private final JsonFormatter json = new JsonFormatter();

    public ComparisonHtml(Clock clock) {
        this.clock = clock;
    }

    public String document(Comparison comparison) {
        StringBuilder html = new StringBuilder(8192);
        String title = comparison.left().title() + " ↔ " + comparison.right().title();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<meta name=\"generator\" content=\"Transcript Viewer\">\n")
                .append("<title>");
        Html.escape(html, title);
        html.append(" · Comparison</title>\n<style>\n")
                .append(HtmlStyle.CSS)
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<header class=\"conversation compare-head\">\n<h1>");
        Html.escape(html, title);
        html.append("</h1>\n<dl class=\"facts\">\n");
        fact(html, "Left", side(comparison.left()));
        fact(html, "Right", side(comparison.right()));
        fact(html, "Exported", EXPORTED.format(ZonedDateTime.now(clock)));
        html.append("</dl>\n<p class=\"compare-summary\">");
        Html.escape(html, comparison.summary());
        html.append("</p>\n</header>\n<main class=\"comparison\">\n");
        for (ComparisonRow row : comparison.rows()) {
            if (row instanceof ComparisonRow.AlignedCall call) {
                call(html, call);
            } else if (row instanceof ComparisonRow.Folded folded) {
                folded(html, folded);
            }
        }
        html.append("</main>\n<footer>Exported from Transcript Viewer.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String side(ComparedConversation side) {
        String text = side.title().equals(side.id()) ? side.id() : side.title() + " (" + side.id() + ")";
        return side.checks().basis().isBlank()
                ? text
                : text + " · " + side.checks().basis();
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<div><dt>");
        Html.escape(html, name);
        html.append("</dt><dd>");
        Html.escape(html, value);
        html.append("</dd></div>\n");
    }

    private void call(StringBuilder html, ComparisonRow.AlignedCall call) {
        String kind = switch (call.kind()) {
            case SAME -> "same";
            case DIFFERENT_ARGUMENTS -> "different";
            case ONLY_LEFT -> "only-left";
            case ONLY_RIGHT -> "only-right";
        };
        html.append("<section class=\"pair ").append(kind).append("\">\n<div class=\"pair-head\"><code>");
        Html.escape(html, call.functionName());
        html.append("</code><span class=\"pair-verdict\">");
        Html.escape(html, call.verdict());
        if (call.checksDiffer()) {
            html.append(" · the checks differ");
        }
        html.append("</span></div>\n<div class=\"sides\">\n");
        side(html, call.left(), call.leftCheck());
        side(html, call.right(), call.rightCheck());
        html.append("</div>\n");
        if (!call.changes().isEmpty()) {
            html.append("<ul class=\"changes\">\n");
            for (ArgumentChange change : call.changes()) {
                change(html, change);
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void side(StringBuilder html, CallSite call, Optional<ToolCallCheck> check) {
        if (call == null) {
            html.append("<div class=\"side absent\">not called</div>\n");
            return;
        }
        html.append("<div class=\"side\"><div class=\"where\">");
        Html.escape(html, ComparisonText.where(call));
        String verdict = ComparisonText.check(check);
        if (!verdict.isEmpty()) {
            boolean problem = check.get().status().isProblem();
            html.append(" <span class=\"check ")
                    .append(problem ? "problem" : "ok")
                    .append("\">");
            Html.escape(html, verdict);
            html.append("</span>");
        }
        html.append("</div>");
        check.ifPresent(c -> {
            if (!c.problems().isEmpty()) {
                html.append("<ul class=\"check-problems\">");
                for (ToolCallCheck.Problem problem : c.problems()) {
                    html.append("<li>");
                    Html.escape(html, problem.message());
                    html.append("</li>");
                }
                html.append("</ul>");
            }
        });
        html.append("<pre>");
        String raw = call.call().arguments();
        Html.escape(html, json.format(raw).formatted().map(FormattedJson::text).orElse(raw));
        html.append("</pre></div>\n");
    }

    private static void change(StringBuilder html, ArgumentChange change) {
        html.append("<li class=\"").append(change.kind().word()).append("\"><span class=\"kind\">");
        Html.escape(html, change.kind().word());
        html.append("</span> ");
        switch (change.kind()) {
            case CHANGED -> {
                code(html, change.where());
                html.append(": <del>");
                Html.escape(html, change.oldValue());
                html.append("</del> → <ins>");
                Html.escape(html, change.newValue());
                html.append("</ins>");
            }
            case ADDED -> {
                code(html, change.where());
                html.append(": <ins>");
                Html.escape(html, change.newValue());
                html.append("</ins>");
            }
            case REMOVED -> {
                code(html, change.where());
                html.append(": <del>");
                Html.escape(html, change.oldValue());
                html.append("</del>");
            }
            case RENAMED -> {
                code(html, change.oldPath());
                html.append(" → ");
                code(html, change.path());
                html.append(": ");
                Html.escape(html, change.newValue());
            }
        }
        html.append("</li>\n");
    }

    private static void code(StringBuilder html, String text) {
        html.append("<code>");
        Html.escape(html, text);
        html.append("</code>");
    }

    private static void folded(StringBuilder html, ComparisonRow.Folded folded) {
        html.append("<details class=\"between\"><summary>");
        Html.escape(html, folded.summary());
        html.append(" between calls</summary>\n<div class=\"sides\">\n");
        messages(html, folded.left(), folded.leftFrom());
        messages(html, folded.right(), folded.rightFrom());
        html.append("</div></details>\n");
    }

    private static void messages(StringBuilder html, List<Message> messages, int from) {
        html.append("<div class=\"side\">");
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            html.append("<p><span class=\"role\">");
            Html.escape(html, (from + i + 1) + " · " + MarkdownTranscript.roleName(message.role()));
            html.append("</span> ");
            Html.escape(html, message.hasText() ? message.text() : "");
            html.append("</p>");
        }
        html.append("</div>\n");
    }
}
