package com.transcriptviewer.testing;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.StoreStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A review store in memory that keeps the contract of {@link ReviewStore} (an entry saved twice is stored once, the
 * latest entry of each reviewer per item, history oldest first, progress and labels), for view-model tests that need
 * what a database cannot easily do on demand: a save that fails, a save held back until the test lets it through, and
 * a team server that cannot be reached. Thread-safe.
 */
public final class MemoryReviewStore implements ReviewStore {

    private final List<ReviewEntry> entries = new ArrayList<>();
    private final Map<String, Integer> toolCallCounts = new LinkedHashMap<>();
    private final List<Consumer<StoreStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private StoreStatus status = StoreStatus.local("this computer");
    private StoreException failSaves;
    private StoreException failReads;
    private CompletableFuture<Void> saveGate = CompletableFuture.completedFuture(null);
    private boolean closed;

    // ---- what the tests set --------------------------------------------------------------------------------------

    /** Every save from now on fails with {@code message} (null: saves work again). */
    public synchronized MemoryReviewStore failSaves(String message) {
        failSaves = message == null ? null : new StoreException(message);
        return this;
    }

    /** Every read from now on fails with {@code message} (null: reads work again). */
    public synchronized MemoryReviewStore failReads(String message) {
        failReads = message == null ? null : new StoreException(message);
        return this;
    }

    /** Saves wait from now on until {@link #releaseSaves()}. */
    public synchronized MemoryReviewStore holdSaves() {
        saveGate = new CompletableFuture<>();
        return this;
    }

    public void releaseSaves() {
        CompletableFuture<Void> gate;
        synchronized (this) {
            gate = saveGate;
        }
        gate.complete(null);
    }

    /**
     * Verdicts go to a team server from now on, which cannot be reached: they are kept here (counted as pending)
     * and the status says why.
     */
    public MemoryReviewStore teamServerUnreachable(String problem) {
        StoreStatus now;
        synchronized (this) {
            status = new StoreStatus(
                    StoreStatus.Mode.TEAM, false, status.pending(), "db.example.test:5432/reviews", problem);
            now = status;
        }
        listeners.forEach(listener -> listener.accept(now));
        return this;
    }

    /** The team server can be reached again: everything pending is sent. */
    public MemoryReviewStore teamServerBack() {
        StoreStatus now;
        synchronized (this) {
            status = new StoreStatus(StoreStatus.Mode.TEAM, true, 0, "db.example.test:5432/reviews", "");
            now = status;
        }
        listeners.forEach(listener -> listener.accept(now));
        return this;
    }

    /** Stores {@code entry} as if saved earlier (by anyone), without counting as a call. */
    public synchronized MemoryReviewStore add(ReviewEntry entry) {
        if (entries.stream().noneMatch(e -> e.eventId().equals(entry.eventId()))) {
            entries.add(entry);
        }
        return this;
    }

    /** Every entry stored, in the order saved. */
    public synchronized List<ReviewEntry> all() {
        return List.copyOf(entries);
    }

    /** The methods called so far ("save", "latest", "progress", ...), in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized Integer toolCallCount(String conversationId) {
        return toolCallCounts.get(conversationId);
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    // ---- the store -----------------------------------------------------------------------------------------------

    @Override
    public void save(ReviewEntry entry) throws StoreException {
        calls.add("save");
        CompletableFuture<Void> gate;
        synchronized (this) {
            gate = saveGate;
        }
        try {
            gate.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StoreException("The test never let the save through.", e);
        }
        StoreStatus now = null;
        synchronized (this) {
            if (failSaves != null) {
                throw failSaves;
            }
            if (entries.stream().noneMatch(e -> e.eventId().equals(entry.eventId()))) {
                entries.add(entry);
                if (status.mode() == StoreStatus.Mode.TEAM && !status.reachable()) {
                    status = new StoreStatus(
                            status.mode(), false, status.pending() + 1, status.location(), status.problem());
                    now = status;
                }
            }
        }
        if (now != null) {
            StoreStatus changed = now;
            listeners.forEach(listener -> listener.accept(changed));
        }
    }

    @Override
    public synchronized List<ReviewEntry> latest(String conversationId) throws StoreException {
        calls.add("latest");
        readable();
        return latestOf(conversationId);
    }

    private List<ReviewEntry> latestOf(String conversationId) {
        Map<String, ReviewEntry> latest = new LinkedHashMap<>();
        for (ReviewEntry entry : ordered()) {
            if (entry.item().conversationId().equals(conversationId)) {
                latest.put(entry.item().key() + "\u0000" + entry.reviewer(), entry);
            }
        }
        return List.copyOf(latest.values());
    }

    @Override
    public synchronized List<ReviewEntry> history(String conversationId, String itemKey) throws StoreException {
        calls.add("history");
        readable();
        return ordered().stream()
                .filter(e -> e.item().conversationId().equals(conversationId)
                        && e.item().key().equals(itemKey))
                .toList();
    }

    @Override
    public synchronized void recordToolCallCount(String conversationId, int toolCalls) throws StoreException {
        calls.add("recordToolCallCount");
        toolCallCounts.put(conversationId, toolCalls);
    }

    @Override
    public synchronized Map<String, ReviewProgress> progress(Collection<String> conversationIds, String reviewer)
            throws StoreException {
        calls.add("progress");
        readable();
        Map<String, ReviewProgress> progress = new LinkedHashMap<>();
        for (String id : conversationIds) {
            int reviewed = 0;
            Verdict overall = null;
            for (ReviewEntry entry : latestOf(id)) {
                if (!entry.reviewer().equals(reviewer)) {
                    continue;
                }
                if (entry.item().identity() == ReviewItem.Identity.CONVERSATION) {
                    overall = entry.verdict();
                } else if (entry.verdict() != null) {
                    reviewed++;
                }
            }
            progress.put(id, new ReviewProgress(id, reviewed, toolCallCounts.getOrDefault(id, -1), overall));
        }
        return progress;
    }

    @Override
    public synchronized List<String> labels() throws StoreException {
        calls.add("labels");
        readable();
        Set<String> labels = new TreeSet<>();
        entries.forEach(entry -> labels.addAll(entry.labels()));
        return List.copyOf(labels);
    }

    @Override
    public synchronized List<ReviewEntry> entries(ReviewFilter filter) throws StoreException {
        calls.add("entries");
        readable();
        List<ReviewEntry> chosen = new ArrayList<>();
        for (ReviewEntry entry : ordered()) {
            if ((filter.since() == null || !entry.savedAt().isBefore(filter.since()))
                    && (filter.until() == null || entry.savedAt().isBefore(filter.until()))
                    && (filter.reviewer() == null || filter.reviewer().equals(entry.reviewer()))) {
                chosen.add(entry);
            }
        }
        if (!filter.latestOnly()) {
            return chosen;
        }
        Map<String, ReviewEntry> latest = new LinkedHashMap<>();
        for (ReviewEntry entry : chosen) {
            latest.put(
                    entry.item().conversationId() + "\u0000" + entry.item().key() + "\u0000" + entry.reviewer(), entry);
        }
        return List.copyOf(latest.values());
    }

    @Override
    public synchronized StoreStatus status() {
        return status;
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<StoreStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Oldest first; entries saved at the same moment in the order they were saved. */
    private List<ReviewEntry> ordered() {
        List<ReviewEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ReviewEntry::savedAt));
        return sorted;
    }

    private void readable() throws StoreException {
        if (failReads != null) {
            throw failReads;
        }
    }
}
