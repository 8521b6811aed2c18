package com.transcriptviewer.testing;

import com.transcriptviewer.api.ActiveConnection;
import com.transcriptviewer.api.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * An {@link ActiveConnection} the test drives: ready at once, or later ({@link #connect}), failed, or replaced, all
 * on the test's thread.
 */
public final class SettableConnection implements ActiveConnection {

    private CompletableFuture<Connection> current = new CompletableFuture<>();
    private final List<Consumer<Connection>> listeners = new ArrayList<>();

    /** Ready with {@code connection} from the start. */
    public static SettableConnection of(Connection connection) {
        SettableConnection settable = new SettableConnection();
        settable.connect(connection);
        return settable;
    }

    /** Not ready until {@link #connect} or {@link #fail}. */
    public static SettableConnection pending() {
        return new SettableConnection();
    }

    public void connect(Connection connection) {
        current.complete(connection);
    }

    public void fail(Exception why) {
        current.completeExceptionally(why);
    }

    /** Settings changed the key or base URL: {@code fresh} is in use from now on and listeners hear of it. */
    public void replace(Connection fresh) {
        current = CompletableFuture.completedFuture(fresh);
        listeners.forEach(listener -> listener.accept(fresh));
    }

    @Override
    public CompletableFuture<Connection> ready() {
        return current;
    }

    @Override
    public void onReplaced(Consumer<Connection> listener) {
        listeners.add(listener);
    }
}
