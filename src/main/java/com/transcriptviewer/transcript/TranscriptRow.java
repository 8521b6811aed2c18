package com.transcriptviewer.transcript;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;

/** One row of the transcript list: a message, or the status row at the end (loading, error with Retry, end). */
public sealed interface TranscriptRow {

    /** A message; {@code bubble} carries its per-message view state (expanded cards) across cell reuse. */
    record MessageRow(int index, Message message, MessageBubbleViewModel bubble) implements TranscriptRow {}

    record LoadingRow(String text) implements TranscriptRow {}

    record ErrorRow(String text) implements TranscriptRow {}

    record EndRow(String text) implements TranscriptRow {}
}
