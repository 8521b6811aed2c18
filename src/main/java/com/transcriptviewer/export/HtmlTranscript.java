package com.transcriptviewer.export;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.text.ChannelNames;
import com.transcriptviewer.text.CheckText;
import com.transcriptviewer.text.ConversationReviews;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.ToolResultPairing;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatResult;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.text.json.JsonHighlights;
import com.transcriptviewer.text.json.JsonTokenKind;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation as one standalone HTML page that looks like the app: bubbles coloured by role (assistant left, user
 * right, tool results full width, unknown roles neutral with their raw name), a label and an icon per role, time and
 * offset per message, and each tool call as a {@code <details>} card: collapsed it shows the function name, a one-line
 * preview, the call id and its check; open, the arguments pretty-printed with colours. A call's check problems show
 * under its card, and so do its reviewers' verdicts and notes; the review of the conversation as a whole and Telnyx's
 * insights, when there are any, come between the header and the messages.
 *
 * <p>The page is safe to open from anywhere: every piece of the conversation is escaped, there is no script at all,
 * and a Content-Security-Policy forbids loading anything, so the file works offline and leaks nothing. Light and dark
 * follow the reader's system. Stateless apart from its zone and clock; thread-safe.
 */
public final class HtmlTranscript implements TranscriptRenderer {

    /** Characters of the collapsed card's preview; the line ellipsises further when narrow. */
    static final int PREVIEW_CHARS = 160;

    private static final int FLUSH_AT = 64 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

    private final ZoneId zone;
    private final Clock clock;
    private final TimeFormat tooltips;
    private final JsonFormatter json = new JsonFormatter();
    private final HtmlReviews reviewWriter;

