package com.transcriptviewer.assistant;

/**
 * Says, in a sentence for the user, why an answer could not be read as an assistant (not a JSON object, tools that are
 * not a list, a tool without a type). Checked, because callers must decide what the user sees instead.
 */
public final class AssistantFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public AssistantFormatException(String sentence) {
        super(sentence);
    }
}
