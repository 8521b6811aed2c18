package com.transcriptviewer.library;

import com.transcriptviewer.api.CancelToken;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the library fetches for itself in the background, beside what the user reads: the rest of a conversation
 * opened but not read to its end, a kept one's refresh, a transcript file's messages. One job at a time, on one
 * thread, the conversation opened last first; a job asks for its turn before each request and waits while the user's
 * own page requests are in flight (and a moment after), so it never holds up what the user is waiting for. Closing it
 * cancels the job running and drops those waiting.
 */
public final class BackgroundKeeping implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundKeeping.class.getName());

    /** How long after the user's last page request a job waits before its next one. */
    public static final Duration SETTLE = Duration.ofMillis(250);

    /** A job: a conversation's fetching and keeping, asking {@link #awaitTurn()} before each request. */
    @FunctionalInterface
    public interface Job {
        void run(BackgroundKeeping keeping) throws InterruptedException;
    }

    private record Queued(String key, Job job) {}

    private final Executor thread;
    private final Duration settle;
    private final CancelToken cancel = new CancelToken();
    private final LinkedBlockingDeque<Queued> jobs = new LinkedBlockingDeque<>();
    private final Set<String> queuedOrRunning = new HashSet<>();
    private final Object userLock = new Object();
    private int userRequests;
    private long userIdleSince = System.nanoTime();

    /**
     * @param thread runs the jobs, one at a time (a single thread of its own)
     * @param settle how long after the user's last page request a job waits before its next one
     */
    public BackgroundKeeping(Executor thread, Duration settle) {
        this.thread = Objects.requireNonNull(thread, "thread");
        this.settle = Objects.requireNonNull(settle, "settle");
    }

    /**
     * Runs {@code job} before those submitted earlier and not started yet; nothing when a job for {@code key} (a
     * conversation) is waiting or running.
     *
     * @return whether it was queued
     */
    public boolean submit(String key, Job job) {
        synchronized (queuedOrRunning) {
            if (cancel.isCancelled() || !queuedOrRunning.add(key)) {
                return false;
            }
        }
        jobs.addFirst(new Queued(key, job));
        thread.execute(this::runNewest);
        return true;
    }

    private void runNewest() {
        Queued next = jobs.pollFirst();
        if (next == null) {
            return;
        }
        try {
            if (!cancel.isCancelled()) {
                next.job().run(this);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keeping a conversation in the library failed", e);
        } finally {
            synchronized (queuedOrRunning) {
                queuedOrRunning.remove(next.key());
            }
        }
    }

    /** The user asked for a page: jobs wait until it (and every other) has come. */
    public void userRequestStarted() {
        synchronized (userLock) {
            userRequests++;
        }
    }

    public void userRequestEnded() {
        synchronized (userLock) {
            userRequests = Math.max(0, userRequests - 1);
            if (userRequests == 0) {
                userIdleSince = System.nanoTime();
            }
            userLock.notifyAll();
        }
    }

    /**
     * Waits until no page request of the user's is in flight and none has been for the settle time.
     *
     * @return false when the keeping was closed meanwhile (the job should stop)
     */
    public boolean awaitTurn() throws InterruptedException {
        synchronized (userLock) {
            while (!cancel.isCancelled()) {
                long waited = System.nanoTime() - userIdleSince;
                if (userRequests == 0 && waited >= settle.toNanos()) {
                    return true;
                }
                long millis = userRequests > 0 ? 50 : Math.max(1, (settle.toNanos() - waited) / 1_000_000);
                userLock.wait(millis);
            }
        }
        return false;
    }

    /** Cancelled when the keeping is closed: for the requests a job makes. */
    public CancelToken cancelToken() {
        return cancel;
    }

    public boolean isClosed() {
        return cancel.isCancelled();
    }

    @Override
    public void close() {
        cancel.cancel();
        jobs.clear();
        synchronized (userLock) {
            userLock.notifyAll();
        }
    }
}
