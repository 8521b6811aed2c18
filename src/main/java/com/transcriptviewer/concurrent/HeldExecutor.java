package com.transcriptviewer.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Holds the tasks given to it until {@link #release()}, then hands them to the executor it wraps in the order they
 * came, and every later task at once. The window gives one to the features whose background work the first page need not wait for
 * (the checks' assistant, insights, the call's recording, the library's keeping): until the first page is on screen
 * they leave the cores to it. Safe from any thread.
 */
public final class HeldExecutor implements Executor {

    private final Executor delegate;
    private List<Runnable> held = new ArrayList<>();

    public HeldExecutor(Executor delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        synchronized (this) {
            if (held != null) {
                held.add(task);
                return;
            }
        }
        delegate.execute(task);
    }

    /** Hands the held tasks on, in the order they came, and lets every later one through; once. */
    public void release() {
        List<Runnable> tasks;
        synchronized (this) {
            if (held == null) {
                return;
            }
            tasks = held;
            held = null;
        }
        tasks.forEach(delegate::execute);
    }

    /** Whether tasks now go straight through. */
    public synchronized boolean isReleased() {
        return held == null;
    }
}
