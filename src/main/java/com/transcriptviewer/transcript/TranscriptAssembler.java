package com.transcriptviewer.transcript;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.text.ToolResultPairing;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Turns messages, in order and page by page, into list rows: numbers them, remembers the first message's time for the
 * "+02:15" offsets, pairs each tool result with the call it answers, and measures the silence before each message.
 */
public final class TranscriptAssembler {

    private final BubbleContext context;
    private final ToolResultPairing pairing = ToolResultPairing.of(List.of());
    private Instant firstTime;
    private Instant previousTime;
    private int nextIndex;

    public TranscriptAssembler(BubbleContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    public TranscriptRow.MessageRow add(Message message) {
        if (firstTime == null) {
            firstTime = message.displayTime();
        }
        ToolCall answered = pairing.append(message).orElse(null);
        Duration silence =
                SilenceGap.between(previousTime, message.displayTime()).orElse(null);
        previousTime = message.displayTime();
        return new TranscriptRow.MessageRow(
                nextIndex++, message, new MessageBubbleViewModel(message, firstTime, answered, context, silence));
    }

    public void reset() {
        pairing.clear();
        firstTime = null;
        previousTime = null;
        nextIndex = 0;
    }
}
