package com.transcriptviewer.text.markdown;

import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.text.ChannelNames;
import com.transcriptviewer.text.CheckText;
import com.transcriptviewer.text.ConversationReviews;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.ToolResultPairing;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A transcript as Markdown, for "Copy as Markdown" and the Markdown export: a heading per message with role, time and
 * offset, the text as a paragraph, each tool call's arguments pretty-printed in a fenced block, followed by its
 * reviewers' verdicts when the export has them.
 *
 * <p>Message text is the user's data, not Markdown: characters that would turn it into HTML, links, emphasis or
 * headings are escaped, so what a reader sees is exactly what was said. Fences are made longer than any run of
 * backticks inside them, so no argument can close its block early. Stateless and thread-safe.
 */
public final class MarkdownTranscript {

    private final JsonFormatter json = new JsonFormatter();
    private final ZoneId zone;

    public MarkdownTranscript(ZoneId zone) {
        this.zone = zone;
    }

    /** A whole conversation: a title, its id, channel and count, then every message. */
    public String document(String conversationId, String name, String channel, List<Message> messages) {
        return document(conversationId, name, channel, messages, ToolCallChecks.NONE, ConversationInsights.NONE);
    }

    /**
     * A whole conversation with what is known about it: a title, its id, channel, count and what its tool calls were
     * checked against; then Telnyx's insights, each with its status and result; then every message, each tool call
     * with its check and the problems found.
     */
    public String document(
            String conversationId,
            String name,
            String channel,
            List<Message> messages,
            ToolCallChecks checks,
            ConversationInsights insights) {
        return document(conversationId, name, channel, messages, checks, insights, List.of());
    }

    /**
     * As {@link #document(String, String, String, List, ToolCallChecks, ConversationInsights)}, with the QA
     * reviewers' verdicts: a "Review" section for the conversation as a whole, and each call's verdicts and notes
     * under the call.
     *
     * @param reviews each reviewer's latest entry on each item of the conversation
     */
    public String document(
            String conversationId,
            String name,
            String channel,
            List<Message> messages,
            ToolCallChecks checks,
            ConversationInsights insights,
            List<ReviewEntry> reviews) {
        ConversationReviews verdicts = ConversationReviews.of(conversationId, messages, reviews);
        StringBuilder out = new StringBuilder(Math.max(256, messages.size() * 160));
        String title = name == null || name.isBlank() ? "Conversation " + conversationId : name;
        out.append("# ").append(escapeInline(title)).append("\n\n");
        out.append("- Conversation id: ").append(code(conversationId)).append('\n');
        if (channel != null && !channel.isBlank()) {
            out.append("- Channel: ")
                    .append(escapeInline(ChannelNames.display(channel)))
                    .append('\n');
        }
        out.append("- Messages: ")
                .append(String.format(Locale.ROOT, "%,d", messages.size()))
                .append('\n');
        if (!checks.basis().isBlank()) {
            out.append("- Tool-call checks: ")
                    .append(escapeInline(checks.basis()))
                    .append('\n');
        }
        if (!verdicts.isEmpty()) {
            out.append("- Reviewed by: ")
                    .append(escapeInline(String.join(", ", verdicts.reviewers())))
                    .append('\n');
        }
        out.append('\n');
        MarkdownReviews reviewWriter = new MarkdownReviews(zone);
        if (!verdicts.isEmpty()) {
            reviewWriter.appendSection(out, verdicts);
        }
        boolean hasInsights = !insights.isEmpty() || insights.state() != ConversationInsights.State.NONE;
        if (hasInsights) {
            new MarkdownInsights(zone).append(out, insights);
        }
        if (hasInsights || !verdicts.isEmpty()) {
            out.append("## Transcript\n\n");
        }
        ToolResultPairing pairing = ToolResultPairing.of(messages);
        Instant start = firstTime(messages);
        for (int i = 0; i < messages.size(); i++) {
            appendMessage(out, messages.get(i), start, pairing.callAnsweredBy(i), i, checks, verdicts, reviewWriter);
        }
        return out.toString();
    }

