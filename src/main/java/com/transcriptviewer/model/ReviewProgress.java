package com.transcriptviewer.model;

/**
 * How far a reviewer has got with one conversation, for the browser list.
 *
 * @param reviewedCalls tool calls the reviewer has given a verdict
 * @param totalCalls    tool calls the conversation has, or -1 while that is not known (it is recorded once the
 *                      conversation has been loaded whole)
 * @param overall       the reviewer's overall verdict on the conversation, or null
 */
public record ReviewProgress(String conversationId, int reviewedCalls, int totalCalls, Verdict overall) {

    public boolean totalKnown() {
        return totalCalls >= 0;
    }
}
