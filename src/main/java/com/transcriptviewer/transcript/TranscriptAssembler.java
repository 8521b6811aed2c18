package com.transcriptviewer.transcript;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import java.time.Instant;
import java.util.Objects;

/**
 * Turns messages, in order and page by page, into list rows: numbers them, remembers the first message's time for the
 * "+02:15" offsets, and pairs each tool result with the call it answers.
 */
final class TranscriptAssembler {

    private final BubbleContext context;
    private final ToolResultPairing pairing = ToolResultPairing.of(java.util.List.of());
    private Instant firstTime;
    private int nextIndex;

    TranscriptAssembler(BubbleContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    TranscriptRow.MessageRow add(Message message) {
        if (firstTime == null) {
            firstTime = message.displayTime();
        }
        ToolCall answered = pairing.append(message).orElse(null);
        return new TranscriptRow.MessageRow(nextIndex++, message,
                new MessageBubbleViewModel(message, firstTime, answered, context));
    }

    void reset() {
        pairing.clear();
        firstTime = null;
        nextIndex = 0;
    }
}