    /**
     * Some messages of a conversation (a selection), by their indexes in {@code conversation}: offsets are measured
     * from the conversation's first message and tool results name the call they answer, as in the whole document.
     */
    public String messages(List<Message> conversation, List<Integer> selectedIndexes) {
        ToolResultPairing pairing = ToolResultPairing.of(conversation);
        Instant start = firstTime(conversation);
        StringBuilder out = new StringBuilder(selectedIndexes.size() * 160);
        for (int index : selectedIndexes.stream().sorted().distinct().toList()) {
            if (index >= 0 && index < conversation.size()) {
                appendMessage(
                        out,
                        conversation.get(index),
                        start,
                        pairing.callAnsweredBy(index),
                        index,
                        ToolCallChecks.NONE,
                        ConversationReviews.NONE,
                        null);
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private void appendMessage(
            StringBuilder out,
            Message message,
            Instant start,
            Optional<ToolCall> answers,
            int index,
            ToolCallChecks checks,
            ConversationReviews verdicts,
            MarkdownReviews reviewWriter) {
        out.append("### ").append(escapeInline(roleName(message.role())));
        Instant time = message.displayTime();
        if (time != null) {
            out.append(" · ").append(Patterns.TIME.format(ZonedDateTime.ofInstant(time, zone)));
            String offset = TimeFormat.offset(start, time);
            if (!offset.isEmpty()) {
                out.append(" · ").append(offset);
            }
        }
        out.append("\n\n");
        answers.ifPresent(call -> out.append("*Result of* ")
                .append(code(call.functionName()))
                .append(" (")
                .append(code(call.id()))
                .append(")\n\n"));
        if (message.hasText()) {
            if (message.role().kind() == Role.Kind.TOOL
                    && json.format(message.text()).isValid()) {
                fenced(out, "json", pretty(message.text()));
            } else {
                out.append(escapeBlock(message.text())).append("\n\n");
            }
        }
        List<ToolCall> calls = message.toolCalls();
        for (int c = 0; c < calls.size(); c++) {
            ToolCall call = calls.get(c);
            out.append("**Tool call** ")
                    .append(code(call.functionName().isEmpty() ? "(no name)" : call.functionName()));
            if (!call.id().isEmpty()) {
                out.append(" · ").append(code(call.id()));
            }
            out.append("\n\n");
            checks.of(index, c).ifPresent(check -> appendCheck(out, check));
            String pretty = pretty(call.arguments());
            fenced(out, pretty == null ? "" : "json", pretty == null ? call.arguments() : pretty);
            List<ReviewEntry> callReviews = verdicts.call(index, c);
            if (!callReviews.isEmpty()) {
                reviewWriter.appendCall(out, callReviews);
            }
        }
    }

    /** The check's status, why a call could not be checked, and each problem with the argument it is about. */
    private static void appendCheck(StringBuilder out, ToolCallCheck check) {
        out.append("Check: ").append(CheckText.status(check.status()));
        if (check.status() == ToolCallCheck.Status.NO_DEFINITION
                && !check.basis().isBlank()) {
            out.append(" (").append(escapeInline(check.basis())).append(')');
        }
        out.append("\n\n");
        for (ToolCallCheck.Problem problem : check.problems()) {
            out.append("- ")
                    .append(code(CheckText.where(problem)))
                    .append(": ")
                    .append(escapeInline(problem.message()))
                    .append('\n');
        }
        if (!check.problems().isEmpty()) {
            out.append('\n');
        }
    }

    /** Pretty JSON, or null when the text is not valid JSON (it is then shown as it is). */
    private String pretty(String raw) {
        return json.format(raw).formatted().map(FormattedJson::text).orElse(null);
    }

    /** A fenced code block that no run of backticks inside can end early. */
    public static void fenced(StringBuilder out, String language, String body) {
        String fence = "`".repeat(Math.max(3, longestRun(body, '`') + 1));
        out.append(fence).append(language).append('\n').append(body);
        if (!body.endsWith("\n")) {
            out.append('\n');
        }
        out.append(fence).append("\n\n");
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A role as a heading says it: "Assistant", "User", "Tool", or an unknown role's raw name. */
    public static String roleName(Role role) {
        return switch (role.kind()) {
            case USER -> "User";
            case ASSISTANT -> "Assistant";
            case TOOL -> "Tool";
            case UNKNOWN -> role.rawName().isBlank() ? "Unknown role" : role.rawName();
        };
    }

    private static Instant firstTime(List<Message> messages) {
        for (Message message : messages) {
            if (message.displayTime() != null) {
                return message.displayTime();
            }
        }
        return null;
    }

    /** Inline code that no backtick inside can end early. */
    public static String code(String text) {
        String value = text == null ? "" : text.replace('\n', ' ');
        String ticks = "`".repeat(longestRun(value, '`') + 1);
        String pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
        return ticks + pad + value + pad + ticks;
    }

    /** Text on one line (a heading, a list item): Markdown and HTML characters escaped, line breaks as spaces. */
    public static String escapeInline(String text) {
        return escape(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }

    /**
     * A paragraph of the user's text: every line escaped and kept as its own line (a trailing backslash is a hard
     * line break in CommonMark), blank lines kept as paragraph breaks.
     */
    public static String escapeBlock(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(escape(line));
            boolean nextHasText = i + 1 < lines.length && !lines[i + 1].isBlank();
            if (i + 1 < lines.length) {
                out.append(!line.isEmpty() && nextHasText ? "\\\n" : "\n");
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~' ->
                    out.append('\\').append(c);
                case '-', '+' -> {
                    // Only at the start of a line does "- " or "+ " make a list item.
                    if (out.length() == 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                default -> {
                    if (Character.isDigit(c) || c != '.' && c != ')') {
                        out.append(c);
                    } else {
                        // "1. " at the start of a line would become a numbered list.
                        if (allDigits(out)) {
                            out.append('\\');
                        }
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allDigits(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Made at first use: the transcript builds its copy commands before the window's first frame. */
    static final class Patterns {
        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    }
}
