package com.transcriptviewer;

import com.transcriptviewer.api.ActiveConnection;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.concurrent.NewestRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one owner of the window's API connection and its life: made once the first frame is on screen (the
 * credential store and the demo server take a second of CPU that frame should not share), replaced when Settings
 * change the key or base URL (the newest change wins; a connection that lost is closed at once), closed with the
 * window. Everything that needs it sees it through {@link ActiveConnection}. Call on the FX side.
 */
final class ConnectionOwner implements ActiveConnection, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConnectionOwner.class.getName());

    private final Connector connector;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> notices;
    private final NewestRequest reconnects;
    private final List<Consumer<Connection>> listeners = new ArrayList<>();
    /** Completes on the FX side with the connection in use: the start-up one, or whichever replaced it first. */
    private final CompletableFuture<Connection> atStart = new CompletableFuture<>();
    /** The start-up connection as soon as it is made, on the thread that made it (see {@link #readyOffFx()}). */
    private final CompletableFuture<Connection> madeAtStart = new CompletableFuture<>();

    private CompletableFuture<Connection> current = atStart;
    private Connection inUse;
    private boolean closed;

    /**
     * @param fx      the FX side, where the connection is handed over and listeners are told
     * @param notices takes a sentence for the user when a connection could not be made
     */
    ConnectionOwner(Connector connector, Executor background, Executor fx, Consumer<String> notices) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.reconnects = new NewestRequest(fx);
    }

    @Override
    public CompletableFuture<Connection> ready() {
        return current;
    }

    @Override
    public CompletableFuture<Connection> readyOffFx() {
        return current == atStart ? madeAtStart : current;
    }

    @Override
    public void onReplaced(Consumer<Connection> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Makes the start-up connection in the background: the demo server when {@code demo} or no key is set. */
    void connectAtStart(boolean demo, String baseUrl) {
        background.execute(() -> {
            try {
                Connection made = connector.connect(demo, baseUrl);
                madeAtStart.complete(made);
                fx.execute(() -> startedWith(made));
            } catch (IOException | RuntimeException e) {
                madeAtStart.completeExceptionally(e);
                fx.execute(() -> startFailed(e));
            }
        });
    }

    private void startedWith(Connection made) {
        if (closed) {
            made.close();
            return;
        }
        if (inUse != null) {
            // Settings reconnected while this one was being made: the newer one stays.
            background.execute(made::close);
            return;
        }
        inUse = made;
        atStart.complete(made);
    }

    private void startFailed(Exception e) {
        if (closed || inUse != null) {
            return;
        }
        LOG.log(Level.WARNING, "Could not connect at start: " + e.getClass().getSimpleName());
        notices.accept("The viewer could not set up its connection ("
                + e.getClass().getSimpleName() + "). Check Settings, then restart.");
        atStart.completeExceptionally(e);
    }

    /**
     * Replaces the connection after the key or base URL changed: made in the background, then handed to everyone
     * who listens, and the old one closed. When it cannot be made, the old one stays and the user is told.
     */
    void reconnect(String baseUrl) {
        NewestRequest.Ticket ticket = reconnects.next();
        background.execute(() -> {
            Connection fresh;
            try {
                fresh = connector.connect(false, baseUrl);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not reconnect: " + e.getClass().getSimpleName());
                ticket.apply(() -> notices.accept("Could not connect with the new settings ("
                        + e.getClass().getSimpleName() + ")"
                        + (inUse != null ? "; still using " + inUse.label() + "." : ".")));
                return;
            }
            fx.execute(() -> {
                if (!ticket.isNewest() || closed) {
                    background.execute(fresh::close);
                } else {
                    replaceWith(fresh);
                }
            });
        });
    }

    private void replaceWith(Connection fresh) {
        Connection old = inUse;
        inUse = fresh;
        current = CompletableFuture.completedFuture(fresh);
        // Whatever still waits for the start-up connection gets this one.
        atStart.complete(fresh);
        madeAtStart.complete(fresh);
        listeners.forEach(listener -> listener.accept(fresh));
        if (old != null) {
            background.execute(old::close);
        }
    }

    @Override
    public void close() {
        closed = true;
        reconnects.dropAll();
        if (inUse != null) {
            inUse.close();
        }
    }
}
