package com.transcriptviewer.text;

import com.transcriptviewer.model.ToolCallCheck;

/**
 * A tool call's check as the exports write it: a mark and the status's wire name ("✓ ok", "✗ schema_mismatch",
 * "– no_definition"), so a reader sees the verdict at a glance and can still search for the exact status.
 */
public final class CheckText {

    private CheckText() {}

    public static String status(ToolCallCheck.Status status) {
        String mark = status == ToolCallCheck.Status.OK ? "✓" : status.isProblem() ? "✗" : "–";
        return mark + " " + status.wireName();
    }

    /** Where a problem is, for people: the argument's JSON Pointer, or "arguments" for the arguments as a whole. */
    public static String where(ToolCallCheck.Problem problem) {
        return problem.pointer().isEmpty() ? "arguments" : problem.pointer();
    }
}
