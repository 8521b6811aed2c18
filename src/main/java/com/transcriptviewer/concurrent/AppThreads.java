package com.transcriptviewer.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's own threads, made and stopped in one place: the background pool that runs requests, formatting and
 * search for every view-model and headless command, single-thread writers for work that must land in order, and
 * named one-off threads. All are daemons, so a window closed mid-request never keeps the process alive.
 */
public final class AppThreads implements AutoCloseable {

    /**
     * Enough for a conversation's pages in flight (4 at a time) with room beside them for formatting, search and
     * the conversation list, on a machine of two cores: most of these threads wait on the network.
     */
    private static final int BACKGROUND_THREADS = 6;

    private final ExecutorService background =
            Executors.newFixedThreadPool(BACKGROUND_THREADS, daemonThreads("background"));
    private final List<ExecutorService> writers = new ArrayList<>();

    /** Runs requests and heavy work off the FX thread. */
    public ExecutorService background() {
        return background;
    }

    /** A single thread, so what it is given lands in the order it was given (settings writes); closed with the app. */
    public synchronized ExecutorService writer(String name) {
        ExecutorService writer = Executors.newSingleThreadExecutor(daemonThreads(name));
        writers.add(writer);
        return writer;
    }

    /** Starts {@code work} on a new daemon thread named {@code tv-<name>-<n>}, at a lower priority if asked. */
    public static Thread start(String name, Runnable work, boolean lowPriority) {
        Thread thread = daemonThreads(name).newThread(work);
        if (lowPriority) {
            thread.setPriority(Thread.NORM_PRIORITY - 1);
        }
        thread.start();
        return thread;
    }

    /** Daemon threads named {@code tv-<name>-<n>}. */
    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tv-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops the background work at once; writers finish what they were given (up to two seconds). */
    @Override
    public synchronized void close() {
        background.shutdownNow();
        for (ExecutorService writer : writers) {
            writer.shutdown();
        }
        try {
            for (ExecutorService writer : writers) {
                writer.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
