package com.transcriptviewer.api;

import java.time.Duration;

/** Waits between retries. Injected so tests take no real time and can record the waits asked for. */
@FunctionalInterface
public interface Sleeper {

    /** Waits for {@code duration}, returning early when {@code cancel} is cancelled. */
    void sleep(Duration duration, CancelToken cancel) throws InterruptedException;

    /** The real sleeper: waits on the token, so cancelling ends the wait at once. */
    static Sleeper onCancelToken() {
        return (duration, cancel) -> cancel.await(duration);
    }
}
