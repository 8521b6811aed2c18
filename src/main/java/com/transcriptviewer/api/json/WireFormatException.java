package com.transcriptviewer.api.json;

import java.io.IOException;

/** A body that could not be read as the expected wire format; the message says what was wrong with it. */
public class WireFormatException extends IOException {

    public WireFormatException(String problem) {
        super(problem);
    }

    public WireFormatException(String problem, Throwable cause) {
        super(problem, cause);
    }
}
