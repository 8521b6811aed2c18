package com.transcriptviewer.compare;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One row of a comparison: the messages between calls (folded until opened), or a call on one side or both. */
public sealed interface ComparisonRow {

    /** Whether this row is a difference that next and previous difference stop at. */
    boolean isDifference();

    /**
     * The messages on each side between the calls around this row; {@code leftFrom} and {@code rightFrom} are the
     * index of each list's first message in its conversation.
     */
    record Folded(List<Message> left, int leftFrom, List<Message> right, int rightFrom) implements ComparisonRow {

        public Folded {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        @Override
        public boolean isDifference() {
            return false;
        }

        /** "3 messages left · 2 right", "1 message left", "2 messages right". */
        public String summary() {
            if (right.isEmpty()) {
                return count(left.size()) + " left";
            }
            if (left.isEmpty()) {
                return count(right.size()) + " right";
            }
            return count(left.size()) + " left · " + right.size() + " right";
        }

        private static String count(int n) {
            return n + (n == 1 ? " message" : " messages");
        }
    }

    /**
     * A call on both sides (same function) or on one; {@code changes} are its argument differences when on both,
     * {@code moved} says a call on one side only has a call of the same function on the other side only (reordered).
     * The checks are those of each side, empty when that side has no call or no check.
     */
    record AlignedCall(
            Kind kind,
            CallSite left,
            CallSite right,
            List<ArgumentChange> changes,
            Optional<ToolCallCheck> leftCheck,
            Optional<ToolCallCheck> rightCheck,
            boolean moved)
            implements ComparisonRow {

        public enum Kind {
            SAME,
            DIFFERENT_ARGUMENTS,
            ONLY_LEFT,
            ONLY_RIGHT
        }

        public AlignedCall {
            Objects.requireNonNull(kind, "kind");
            changes = List.copyOf(changes);
            leftCheck = Objects.requireNonNullElse(leftCheck, Optional.empty());
            rightCheck = Objects.requireNonNullElse(rightCheck, Optional.empty());
        }

        @Override
        public boolean isDifference() {
            return kind != Kind.SAME || checksDiffer();
        }

        /** The function name, from whichever side has the call. */
        public String functionName() {
            return left != null ? left.functionName() : right.functionName();
        }

        /** Both sides were checked and the verdicts differ (one ok, one with problems, say). */
        public boolean checksDiffer() {
            return leftCheck.isPresent()
                    && rightCheck.isPresent()
                    && leftCheck.get().status() != rightCheck.get().status();
        }

        /** What the row is, in a few words: "Only left", "Only right (moved)", "3 arguments differ", "Same". */
        public String verdict() {
            return switch (kind) {
                case SAME -> "Same arguments";
                case DIFFERENT_ARGUMENTS ->
                    changes.size() == 1 ? "1 argument differs" : changes.size() + " arguments differ";
                case ONLY_LEFT -> moved ? "Only left (moved)" : "Only left";
                case ONLY_RIGHT -> moved ? "Only right (moved)" : "Only right";
            };
        }
    }
}
