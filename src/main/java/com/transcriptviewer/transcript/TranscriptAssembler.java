package com.transcriptviewer.transcript;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.text.ToolResultPairing;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns messages, in order and page by page, into list rows: numbers them, remembers the first message's time for the
 * "+02:15" offsets, pairs each tool result with the call it answers, measures the silence before each message, and marks
 * a call whose id an earlier call already had (reviews tell such calls apart by their place).
 */
public final class TranscriptAssembler {

    private final BubbleContext context;
    private final ToolResultPairing pairing = ToolResultPairing.of(List.of());
    private Instant firstTime;
    private Instant previousTime;
    private int nextIndex;
    /** The call ids seen so far: a later call with one of them is told apart by its place, not its id. */
    private final Set<String> callIds = new HashSet<>();

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
        MessageBubbleViewModel bubble = new MessageBubbleViewModel(message, firstTime, answered, context, silence);
        List<ToolCallCardViewModel> cards = bubble.toolCards();
        for (ToolCallCardViewModel card : cards) {
            String id = card.callId();
            if (!id.isEmpty() && !callIds.add(id)) {
                card.markIdRepeated();
            }
        }
        return new TranscriptRow.MessageRow(nextIndex++, message, bubble);
    }

    public void reset() {
        pairing.clear();
        firstTime = null;
        previousTime = null;
        nextIndex = 0;
        callIds.clear();
    }
}
