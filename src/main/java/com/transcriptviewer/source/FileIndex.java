package com.transcriptviewer.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where each message of a transcript file lies (its first byte and its length), filled in by the {@link FileIndexer}
 * as it reads the file, with the futures of page requests waiting for messages not indexed yet. About twelve bytes a
 * message. Thread-safe: the indexer adds, any thread reads what is indexed so far.
 */
final class FileIndex implements FileIndexing {

    /** Listeners hear of the progress after every this many messages, and once at the end. */
    static final int DEFAULT_REPORT_EVERY = 2_000;

    private final int reportEvery;
    private final List<Consumer<IndexProgress>> listeners = new CopyOnWriteArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();

    private long[] starts = new long[1024];
    private int[] lengths = new int[1024];
    private int count;
    private long bytesRead;
    private long fileSize = -1;
    private IndexProgress.Phase phase = IndexProgress.Phase.INDEXING;
    private String problem = "";
    private volatile boolean cancelRequested;

    /** A page request waiting until {@code needed} messages are indexed, or the indexing is over. */
    private record Waiter(int needed, CompletableFuture<Void> ready) {}

    FileIndex(int reportEvery) {
        this.reportEvery = Math.max(1, reportEvery);
    }

    // ---- the indexer's side ----------------------------------------------------------------------------------------

    synchronized void started(long size) {
        fileSize = size;
    }

    /** The next message lies at bytes {@code [from, to)}. */
    void add(long from, long to) {
        List<CompletableFuture<Void>> ready;
        boolean report;
        synchronized (this) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            starts[count] = from;
            lengths[count] = (int) (to - from);
            count++;
            bytesRead = to;
            ready = readyWaiters();
            report = count % reportEvery == 0;
        }
        ready.forEach(future -> future.complete(null));
        if (report) {
            tell(progress());
        }
    }

    /** The indexing is over: done, failed with {@code why}, or cancelled. */
    void finish(IndexProgress.Phase end, String why) {
        List<CompletableFuture<Void>> ready;
        synchronized (this) {
            phase = end;
            problem = why == null ? "" : why;
            if (end == IndexProgress.Phase.DONE) {
                bytesRead = Math.max(bytesRead, fileSize);
            }
            ready = waiters.stream().map(Waiter::ready).toList();
            waiters.clear();
        }
        // Listeners first: whoever waited for the end finds them told.
        tell(progress());
        ready.forEach(future -> future.complete(null));
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** The waiters whose messages are all indexed now, taken off the list; called under the lock. */
    private List<CompletableFuture<Void>> readyWaiters() {
        if (waiters.isEmpty()) {
            return List.of();
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        waiters.removeIf(waiter -> {
            if (waiter.needed() <= count) {
                ready.add(waiter.ready());
                return true;
            }
            return false;
        });
        return ready;
    }

    private void tell(IndexProgress progress) {
        for (Consumer<IndexProgress> listener : listeners) {
            listener.accept(progress);
        }
    }

    // ---- the readers' side -----------------------------------------------------------------------------------------

    /** Completes once {@code needed} messages are indexed or the indexing is over, whichever comes first. */
    synchronized CompletableFuture<Void> whenIndexed(int needed) {
        if (needed <= count || phase != IndexProgress.Phase.INDEXING) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        waiters.add(new Waiter(needed, ready));
        return ready;
    }

    /** The places of messages {@code [from, to)}, which must be indexed: starts, then lengths. */
    synchronized Spans spans(int from, int to) {
        if (to > count) {
            throw new IllegalArgumentException("messages up to " + to + " asked for, " + count + " indexed");
        }
        return new Spans(Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(lengths, from, to));
    }

    /** Where some consecutive messages lie. */
    record Spans(long[] starts, int[] lengths) {}

    @Override
    public synchronized IndexProgress progress() {
        return new IndexProgress(count, bytesRead, fileSize, phase, problem);
    }

    @Override
    public void addListener(Consumer<IndexProgress> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<IndexProgress> listener) {
        listeners.remove(listener);
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }
}
