package com.transcriptviewer.store;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a team store stands (reachable, how much waits, why not), changed by its sender and its reads, and the
 * listeners told of each change in the order of the changes on a thread of their own. Logs under the store's name.
 */
final class TeamStoreStatus {

    private static final Logger LOG = Logger.getLogger(TeamReviewStore.class.getName());

    private final TeamDatabase team;
    private final Object statusLock = new Object();
    private volatile StoreStatus status;
    private final List<Consumer<StoreStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier;

    TeamStoreStatus(TeamDatabase team, int pending) {
        this.team = team;
        this.status = new StoreStatus(StoreStatus.Mode.TEAM, false, pending, team.location(), "Not connected yet.");
        this.notifier = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "review-store-status");
            thread.setDaemon(true);
            return thread;
        });
    }

    StoreStatus get() {
        return status;
    }

    AutoCloseable onChange(Consumer<StoreStatus> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void setPending(int pending) {
        update(now -> new StoreStatus(now.mode(), now.reachable(), pending, now.location(), now.problem()));
    }

    void markReachable() {
        update(now -> new StoreStatus(now.mode(), true, now.pending(), now.location(), ""));
    }

    void markUnreachable(String problem, Throwable cause) {
        StoreStatus before = status;
        update(now -> new StoreStatus(now.mode(), false, now.pending(), now.location(), problem));
        if (before.reachable() || !before.problem().equals(problem)) {
            LOG.log(Level.WARNING, "Team server for reviews " + team.safeUrl() + ": " + problem, logged(cause));
        }
    }

    /** The server answered but did not take what was sent (or this computer's disk failed): said, and tried again. */
    void markRefused(String problem, Throwable cause) {
        StoreStatus before = status;
        update(now -> new StoreStatus(now.mode(), true, now.pending(), now.location(), problem));
        if (!before.problem().equals(problem)) {
            LOG.log(Level.WARNING, "Team server for reviews " + team.safeUrl() + ": " + problem, logged(cause));
        }
    }

    /** Changes the status and tells the listeners, in the order of the changes, on the notifier thread. */
    private void update(UnaryOperator<StoreStatus> change) {
        synchronized (statusLock) {
            StoreStatus before = status;
            StoreStatus after = change.apply(before);
            if (after.equals(before)) {
                return;
            }
            status = after;
            if (after.reachable() && !before.reachable()) {
                LOG.info("Team server for reviews " + team.safeUrl() + " reachable; " + after.pending() + " to send");
            }
            try {
                notifier.execute(() -> {
                    for (Consumer<StoreStatus> listener : listeners) {
                        try {
                            listener.accept(after);
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "A review store status listener failed", e);
                        }
                    }
                });
            } catch (RejectedExecutionException closing) {
                // Closed: nobody is listening any more.
            }
        }
    }

    /** The failure for the log: its class and message only, no stack trace of an expected network failure. */
    private static Throwable logged(Throwable cause) {
        return cause instanceof StoreException ? cause : null;
    }

    /** Changes after this tell nobody. */
    void close() {
        notifier.shutdown();
    }
}
