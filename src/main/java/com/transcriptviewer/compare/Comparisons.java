package com.transcriptviewer.compare;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two whole conversations: their tool calls aligned by function name ({@link CallAlignment}), each pair's
 * arguments diffed ({@link ArgumentDiff}), and the messages between calls folded into a row of their own on each
 * side. Blocking and stateless: run it off the FX thread.
 */
public final class Comparisons {

    private Comparisons() {}

    public static Comparison compare(ComparedConversation left, ComparedConversation right) {
        List<CallSite> a = calls(left.messages());
        List<CallSite> b = calls(right.messages());
        List<CallAlignment.Step> steps = CallAlignment.align(names(a), names(b));
        Map<String, Integer> unpairedLeft = new HashMap<>();
        Map<String, Integer> unpairedRight = new HashMap<>();
        for (CallAlignment.Step step : steps) {
            if (step.right() < 0) {
                unpairedLeft.merge(a.get(step.left()).functionName(), 1, Integer::sum);
            } else if (step.left() < 0) {
                unpairedRight.merge(b.get(step.right()).functionName(), 1, Integer::sum);
            }
        }

        List<ComparisonRow> rows = new ArrayList<>(steps.size() * 2 + 1);
        int nextLeft = 0;
        int nextRight = 0;
        for (CallAlignment.Step step : steps) {
            CallSite l = step.left() >= 0 ? a.get(step.left()) : null;
            CallSite r = step.right() >= 0 ? b.get(step.right()) : null;
            int leftUpTo = l == null ? nextLeft : Math.max(nextLeft, l.messageIndex());
            int rightUpTo = r == null ? nextRight : Math.max(nextRight, r.messageIndex());
            fold(rows, left.messages(), nextLeft, leftUpTo, right.messages(), nextRight, rightUpTo);
            if (l != null) {
                nextLeft = Math.max(nextLeft, l.messageIndex() + 1);
            }
            if (r != null) {
                nextRight = Math.max(nextRight, r.messageIndex() + 1);
            }
            rows.add(row(l, r, left, right, unpairedLeft, unpairedRight));
        }
        fold(
                rows,
                left.messages(),
                nextLeft,
                left.messages().size(),
                right.messages(),
                nextRight,
                right.messages().size());
        return new Comparison(left, right, rows);
    }

    private static ComparisonRow.AlignedCall row(
            CallSite l,
            CallSite r,
            ComparedConversation left,
            ComparedConversation right,
            Map<String, Integer> unpairedLeft,
            Map<String, Integer> unpairedRight) {
        Optional<ToolCallCheck> leftCheck = check(left, l);
        Optional<ToolCallCheck> rightCheck = check(right, r);
        if (l != null && r != null) {
            List<ArgumentChange> changes =
                    ArgumentDiff.diff(l.call().arguments(), r.call().arguments());
            return new ComparisonRow.AlignedCall(
                    changes.isEmpty()
                            ? ComparisonRow.AlignedCall.Kind.SAME
                            : ComparisonRow.AlignedCall.Kind.DIFFERENT_ARGUMENTS,
                    l,
                    r,
                    changes,
                    leftCheck,
                    rightCheck,
                    false);
        }
        if (l != null) {
            return new ComparisonRow.AlignedCall(
                    ComparisonRow.AlignedCall.Kind.ONLY_LEFT,
                    l,
                    null,
                    List.of(),
                    leftCheck,
                    Optional.empty(),
                    unpairedRight.containsKey(l.functionName()));
        }
        return new ComparisonRow.AlignedCall(
                ComparisonRow.AlignedCall.Kind.ONLY_RIGHT,
                null,
                r,
                List.of(),
                Optional.empty(),
                rightCheck,
                unpairedLeft.containsKey(r.functionName()));
    }

    private static Optional<ToolCallCheck> check(ComparedConversation side, CallSite call) {
        return call == null ? Optional.empty() : side.checks().of(call.messageIndex(), call.callIndex());
    }

    private static void fold(
            List<ComparisonRow> rows,
            List<Message> left,
            int leftFrom,
            int leftTo,
            List<Message> right,
            int rightFrom,
            int rightTo) {
        if (leftTo > leftFrom || rightTo > rightFrom) {
            rows.add(new ComparisonRow.Folded(
                    left.subList(leftFrom, Math.max(leftFrom, leftTo)),
                    leftFrom,
                    right.subList(rightFrom, Math.max(rightFrom, rightTo)),
                    rightFrom));
        }
    }

    /** Every tool call of a conversation, in the order made. */
    public static List<CallSite> calls(List<Message> messages) {
        List<CallSite> calls = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            for (int c = 0; c < message.toolCalls().size(); c++) {
                calls.add(new CallSite(i, c, message.toolCalls().get(c)));
            }
        }
        return calls;
    }

    private static List<String> names(List<CallSite> calls) {
        List<String> names = new ArrayList<>(calls.size());
        for (CallSite call : calls) {
            names.add(call.functionName());
        }
        return names;
    }
}
