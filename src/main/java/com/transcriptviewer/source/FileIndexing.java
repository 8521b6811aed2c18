package com.transcriptviewer.source;

import java.util.function.Consumer;

/**
 * The indexing of a transcript file going on in the background (see {@link FileTranscriptSource}): its progress, told
 * to listeners as it goes, and Cancel. Thread-safe.
 */
public interface FileIndexing {

    IndexProgress progress();

    /**
     * Calls {@code listener} with the progress every few thousand messages and once when the indexing is over, on
     * the indexer's thread: hand it on to where it is shown, and return quickly.
     */
    void addListener(Consumer<IndexProgress> listener);

    void removeListener(Consumer<IndexProgress> listener);

    /** Stops the indexing; the messages indexed so far can still be read. Nothing happens once it is over. */
    void cancel();
}