    /** @param clock says when the page was exported (in the footer) */
    public HtmlTranscript(ZoneId zone, Clock clock) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tooltips = new TimeFormat(zone, clock);
        this.reviewWriter = new HtmlReviews(zone);
    }

    @Override
    public void render(ExportDocument document, Writer out) throws IOException {
        StringBuilder html = new StringBuilder(FLUSH_AT + 8 * 1024);
        List<Message> messages = document.messages();
        ConversationReviews reviews = ConversationReviews.of(document.conversationId(), messages, document.reviews());
        head(html, document, reviews);
        ToolResultPairing pairing = ToolResultPairing.of(messages);
        Instant start = firstTime(messages);
        html.append("<main class=\"transcript\">\n");
        for (int i = 0; i < messages.size(); i++) {
            message(html, i, messages.get(i), start, pairing.callAnsweredBy(i), document.checks(), reviews);
            if (html.length() >= FLUSH_AT) {
                out.append(html);
                html.setLength(0);
            }
        }
        html.append("<p class=\"end\">")
                .append(
                        messages.isEmpty()
                                ? "This conversation has no messages."
                                : "End of conversation · " + count(messages.size(), "message"))
                .append("</p>\n</main>\n");
        html.append("<footer>Exported from Transcript Viewer on ")
                .append(Html.escape(EXPORTED.format(clock.instant().atZone(zone))))
                .append(".</footer>\n");
        html.append("</body>\n</html>\n");
        out.append(html);
    }

    private void head(StringBuilder html, ExportDocument document, ConversationReviews reviews) {
        String title = document.title();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<meta name=\"generator\" content=\"Transcript Viewer\">\n")
                .append("<title>");
        Html.escape(html, title);
        html.append(" · Transcript</title>\n<style>\n")
                .append(HtmlStyle.CSS)
                .append("</style>\n</head>\n<body>\n")
                .append(HtmlStyle.ICONS)
                .append("<header class=\"conversation\">\n<h1>");
        Html.escape(html, title);
        html.append("</h1>\n<dl class=\"facts\">\n");
        fact(html, "Conversation id", "<code>" + Html.escape(document.conversationId()) + "</code>");
        if (!document.channel().isBlank()) {
            fact(html, "Channel", Html.escape(ChannelNames.display(document.channel())));
        }
        fact(html, "Messages", SizeFormat.count(document.messages().size()));
        fact(html, "Times", Html.escape(zone.getId()));
        if (!document.checks().basis().isBlank()) {
            fact(html, "Tool-call checks", Html.escape(document.checks().basis()));
        }
        if (!reviews.isEmpty()) {
            fact(html, "Reviewed by", Html.escape(String.join(", ", reviews.reviewers())));
        }
        html.append("</dl>\n</header>\n");
        if (!reviews.isEmpty()) {
            reviewWriter.appendSection(html, reviews);
        }
        if (HtmlInsights.worthShowing(document.insights())) {
            new HtmlInsights(zone).append(html, document.insights());
        }
    }

    private static void fact(StringBuilder html, String name, String escapedValue) {
        html.append("<div><dt>")
                .append(name)
                .append("</dt><dd>")
                .append(escapedValue)
                .append("</dd></div>\n");
    }

    private void message(
            StringBuilder html,
            int index,
            Message message,
            Instant start,
            Optional<ToolCall> answers,
            ToolCallChecks checks,
            ConversationReviews reviews) {
        String role = roleClass(message.role());
        html.append("<article class=\"bubble ")
                .append(role)
                .append("\" id=\"m")
                .append(index + 1)
                .append("\">\n")
                .append("<div class=\"bubble-header\"><svg class=\"icon role-icon\" aria-hidden=\"true\">")
                .append("<use href=\"#i-")
                .append(role)
                .append("\"/></svg><span class=\"role-label\">");
        Html.escape(html, roleLabel(message.role()));
        html.append("</span><span class=\"fill\"></span>");
        Instant time = message.displayTime();
        if (time != null) {
            html.append("<time datetime=\"")
                    .append(DateTimeFormatter.ISO_INSTANT.format(time))
                    .append("\" title=\"");
            Html.escape(html, tooltips.tooltip(message.sentAt(), message.createdAt()));
            html.append("\">").append(TIME.format(time.atZone(zone))).append("</time>");
            String offset = TimeFormat.offset(start, time);
            if (!offset.isEmpty()) {
                html.append("<span class=\"offset\">").append(offset).append("</span>");
            }
        } else {
            html.append("<time>").append(TimeFormat.MISSING).append("</time>");
        }
        html.append("</div>\n");
        if (message.role().kind() == Role.Kind.TOOL) {
            html.append("<div class=\"result-label\">");
            Html.escape(html, resultLabel(answers.orElse(null)));
            html.append("</div>\n");
        }
        if (message.hasText()) {
            text(html, message);
        }
        List<ToolCall> calls = message.toolCalls();
        for (int c = 0; c < calls.size(); c++) {
            toolCard(html, calls.get(c), checks.of(index, c));
            reviewWriter.appendCall(html, reviews.call(index, c));
        }
        if (!message.metadata().isEmpty()) {
            metadata(html, message.metadata());
        }
        html.append("</article>\n");
    }

    private void text(StringBuilder html, Message message) {
        String text = message.text();
        if (message.role().kind() == Role.Kind.TOOL && looksLikeJson(text)) {
            Optional<FormattedJson> pretty = json.format(text.strip()).formatted();
            if (pretty.isPresent()) {
                prettyJson(html, pretty.get());
                return;
            }
        }
        html.append("<div class=\"text\">");
        Html.escape(html, text);
        html.append("</div>\n");
    }

    private void toolCard(StringBuilder html, ToolCall call, Optional<ToolCallCheck> check) {
        String preview = JsonFormatter.oneLinePreview(call.arguments(), PREVIEW_CHARS);
        html.append("<details class=\"tool-card\"><summary><svg class=\"icon tool-icon\" aria-hidden=\"true\">")
                .append("<use href=\"#i-call\"/></svg><span class=\"function-name\">");
        Html.escape(html, call.functionName().isBlank() ? "(unnamed function)" : call.functionName());
        html.append("</span><span class=\"preview\">");
        Html.escape(html, preview.isEmpty() ? "(no arguments)" : preview);
        html.append("</span>");
        if (!call.id().isBlank()) {
            html.append("<span class=\"call-id\">");
            Html.escape(html, call.id());
            html.append("</span>");
        }
        check.ifPresent(found -> checkChip(html, found));
        html.append("</summary>\n<div class=\"card-body\"><span class=\"size\">Arguments · ")
                .append(SizeFormat.textSize(call.arguments()))
                .append("</span>\n");
        JsonFormatResult result = json.format(call.arguments());
        if (result.isValid()) {
            prettyJson(html, result.formatted().orElseThrow());
        } else {
            html.append("<span class=\"badge\">");
            Html.escape(html, result.error().map(e -> e.message()).orElse("Not valid JSON"));
            html.append("</span>\n<pre class=\"raw\">");
            Html.escape(html, call.arguments());
            html.append("</pre>\n");
        }
        html.append("</div></details>\n");
        check.ifPresent(found -> checkProblems(html, found));
    }

    private static void checkChip(StringBuilder html, ToolCallCheck check) {
        String kind = check.status() == ToolCallCheck.Status.OK ? "ok" : check.hasProblem() ? "problem" : "unchecked";
        html.append("<span class=\"check ").append(kind).append("\" title=\"");
        Html.escape(html, check.basis());
        html.append("\">").append(CheckText.status(check.status())).append("</span>");
    }

    /** Shown under the card, not in it: a problem must be seen without opening the card. */
    private static void checkProblems(StringBuilder html, ToolCallCheck check) {
        boolean unchecked = check.status() == ToolCallCheck.Status.NO_DEFINITION
                && !check.basis().isBlank();
        if (check.problems().isEmpty() && !unchecked) {
            return;
        }
        html.append("<ul class=\"check-problems\">");
        if (unchecked) {
            html.append("<li class=\"unchecked\">");
            Html.escape(html, check.basis());
            html.append("</li>");
        }
        for (ToolCallCheck.Problem problem : check.problems()) {
            html.append("<li><code>");
            Html.escape(html, CheckText.where(problem));
            html.append("</code> ");
            Html.escape(html, problem.message());
            html.append("</li>");
        }
        html.append("</ul>\n");
    }

    /** Pretty JSON with the app's token colours; the text between coloured runs is punctuation and spaces. */
    private static void prettyJson(StringBuilder html, FormattedJson formatted) {
        String text = formatted.text();
        JsonHighlights spans = formatted.highlights();
        html.append("<pre class=\"json\">");
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.start(i);
            int to = spans.end(i);
            Html.escape(html, text, at, from);
            html.append("<span class=\"").append(tokenClass(spans.kind(i))).append("\">");
            Html.escape(html, text, from, to);
            html.append("</span>");
            at = to;
        }
        Html.escape(html, text, at, text.length());
        html.append("</pre>\n");
    }

    private static String tokenClass(JsonTokenKind kind) {
        return switch (kind) {
            case KEY -> "k";
            case STRING -> "s";
            case NUMBER -> "n";
            case LITERAL -> "l";
            case PUNCTUATION -> "p";
        };
    }

    private static void metadata(StringBuilder html, Map<String, Object> metadata) {
        html.append("<details class=\"metadata\"><summary>Metadata</summary><dl>");
        metadata.forEach((key, value) -> {
            html.append("<dt>");
            Html.escape(html, key);
            html.append("</dt><dd>");
            Html.escape(html, String.valueOf(value));
            html.append("</dd>");
        });
        html.append("</dl></details>\n");
    }

    static String roleClass(Role role) {
        return switch (role.kind()) {
            case ASSISTANT -> "assistant";
            case USER -> "user";
            case TOOL -> "tool";
            case UNKNOWN -> "unknown";
        };
    }

    /** As the app's bubbles say it; unknown roles show the raw name the API sent. */
    static String roleLabel(Role role) {
        return switch (role.kind()) {
            case ASSISTANT -> "Assistant";
            case USER -> "User";
            case TOOL -> "Tool result";
            case UNKNOWN -> role.rawName().isBlank() ? "(no role)" : role.rawName();
        };
    }

    private static String resultLabel(ToolCall call) {
        if (call == null) {
            return "Result of an unknown call (no unanswered call precedes it)";
        }
        String name = call.functionName().isBlank() ? "(unnamed function)" : call.functionName();
        return call.id().isBlank() ? "Result of " + name : "Result of " + name + " (" + call.id() + ")";
    }

    private static boolean looksLikeJson(String text) {
        String stripped = text.strip();
        return (stripped.startsWith("{") && stripped.endsWith("}"))
                || (stripped.startsWith("[") && stripped.endsWith("]"));
    }

    private static Instant firstTime(List<Message> messages) {
        for (Message message : messages) {
            if (message.displayTime() != null) {
                return message.displayTime();
            }
        }
        return null;
    }

    private static String count(long n, String noun) {
        return SizeFormat.count(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
