package com.transcriptviewer.compare;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.text.TextMask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Privacy mode in a comparison: what the window shows and the exports write, masked as the transcript is. The rows
 * are worked out on the texts as sent (two numbers that differ stay a difference though both are masked alike); only
 * what is shown of them is masked: names, messages, arguments, the values of argument differences, the checks'
 * sentences. Ids, places, function names and verdicts stay. Nothing changes while the mask is inactive. Stateless.
 */
public final class ComparisonMask {

    private ComparisonMask() {}

    /** {@code comparison} as {@code mask} shows it: for an export written while privacy mode is on. Blocking. */
    public static Comparison apply(Comparison comparison, TextMask mask) {
        if (!mask.isActive()) {
            return comparison;
        }
        List<ComparisonRow> rows = new ArrayList<>(comparison.rows().size());
        for (ComparisonRow row : comparison.rows()) {
            rows.add(row(row, mask));
        }
        return new Comparison(side(comparison.left(), mask), side(comparison.right(), mask), rows);
    }

    /** Searches every text of both sides through {@code mask} now, so that showing them only looks it up. Blocking. */
    public static void prepare(Comparison comparison, TextMask mask) {
        if (!mask.isActive()) {
            return;
        }
        comparison.left().messages().forEach(mask::prepare);
        comparison.right().messages().forEach(mask::prepare);
    }

    /**
     * One difference between two calls' arguments as {@code mask} shows it: each value masked as it would be in its
     * arguments, behind its key, so the value of a key that names a secret ({@code password}, {@code card_number}) is
     * hidden here too, not only a value that looks like a number or an address.
     */
    public static ArgumentChange apply(ArgumentChange change, TextMask mask) {
        if (!mask.isActive()) {
            return change;
        }
        return new ArgumentChange(
                change.kind(),
                change.path(),
                change.oldPath(),
                value(change.oldPath(), change.oldValue(), mask),
                value(change.path(), change.newValue(), mask));
    }

    /** A check's sentences as {@code mask} shows them: a problem may quote an argument. */
    public static ToolCallCheck apply(ToolCallCheck check, TextMask mask) {
        if (!mask.isActive() || check.problems().isEmpty()) {
            return check;
        }
        List<ToolCallCheck.Problem> problems = check.problems().stream()
                .map(problem -> new ToolCallCheck.Problem(problem.pointer(), mask.apply(problem.message())))
                .toList();
        return new ToolCallCheck(check.status(), problems, check.basis(), check.definition());
    }

    private static ComparedConversation side(ComparedConversation side, TextMask mask) {
        List<Message> messages = new ArrayList<>(side.messages().size());
        for (Message message : side.messages()) {
            messages.add(mask.apply(message));
        }
        Map<Integer, List<ToolCallCheck>> checks = new LinkedHashMap<>();
        side.checks()
                .byMessage()
                .forEach((index, calls) -> checks.put(
                        index,
                        calls.stream()
                                .map(check -> check == null ? null : apply(check, mask))
                                .toList()));
        return new ComparedConversation(
                side.id(),
                mask.apply(side.name()),
                messages,
                new ToolCallChecks(side.checks().basis(), checks));
    }

    private static ComparisonRow row(ComparisonRow row, TextMask mask) {
        if (row instanceof ComparisonRow.Folded folded) {
            return new ComparisonRow.Folded(
                    folded.left().stream().map(mask::apply).toList(),
                    folded.leftFrom(),
                    folded.right().stream().map(mask::apply).toList(),
                    folded.rightFrom());
        }
        ComparisonRow.AlignedCall call = (ComparisonRow.AlignedCall) row;
        return new ComparisonRow.AlignedCall(
                call.kind(),
                site(call.left(), mask),
                site(call.right(), mask),
                call.changes().stream().map(change -> apply(change, mask)).toList(),
                call.leftCheck().map(check -> apply(check, mask)),
                call.rightCheck().map(check -> apply(check, mask)),
                call.moved());
    }

    private static CallSite site(CallSite site, TextMask mask) {
        if (site == null) {
            return null;
        }
        ToolCall call = site.call();
        return new CallSite(
                site.messageIndex(),
                site.callIndex(),
                new ToolCall(call.id(), call.type(), call.functionName(), mask.apply(call.arguments())));
    }

    /** {@code value} (compact JSON) masked behind the last key of {@code path}, as it stands in its arguments. */
    private static String value(String path, String value, TextMask mask) {
        if (value.isEmpty()) {
            return value;
        }
        Optional<String> key = lastKey(path);
        if (key.isEmpty()) {
            return mask.apply(value);
        }
        String before = "{" + jsonString(key.get()) + ":";
        String masked = mask.apply(before + value + "}");
        // A mask keeps the length: the value is where it was put.
        return masked.substring(before.length(), masked.length() - 1);
    }

    /** The last key of a path ({@code to} of {@code targets[0].to}, {@code items} of {@code items[2]}), if any. */
    static Optional<String> lastKey(String path) {
        String key = path;
        while (key.endsWith("]") && key.lastIndexOf('[') >= 0) {
            key = key.substring(0, key.lastIndexOf('['));
        }
        key = key.substring(key.lastIndexOf('.') + 1);
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
