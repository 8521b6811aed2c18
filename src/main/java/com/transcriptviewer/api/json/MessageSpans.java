package com.transcriptviewer.api.json;

/** Told where each message object of a transcript lies, as {@link WireFormat#scanMessages} finds them. */
@FunctionalInterface
public interface MessageSpans {

    /**
     * Message number {@code index} (from 0) is the bytes {@code [from, to)} of the stream.
     *
     * @return false to stop reading here
     */
    boolean found(int index, long from, long to);
}
