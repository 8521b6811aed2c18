package com.transcriptviewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private static final DemoData DEMO = DemoData.generate();

    private static ComparedConversation demo(String id) {
        return new ComparedConversation(
                id, DEMO.conversation(id).orElseThrow().name(), DEMO.messages(id), ToolCallChecks.NONE);
    }

    private static List<ComparisonRow.AlignedCall> calls(Comparison comparison) {
        return comparison.rows().stream()
                .filter(ComparisonRow.AlignedCall.class::isInstance)
                .map(ComparisonRow.AlignedCall.class::cast)
                .toList();
    }

    @Test
    void theOrderPairShowsTheRenamedArgumentTheSkippedCallAndTheAddedOne() {
        Comparison comparison =
                Comparisons.compare(demo(DemoData.ORDER_OLD_VERSION_ID), demo(DemoData.ORDER_NEW_VERSION_ID));

        assertThat(calls(comparison))
                .extracting(ComparisonRow.AlignedCall::functionName, ComparisonRow.AlignedCall::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "get_order_status", ComparisonRow.AlignedCall.Kind.DIFFERENT_ARGUMENTS),
                        org.assertj.core.groups.Tuple.tuple(
                                "get_store_hours", ComparisonRow.AlignedCall.Kind.ONLY_LEFT),
                        org.assertj.core.groups.Tuple.tuple(
                                "show_order_tracking", ComparisonRow.AlignedCall.Kind.ONLY_RIGHT));
        assertThat(calls(comparison).get(0).changes())
                .extracting(ArgumentChange::line)
                .containsExactly("order_number → order_id (renamed, same value \"A-11520\")");
        assertThat(comparison.summary())
                .isEqualTo("1 call aligned · 1 only left · 1 only right · 1 with different arguments");
    }

    @Test
    void theBillPairAddsALookupAndATransferAndDropsTheHangUp() {
        Comparison comparison =
                Comparisons.compare(demo(DemoData.BILL_OLD_VERSION_ID), demo(DemoData.BILL_NEW_VERSION_ID));

        assertThat(calls(comparison))
                .extracting(ComparisonRow.AlignedCall::functionName, ComparisonRow.AlignedCall::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hangup", ComparisonRow.AlignedCall.Kind.ONLY_LEFT),
                        org.assertj.core.groups.Tuple.tuple("lookup_bill", ComparisonRow.AlignedCall.Kind.ONLY_RIGHT),
                        org.assertj.core.groups.Tuple.tuple("transfer", ComparisonRow.AlignedCall.Kind.ONLY_RIGHT));
    }

    @Test
    void messagesBetweenCallsAreFoldedOnEachSideAndEveryMessageShowsOnce() {
        Comparison comparison =
                Comparisons.compare(demo(DemoData.ORDER_OLD_VERSION_ID), demo(DemoData.ORDER_NEW_VERSION_ID));

        int left = 0;
        int right = 0;
        for (ComparisonRow row : comparison.rows()) {
            if (row instanceof ComparisonRow.Folded folded) {
                assertThat(folded.leftFrom()).isEqualTo(left);
                assertThat(folded.rightFrom()).isEqualTo(right);
                left += folded.left().size();
                right += folded.right().size();
            } else if (row instanceof ComparisonRow.AlignedCall call) {
                if (call.left() != null) {
                    assertThat(call.left().messageIndex()).isEqualTo(left);
                    left++;
                }
                if (call.right() != null) {
                    assertThat(call.right().messageIndex()).isEqualTo(right);
                    right++;
                }
            }
        }
        assertThat(left).isEqualTo(DEMO.messages(DemoData.ORDER_OLD_VERSION_ID).size());
        assertThat(right).isEqualTo(DEMO.messages(DemoData.ORDER_NEW_VERSION_ID).size());
        assertThat(comparison.rows().get(0)).isInstanceOf(ComparisonRow.Folded.class);
        assertThat(((ComparisonRow.Folded) comparison.rows().get(0)).summary()).isEqualTo("1 message left · 1 right");
    }

    @Test
    void theSameFunctionWithDifferentArgumentsIsAPairWithItsChanges() {
        ComparedConversation left = conversation("a", call("c1", "book", "{\"party_size\":4,\"time\":\"19:00\"}"));
        ComparedConversation right = conversation("b", call("c9", "book", "{\"party_size\":6,\"time\":\"19:00\"}"));

        Comparison comparison = Comparisons.compare(left, right);

        ComparisonRow.AlignedCall pair = calls(comparison).get(0);
        assertThat(pair.kind()).isEqualTo(ComparisonRow.AlignedCall.Kind.DIFFERENT_ARGUMENTS);
        assertThat(pair.verdict()).isEqualTo("1 argument differs");
        assertThat(pair.changes()).extracting(ArgumentChange::line).containsExactly("party_size: 4 → 6");
        assertThat(comparison.differences()).containsExactly(1); // after the folded message before it
    }

    @Test
    void reorderedCallsAreMarkedAsMovedOnBothSides() {
        ComparedConversation left = conversation("a", call("1", "x", "{}"), call("2", "y", "{}"));
        ComparedConversation right = conversation("b", call("1", "y", "{}"), call("2", "x", "{}"));

        List<ComparisonRow.AlignedCall> calls = calls(Comparisons.compare(left, right));

        assertThat(calls)
                .extracting(ComparisonRow.AlignedCall::verdict)
                .containsExactly("Only left (moved)", "Same arguments", "Only right (moved)");
    }

    @Test
    void theChecksOfBothSidesAreCarriedAndADifferentVerdictIsADifference() {
        ComparedConversation left = new ComparedConversation(
                "a",
                "A",
                List.of(message(call("1", "book", "{\"n\":1}"))),
                new ToolCallChecks("Checked against A.", Map.of(0, List.of(check(ToolCallCheck.Status.OK)))));
        ComparedConversation right = new ComparedConversation(
                "b",
                "B",
                List.of(message(call("1", "book", "{\"n\":1}"))),
                new ToolCallChecks(
                        "Checked against B.", Map.of(0, List.of(check(ToolCallCheck.Status.SCHEMA_MISMATCH)))));

        Comparison comparison = Comparisons.compare(left, right);

        ComparisonRow.AlignedCall pair = calls(comparison).get(0);
        assertThat(pair.kind()).isEqualTo(ComparisonRow.AlignedCall.Kind.SAME);
        assertThat(pair.leftCheck().map(ToolCallCheck::status)).contains(ToolCallCheck.Status.OK);
        assertThat(pair.rightCheck().map(ToolCallCheck::status)).contains(ToolCallCheck.Status.SCHEMA_MISMATCH);
        assertThat(pair.checksDiffer()).isTrue();
        assertThat(pair.isDifference()).isTrue();
        assertThat(comparison.summary()).endsWith("· 1 check differs");
    }

    static ToolCallCheck check(ToolCallCheck.Status status) {
        return new ToolCallCheck(
                status,
                status.isProblem() ? List.of(new ToolCallCheck.Problem("/n", "n should be text.")) : List.of(),
                "",
                Optional.empty());
    }

    static ToolCall call(String id, String function, String arguments) {
        return new ToolCall(id, "function", function, arguments);
    }

    static Message message(ToolCall... calls) {
        return new Message(Role.ASSISTANT, null, List.of(calls), Instant.EPOCH, null, Map.of());
    }

    static ComparedConversation conversation(String id, ToolCall... calls) {
        List<Message> messages = new java.util.ArrayList<>();
        for (ToolCall call : calls) {
            messages.add(
                    new Message(Role.USER, "before " + call.functionName(), List.of(), Instant.EPOCH, null, Map.of()));
            messages.add(message(call));
        }
        return new ComparedConversation(id, "", messages, ToolCallChecks.NONE);
    }
}
