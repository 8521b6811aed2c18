package com.transcriptviewer.transcript.bubble;

/** Progress of pretty-printing one JSON text in the background. */
public enum FormatState {
    /** Nothing asked yet (formatting starts on first expand). */
    IDLE,
    /** Running on the background executor. */
    FORMATTING,
    /** Valid JSON, formatted result available. */
    DONE,
    /** Not valid JSON; the syntax error is available and the text is shown raw. */
    INVALID
}
