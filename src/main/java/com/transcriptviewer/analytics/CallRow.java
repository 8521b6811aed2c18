package com.transcriptviewer.analytics;

import java.time.Instant;

/**
 * A kept tool call behind a figure: where it is (conversation and message index, to open the transcript there), what
 * it called, when, and what the analytics counted it as.
 *
 * @param latencyMs -1 without a timed result
 */
public record CallRow(
        String conversationId,
        String conversationName,
        int messageIndex,
        String callId,
        String function,
        Instant calledAt,
        long latencyMs,
        boolean problem,
        boolean answered,
        boolean error) {}
