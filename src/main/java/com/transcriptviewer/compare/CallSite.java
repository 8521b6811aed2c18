package com.transcriptviewer.compare;

import com.transcriptviewer.model.ToolCall;
import java.util.Objects;

/**
 * One tool call of a conversation and where it sits: the message that made it ({@code messageIndex}, from 0) and its
 * place among that message's calls ({@code callIndex}), which is how the definition checks are keyed.
 */
public record CallSite(int messageIndex, int callIndex, ToolCall call) {

    public CallSite {
        Objects.requireNonNull(call, "call");
    }

    public String functionName() {
        return call.functionName();
    }
}
