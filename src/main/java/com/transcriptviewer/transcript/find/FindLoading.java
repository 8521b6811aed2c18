package com.transcriptviewer.transcript.find;

import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;

/**
 * The loading a search needs: find covers the whole conversation, so it asks the transcript for the pages not loaded
 * yet. Once the user cancels that, a new query does not ask again until they resume or open another conversation.
 * Closing the find bar stops the loading only if the search started it, not a loading of the rest asked for
 * elsewhere.
 */
final class FindLoading {

    private final TranscriptViewModel transcript;
    private boolean userStopped;
    private boolean started;

    FindLoading(TranscriptViewModel transcript) {
        this.transcript = transcript;
    }

    /** Asks the transcript for the rest of the conversation, unless the user stopped that or it is under way. */
    void ensure() {
        if (userStopped
                || transcript.loadingAllProperty().get()
                || transcript.stateProperty().get() == TranscriptState.COMPLETE) {
            return;
        }
        transcript.loadAll();
        started |= transcript.loadingAllProperty().get();
    }

    /** The user stopped loading: the search covers what is loaded until they resume. */
    void cancel() {
        userStopped = true;
        started = false;
        transcript.cancelLoadAll();
    }

    /** Loads the rest after a cancel, or tries the page that failed again. */
    void resume() {
        userStopped = false;
        if (failed()) {
            transcript.retry();
        } else {
            ensure();
        }
    }

    /** The find bar closed: stops the loading the search started, and forgets that the user had stopped it. */
    void close() {
        if (started && transcript.loadingAllProperty().get()) {
            transcript.cancelLoadAll();
        }
        reset();
    }

    /** Another conversation was opened: nothing of its loading was started or stopped by find yet. */
    void reset() {
        started = false;
        userStopped = false;
    }

    /** True when a page failed to load, so no more pages come until a retry. */
    boolean failed() {
        TranscriptState state = transcript.stateProperty().get();
        return state == TranscriptState.FAILED_MORE || state == TranscriptState.FAILED_FIRST;
    }

    /** True while more pages are on their way. */
    boolean pagesComing() {
        return transcript.loadingAllProperty().get() && !failed();
    }

    /** True while an open conversation is not loaded whole, so a search of it covers only part for now. */
    boolean incomplete() {
        TranscriptState state = transcript.stateProperty().get();
        return state != TranscriptState.COMPLETE
                && state != TranscriptState.EMPTY
                && !transcript.conversationIdProperty().get().isEmpty();
    }
}
