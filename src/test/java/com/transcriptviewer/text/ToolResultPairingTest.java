package com.transcriptviewer.text;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolResultPairingTest {

    private final ToolCall a = call("call_a", "check_availability", "{}");
    private final ToolCall b = call("call_b", "send_message", "{}");
    private final ToolCall c = call("call_c", "transfer", "{}");

    @Test
    void parallelCallsAreAnsweredInCallOrder() {
        ToolResultPairing pairing = ToolResultPairing.of(List.of(
                message(Role.ASSISTANT, null, 0, a, b), message(Role.TOOL, "r1", 1), message(Role.TOOL, "r2", 2)));
        assertThat(pairing.callAnsweredBy(0)).isEmpty();
        assertThat(pairing.callAnsweredBy(1)).contains(a);
        assertThat(pairing.callAnsweredBy(2)).contains(b);
    }

    @Test
    void aResultAnswersTheNearestPrecedingMessageWithOpenCalls() {
        ToolResultPairing pairing = ToolResultPairing.of(List.of(
                message(Role.ASSISTANT, null, 0, a),
                message(Role.ASSISTANT, null, 1, c),
                message(Role.TOOL, "for c", 2),
                message(Role.TOOL, "for a", 3)));
        assertThat(pairing.callAnsweredBy(2)).contains(c);
        assertThat(pairing.callAnsweredBy(3)).contains(a);
    }

    @Test
    void surplusResultsStayUnpaired() {
        ToolResultPairing pairing = ToolResultPairing.of(List.of(
                message(Role.TOOL, "orphan", 0),
                message(Role.ASSISTANT, null, 1, a),
                message(Role.TOOL, "for a", 2),
                message(Role.TOOL, "extra", 3)));
        assertThat(pairing.callAnsweredBy(0)).isEmpty();
        assertThat(pairing.callAnsweredBy(2)).contains(a);
        assertThat(pairing.callAnsweredBy(3)).isEmpty();
    }

    @Test
    void pagesAppendIncrementallyWithTheSameResultAsAllAtOnce() {
        var page1 = List.of(
                message(Role.USER, "hi", 0), message(Role.ASSISTANT, null, 1, a, b), message(Role.TOOL, "r1", 2));
        var page2 =
                List.of(message(Role.TOOL, "r2", 3), message(Role.ASSISTANT, null, 4, c), message(Role.TOOL, "r3", 5));
        ToolResultPairing incremental = new ToolResultPairing();
        incremental.append(page1);
        assertThat(incremental.callAnsweredBy(2)).contains(a);
        incremental.append(page2);
        assertThat(incremental.size()).isEqualTo(6);
        assertThat(incremental.callAnsweredBy(3)).contains(b);
        assertThat(incremental.callAnsweredBy(5)).contains(c);
        assertThat(incremental.callAnsweredBy(2)).contains(a);
    }

    @Test
    void clearForgetsOpenCallsAndIndexIsChecked() {
        ToolResultPairing pairing = ToolResultPairing.of(List.of(message(Role.ASSISTANT, null, 0, a)));
        pairing.clear();
        assertThat(pairing.append(message(Role.TOOL, "r", 1))).isEmpty();
        assertThatThrownBy(() -> pairing.callAnsweredBy(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
