package com.transcriptviewer.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two conversations' tool calls lined up ({@link Comparisons#compare}): the rows in order, and the counts the summary
 * line gives. Immutable.
 */
public record Comparison(ComparedConversation left, ComparedConversation right, List<ComparisonRow> rows) {

    public Comparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        rows = List.copyOf(rows);
    }

    /** Calls both sides made, paired by the alignment, whether their arguments differ or not. */
    public int aligned() {
        return count(ComparisonRow.AlignedCall.Kind.SAME) + count(ComparisonRow.AlignedCall.Kind.DIFFERENT_ARGUMENTS);
    }

    public int onlyLeft() {
        return count(ComparisonRow.AlignedCall.Kind.ONLY_LEFT);
    }

    public int onlyRight() {
        return count(ComparisonRow.AlignedCall.Kind.ONLY_RIGHT);
    }

    public int differentArguments() {
        return count(ComparisonRow.AlignedCall.Kind.DIFFERENT_ARGUMENTS);
    }

    /** Paired calls whose definition checks came out differently. */
    public int differentChecks() {
        int n = 0;
        for (ComparisonRow row : rows) {
            if (row instanceof ComparisonRow.AlignedCall call && call.checksDiffer()) {
                n++;
            }
        }
        return n;
    }

    /** "9 calls aligned · 2 only left · 1 only right · 3 with different arguments" (and checks, when they differ). */
    public String summary() {
        String line = aligned() + (aligned() == 1 ? " call" : " calls") + " aligned · " + onlyLeft() + " only left · "
                + onlyRight() + " only right · " + differentArguments() + " with different arguments";
        int checks = differentChecks();
        return checks == 0 ? line : line + " · " + checks + (checks == 1 ? " check differs" : " checks differ");
    }

    /** The indexes of the rows that are differences, in order: what next and previous difference walk. */
    public List<Integer> differences() {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isDifference()) {
                at.add(i);
            }
        }
        return at;
    }

    private int count(ComparisonRow.AlignedCall.Kind kind) {
        int n = 0;
        for (ComparisonRow row : rows) {
            if (row instanceof ComparisonRow.AlignedCall call && call.kind() == kind) {
                n++;
            }
        }
        return n;
    }
}
