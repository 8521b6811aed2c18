package com.transcriptviewer.text;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Works out which tool call each {@code role: tool} message answers. The API does not link results to calls, so
 * the pairing is positional: a result answers the nearest preceding message that still has unanswered calls, and
 * within that message its first unanswered call (parallel calls are answered in the order they were made).
 *
 * <p>Incremental: {@link #append} takes each page as it arrives, and earlier answers never change. Not thread-safe;
 * owned by one transcript view-model.
 */
public final class ToolResultPairing {

    /** Calls of one message not answered yet, in call order. */
    private static final class OpenCalls {
        final Deque<ToolCall> calls;

        OpenCalls(Collection<ToolCall> calls) {
            this.calls = new ArrayDeque<>(calls);
        }
    }

    private final Deque<OpenCalls> open = new ArrayDeque<>();
    private final List<ToolCall> answers = new ArrayList<>();

    /** Pairs a whole list at once. */
    public static ToolResultPairing of(List<Message> messages) {
        ToolResultPairing pairing = new ToolResultPairing();
        pairing.append(messages);
        return pairing;
    }

    /** Adds the next messages (e.g. a newly loaded page) after those already seen. */
    public void append(List<Message> messages) {
        for (Message message : messages) {
            append(message);
        }
    }

    /** Adds one message; returns the call it answers when it is a tool result with a call to pair. */
    public Optional<ToolCall> append(Message message) {
        ToolCall answered = null;
        if (message.role().kind() == Role.Kind.TOOL) {
            answered = takeNearestOpenCall();
        }
        if (message.hasToolCalls()) {
            open.push(new OpenCalls(message.toolCalls()));
        }
        answers.add(answered);
        return Optional.ofNullable(answered);
    }

    /** The call the message at {@code index} answers; empty for non-tool messages and unpaired results. */
    public Optional<ToolCall> callAnsweredBy(int index) {
        if (index < 0 || index >= answers.size()) {
            throw new IndexOutOfBoundsException("message " + index + " of " + answers.size());
        }
        return Optional.ofNullable(answers.get(index));
    }

    /** Number of messages seen. */
    public int size() {
        return answers.size();
    }

    /** Forgets everything (a different conversation is shown). */
    public void clear() {
        open.clear();
        answers.clear();
    }

    private ToolCall takeNearestOpenCall() {
        while (!open.isEmpty()) {
            OpenCalls nearest = open.peek();
            ToolCall call = nearest.calls.pollFirst();
            if (nearest.calls.isEmpty()) {
                open.pop();
            }
            if (call != null) {
                return call;
            }
        }
        return null;
    }
}
