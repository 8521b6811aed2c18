package com.transcriptviewer.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The API connection the app talks through, for everything that needs it. It is set up after the window's first
 * frame, so it may not be ready when a conversation is opened: work chains on {@link #ready()} and starts the moment
 * it completes, never waiting in a loop. Settings may replace it; {@link #onReplaced} hears of each replacement.
 * Both complete and notify on the FX side ({@link #readyOffFx()} excepted).
 */
public interface ActiveConnection {

    /** The connection in use: completes once it is set up, fails when it could not be. */
    CompletableFuture<Connection> ready();

    /**
     * The same connection as {@link #ready()}, completing on whichever thread made it, before the FX side has taken
     * it over: for work that runs off the FX thread anyway (a conversation's page requests), which need not wait for a
     * busy FX thread to hand the connection on.
     */
    default CompletableFuture<Connection> readyOffFx() {
        return ready();
    }

    /** Called with each connection that replaces the one in use (after the key or base URL changed). */
    void onReplaced(Consumer<Connection> listener);
}
