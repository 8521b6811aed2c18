package com.transcriptviewer.assistant;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks every tool call of a conversation against one resolution, by message and call position. */
public final class ConversationChecks {

    private ConversationChecks() {}

    /** The checks of the calls of {@code messages}, the first of which is message {@code firstIndex}. */
    public static ToolCallChecks check(
            List<Message> messages, int firstIndex, Resolution resolution, ToolCallChecker checker) {
        Map<Integer, List<ToolCallCheck>> byMessage = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (message.hasToolCalls()) {
                byMessage.put(firstIndex + i, checkCalls(message, resolution, checker));
            }
        }
        return new ToolCallChecks(resolution.basis(), byMessage);
    }

    /** The checks of one message's calls, in the order it made them. */
    public static List<ToolCallCheck> checkCalls(Message message, Resolution resolution, ToolCallChecker checker) {
        List<ToolCallCheck> checks = new ArrayList<>(message.toolCalls().size());
        for (ToolCall call : message.toolCalls()) {
            checks.add(resolution.check(call, checker));
        }
        return checks;
    }
}
