package com.transcriptviewer.compare;

import static com.transcriptviewer.text.markdown.MarkdownTranscript.code;
import static com.transcriptviewer.text.markdown.MarkdownTranscript.escapeInline;
import static com.transcriptviewer.text.markdown.MarkdownTranscript.fenced;
import static com.transcriptviewer.text.markdown.MarkdownTranscript.roleName;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A comparison as Markdown, escaped the way the transcript's Markdown export escapes (no markup of the conversations'
 * own can become a heading, a link or HTML): the summary line, then each call row with both sides' place, check and
 * arguments, its argument differences as a list, and the messages between calls as quoted lines. Thread-safe.
 */
public final class ComparisonMarkdown {

    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

    private final Clock clock;
    private final JsonFormatter json = new JsonFormatter();

    public ComparisonMarkdown(Clock clock) {
        this.clock = clock;
    }

    public String document(Comparison comparison) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# Comparison: ")
                .append(escapeInline(comparison.left().title()))
                .append(" ↔ ")
                .append(escapeInline(comparison.right().title()))
                .append("\n\n");
        side(out, "Left", comparison.left());
        side(out, "Right", comparison.right());
        out.append("- Exported: ")
                .append(EXPORTED.format(ZonedDateTime.now(clock)))
                .append("\n\n");
        out.append("**").append(escapeInline(comparison.summary())).append("**\n\n");
        int number = 0;
        for (ComparisonRow row : comparison.rows()) {
            if (row instanceof ComparisonRow.AlignedCall call) {
                call(out, ++number, call);
            } else if (row instanceof ComparisonRow.Folded folded) {
                folded(out, folded);
            }
        }
        return out.toString();
    }

    private static void side(StringBuilder out, String which, ComparedConversation side) {
        out.append("- ").append(which).append(": ").append(escapeInline(side.title()));
        if (!side.title().equals(side.id())) {
            out.append(" (").append(code(side.id())).append(')');
        }
        out.append('\n');
        if (!side.checks().basis().isBlank()) {
            out.append("  - ").append(escapeInline(side.checks().basis())).append('\n');
        }
    }

    private void call(StringBuilder out, int number, ComparisonRow.AlignedCall call) {
        out.append("## ")
                .append(number)
                .append(". ")
                .append(code(call.functionName()))
                .append(" · ")
                .append(call.verdict())
                .append("\n\n");
        place(out, "Left", call.left(), call.leftCheck());
        place(out, "Right", call.right(), call.rightCheck());
        out.append('\n');
        if (!call.changes().isEmpty()) {
            for (ArgumentChange change : call.changes()) {
                out.append("- ").append(escapeInline(change.kind().word())).append(' ');
                switch (change.kind()) {
                    case CHANGED ->
                        out.append(code(change.where()))
                                .append(": ")
                                .append(code(change.oldValue()))
                                .append(" → ")
                                .append(code(change.newValue()));
                    case ADDED -> out.append(code(change.where())).append(": ").append(code(change.newValue()));
                    case REMOVED ->
                        out.append(code(change.where())).append(": ").append(code(change.oldValue()));
                    case RENAMED ->
                        out.append(code(change.oldPath()))
                                .append(" → ")
                                .append(code(change.path()))
                                .append(": ")
                                .append(code(change.newValue()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (call.left() != null) {
            arguments(out, call.right() == null ? "Arguments" : "Left arguments", call.left());
        }
        if (call.right() != null && call.kind() != ComparisonRow.AlignedCall.Kind.SAME) {
            arguments(out, call.left() == null ? "Arguments" : "Right arguments", call.right());
        }
    }

    private static void place(StringBuilder out, String which, CallSite call, Optional<ToolCallCheck> check) {
        out.append("- ").append(which).append(": ");
        if (call == null) {
            out.append("not called\n");
            return;
        }
        out.append(escapeInline(ComparisonText.where(call)));
        String verdict = ComparisonText.check(check);
        if (!verdict.isEmpty()) {
            out.append(" · check ").append(escapeInline(verdict));
            check.ifPresent(c ->
                    c.problems().forEach(problem -> out.append("\n  - ").append(escapeInline(problem.message()))));
        }
        out.append('\n');
    }

    private void arguments(StringBuilder out, String label, CallSite call) {
        out.append(label).append(":\n\n");
        String raw = call.call().arguments();
        String pretty = json.format(raw).formatted().map(FormattedJson::text).orElse(null);
        fenced(out, pretty == null ? "" : "json", pretty == null ? raw : pretty);
    }

    private static void folded(StringBuilder out, ComparisonRow.Folded folded) {
        out.append("_").append(escapeInline(folded.summary())).append(" between calls_\n\n");
        messages(out, "Left", folded.left(), folded.leftFrom());
        messages(out, "Right", folded.right(), folded.rightFrom());
    }

    private static void messages(StringBuilder out, String which, List<Message> messages, int from) {
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            out.append("> ")
                    .append(which)
                    .append(" ")
                    .append(from + i + 1)
                    .append(" · ")
                    .append(escapeInline(roleName(message.role())))
                    .append(": ")
                    .append(message.hasText() ? escapeInline(message.text()) : "")
                    .append("\n>\n");
        }
        if (!messages.isEmpty()) {
            out.setLength(out.length() - 2); // the last quote's empty line
            out.append('\n');
        }
    }
}
