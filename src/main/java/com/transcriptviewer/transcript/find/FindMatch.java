package com.transcriptviewer.transcript.find;

/**
 * One occurrence of the query in a conversation.
 *
 * @param messageIndex the message's position in the conversation, from 0
 * @param where        which of the message's texts holds it
 * @param callIndex    for a function name or arguments, which tool call of the message; -1 for the message text
 * @param start        offset into that text (the raw arguments, as the API sent them), inclusive
 * @param end          offset into that text, exclusive
 */
public record FindMatch(int messageIndex, Where where, int callIndex, int start, int end) {

    /** The searched texts of a message, in the order the bubble shows them. */
    public enum Where {
        TEXT,
        FUNCTION_NAME,
        ARGUMENTS
    }
}
