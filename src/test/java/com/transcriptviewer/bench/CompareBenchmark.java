package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.compare.ComparedConversation;
import com.transcriptviewer.compare.Comparison;
import com.transcriptviewer.compare.Comparisons;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Comparing two 10,000-message conversations: the demo's stress conversation (3,000 tool calls) against a second
 * version of it made here, where every 40th call message drops its last call, every 25th call has an argument
 * changed, and every 500th message adds a transfer; and, as the hard case for the alignment, against the same
 * conversation with its calls in reverse order (little in common, so the longest common subsequence does its most
 * work). The figure is the whole comparison: alignment, every pair's argument diff and the folding. Prints the
 * median of several rounds after a warm-up.
 */
@Tag("bench")
class CompareBenchmark {

    private static final int ROUNDS = 9;

    @Test
    void alignTwoTenThousandMessageConversations() {
        List<Message> left = DemoData.generate().messages(DemoData.STRESS_TEST_ID);
        assertThat(left).hasSize(10_000);
        ComparedConversation a = new ComparedConversation("left", "Left", left, ToolCallChecks.NONE);
        ComparedConversation edited = new ComparedConversation("edited", "Edited", edited(left), ToolCallChecks.NONE);
        ComparedConversation reversed =
                new ComparedConversation("reversed", "Reversed", reversedCalls(left), ToolCallChecks.NONE);

        Comparison comparison = Comparisons.compare(a, edited);
        assertThat(comparison.aligned()).isGreaterThan(2_800);
        assertThat(comparison.onlyLeft()).isGreaterThan(0);
        assertThat(comparison.onlyRight()).isEqualTo(20);
        assertThat(comparison.differentArguments()).isGreaterThan(100);
        System.out.println("compare: " + comparison.summary());

        Bench.report("compare_10000_messages_edited", median(a, edited), "ms");
        Bench.report("compare_10000_messages_reordered", median(a, reversed), "ms");
    }

    private static double median(ComparedConversation a, ComparedConversation b) {
        for (int warm = 0; warm < 3; warm++) {
            Comparisons.compare(a, b);
        }
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            Comparison done = Comparisons.compare(a, b);
            times.add((System.nanoTime() - start) / 1e6);
            assertThat(done.rows()).isNotEmpty();
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /** The second version: calls dropped, arguments changed, transfers added; still 10,000 messages. */
    private static List<Message> edited(List<Message> messages) {
        List<Message> out = new ArrayList<>(messages.size());
        int callMessages = 0;
        int calls = 0;
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (i % 500 == 250) {
                message = with(
                        message,
                        List.of(new ToolCall(
                                "call_t" + i, "function", "transfer", "{\"targets\":[{\"to\":\"+13125550123\"}]}")));
            } else if (message.hasToolCalls()) {
                callMessages++;
                List<ToolCall> changed = new ArrayList<>();
                for (ToolCall call : message.toolCalls()) {
                    calls++;
                    String arguments = calls % 25 == 0
                            ? call.arguments()
                                    .replace("\"turn\":", "\"turn_number\":")
                                    .replace("}", ",\"v\":2}")
                            : call.arguments();
                    changed.add(new ToolCall(call.id(), call.type(), call.functionName(), arguments));
                }
                if (callMessages % 40 == 0 && changed.size() > 1) {
                    changed.remove(changed.size() - 1);
                }
                message = with(message, changed);
            }
            out.add(message);
        }
        return out;
    }

    /** The same messages, with the calls handed out in reverse order. */
    private static List<Message> reversedCalls(List<Message> messages) {
        List<ToolCall> all = new ArrayList<>();
        messages.forEach(m -> all.addAll(m.toolCalls()));
        Collections.reverse(all);
        List<Message> out = new ArrayList<>(messages.size());
        int next = 0;
        for (Message message : messages) {
            if (message.hasToolCalls()) {
                int n = message.toolCalls().size();
                out.add(with(message, all.subList(next, next + n)));
                next += n;
            } else {
                out.add(message);
            }
        }
        return out;
    }

    private static Message with(Message message, List<ToolCall> calls) {
        return new Message(
                message.role(), message.text(), calls, message.createdAt(), message.sentAt(), message.metadata());
    }
}
