package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A team store's sender: one thread that sends the outbox to the server strictly in order, each item in one server
 * transaction, and deletes its outbox row only then. While the server cannot be reached it tries again after a wait
 * that doubles up to a cap; a save wakes it when it is idle, closing ends it.
 */
final class OutboxSender {

    private final LocalDatabase local;
    private final TeamDatabase team;
    private final TeamOptions options;
    private final TeamStoreStatus status;

    private final ReentrantLock wakeLock = new ReentrantLock();
    private final Condition wakeUp = wakeLock.newCondition();
    private boolean wakeRequested;
    private volatile Connection sendConnection;
    private final Thread sender;
    private volatile boolean closed;

    OutboxSender(LocalDatabase local, TeamDatabase team, TeamOptions options, TeamStoreStatus status) {
        this.local = local;
        this.team = team;
        this.options = options;
        this.status = status;
        this.sender = new Thread(this::sendLoop, "review-outbox-sender");
        this.sender.setDaemon(true);
    }

    /** Tries the server once (connecting and migrating its tables), then starts sending. */
    void start() {
        connect();
        sender.start();
    }

    /** Connects the sender's connection and brings the server's tables up to date; false when that failed. */
    private boolean connect() {
        try {
            Connection connection = team.connect();
            try {
                team.migrate(connection);
                connection.setAutoCommit(false);
            } catch (SQLException | RuntimeException e) {
                TeamReviewStore.closeQuietly(connection);
                throw e;
            }
            sendConnection = connection;
            if (!status.get().reachable()) {
                status.markReachable();
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            if (!closed) {
                status.markUnreachable(team.problem(e), e);
            }
            return false;
        }
    }

    private void sendLoop() {
        long delay = options.firstRetry().toMillis();
        boolean healthy = sendConnection != null;
        while (!closed) {
            if (healthy && !status.get().reachable()) {
                // A read found the server gone: check with a connection of our own before saying it is back.
                TeamReviewStore.closeQuietly(sendConnection);
                sendConnection = null;
                healthy = connect();
            }
            if (healthy) {
                healthy = drain();
                if (healthy) {
                    delay = options.firstRetry().toMillis();
                    awaitWake();
                }
            } else {
                sleep(delay);
                delay = Math.min(delay * 2, options.maxRetry().toMillis());
                healthy = !closed && (sendConnection != null || connect());
            }
        }
        TeamReviewStore.closeQuietly(sendConnection);
        sendConnection = null;
    }

    /** Sends everything in the outbox, oldest first; false when the server or the disk failed on the way. */
    private boolean drain() {
        boolean fresh = false;
        while (!closed) {
            OutboxSql.Outgoing next;
            try {
                next = local.read("Couldn't read the outbox", OutboxSql::next);
            } catch (StoreException e) {
                status.markRefused(e.getMessage(), e);
                return false;
            }
            if (next == null) {
                return true;
            }
            try {
                push(next);
            } catch (SQLException | StoreException | RuntimeException e) {
                TeamReviewStore.closeQuietly(sendConnection);
                sendConnection = null;
                if (closed) {
                    return false;
                }
                if (!fresh && TeamDatabase.unreachable(e)) {
                    // Perhaps the connection was older than the server's last restart: a fresh one gets the same item
                    // (and when none can be made, connecting has said why).
                    fresh = true;
                    if (connect()) {
                        continue;
                    }
                    return false;
                }
                if (TeamDatabase.unreachable(e)) {
                    status.markUnreachable(team.problem(e), e);
                } else {
                    // Refused (a permission, a constraint): it stays first in the outbox, so the order still holds.
                    status.markRefused(e instanceof StoreException ? e.getMessage() : team.problem(e), e);
                }
                return false;
            }
            try {
                local.write(
                        "Couldn't clear the outbox",
                        connection -> {
                            OutboxSql.sent(connection, next.seq());
                            return OutboxSql.pendingCount(connection);
                        },
                        status::setPending);
            } catch (StoreException e) {
                status.markRefused(e.getMessage(), e);
                return false;
            }
            status.markReachable();
        }
        return false;
    }

    /** Sends one outbox item in one server transaction. */
    private void push(OutboxSql.Outgoing next) throws SQLException, StoreException {
        Connection connection = sendConnection;
        try {
            if (next.kind().equals(OutboxSql.ENTRY_KIND)) {
                ReviewEntry entry = local.read("Couldn't read the outbox", c -> ReviewSql.entry(c, next.ref()));
                if (entry != null) {
                    ReviewSql.insert(connection, entry);
                }
            } else if (next.kind().equals(OutboxSql.COUNT_KIND)) {
                Integer toolCalls = local.read(
                                "Couldn't read the outbox", c -> ReviewSql.toolCalls(c, List.of(next.ref())))
                        .get(next.ref());
                if (toolCalls != null) {
                    ReviewSql.recordToolCalls(connection, next.ref(), toolCalls, ReviewSql.micros(Instant.now()));
                }
            }
            connection.commit();
        } catch (SQLException | StoreException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // The connection is dropped next anyway.
            }
            throw e;
        }
    }

    void wake() {
        wakeLock.lock();
        try {
            wakeRequested = true;
            wakeUp.signalAll();
        } finally {
            wakeLock.unlock();
        }
    }

    private void awaitWake() {
        wakeLock.lock();
        try {
            while (!wakeRequested && !closed) {
                wakeUp.awaitUninterruptibly();
            }
            wakeRequested = false;
        } finally {
            wakeLock.unlock();
        }
    }

    /** Waits before trying the server again; saves meanwhile do not cut it short, closing does. */
    private void sleep(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        wakeLock.lock();
        try {
            long left;
            while (!closed && (left = deadline - System.nanoTime()) > 0) {
                wakeUp.awaitNanos(left);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            wakeLock.unlock();
        }
    }

    /** Stops sending; what is not sent yet stays in the outbox. */
    void close() {
        closed = true;
        wake();
        try {
            sender.join(500);
            if (sender.isAlive()) {
                // Blocked on the server: cutting its connection ends the wait; the item stays in the outbox.
                TeamReviewStore.closeQuietly(sendConnection);
                sender.join(TimeUnit.SECONDS.toMillis(options.socketTimeoutSeconds() + 1L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
