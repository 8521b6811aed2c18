package com.transcriptviewer.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cancels one piece of work: the HTTP call in flight (through a registered listener) and any retry wait, at once.
 * A token only ever goes from live to cancelled; listeners registered after that run immediately.
 */
public final class CancelToken {

    /** Undoes a {@link #onCancel(Runnable)} registration once the guarded work is over. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Object lock = new Object();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean cancelled;

    public void cancel() {
        List<Runnable> toRun;
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(listeners);
            listeners.clear();
            lock.notifyAll();
        }
        toRun.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /** Runs {@code action} when this token is cancelled (right away if it already is). */
    public Registration onCancel(Runnable action) {
        synchronized (lock) {
            if (!cancelled) {
                listeners.add(action);
                return () -> {
                    synchronized (lock) {
                        listeners.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> {};
    }

    /** A token that is cancelled when this one is, and can also be cancelled on its own. */
    public CancelToken child() {
        CancelToken child = new CancelToken();
        Registration link = onCancel(child::cancel);
        child.onCancel(link::close);
        return child;
    }

    /**
     * Waits up to {@code timeout} or until cancelled, whichever comes first.
     *
     * @return true when the token was cancelled
     */
    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        synchronized (lock) {
            while (!cancelled) {
                long remainingNanos = deadline - System.nanoTime();
                if (remainingNanos <= 0) {
                    return false;
                }
                lock.wait(remainingNanos / 1_000_000, (int) (remainingNanos % 1_000_000));
            }
            return true;
        }
    }

    @Override
    public String toString() {
        return "CancelToken[" + (isCancelled() ? "cancelled" : "live") + "]";
    }
}
