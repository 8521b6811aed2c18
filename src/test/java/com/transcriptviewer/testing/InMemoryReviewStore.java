package com.transcriptviewer.testing;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewProgress;
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
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A {@link ReviewStore} in memory for tests, keeping the contract's rules: saving an event id twice stores it once,
 * the latest entry of each reviewer per item is that reviewer's verdict, and an export's filter is applied as the
 * database would. {@link #failWith} makes every read fail, as a locked or unreachable database would.
 */
public final class InMemoryReviewStore implements ReviewStore {

    private final List<ReviewEntry> entries = new ArrayList<>();
    private final Map<String, Integer> toolCallCounts = new LinkedHashMap<>();
    private String failure;
    private boolean closed;
    private StoreStatus status = StoreStatus.local("memory");

    public InMemoryReviewStore(ReviewEntry... saved) {
        entries.addAll(List.of(saved));
    }

    /** Every read fails from now on with this message ("the database is locked"); null to stop failing. */
    public synchronized InMemoryReviewStore failWith(String message) {
        failure = message;
        return this;
    }

    /** What {@link #status()} says from now on (a team server that cannot be reached). */
    public synchronized InMemoryReviewStore withStatus(StoreStatus now) {
        status = now;
        return this;
    }

    public synchronized boolean closed() {
        return closed;
    }

    @Override
    public synchronized void save(ReviewEntry entry) throws StoreException {
        check();
        if (entries.stream().noneMatch(e -> e.eventId().equals(entry.eventId()))) {
            entries.add(entry);
        }
    }

    @Override
    public synchronized List<ReviewEntry> latest(String conversationId) throws StoreException {
        check();
        return latestOf(entries.stream()
                .filter(e -> e.item().conversationId().equals(conversationId))
                .toList());
    }

    @Override
    public synchronized List<ReviewEntry> history(String conversationId, String itemKey) throws StoreException {
        check();
        return entries.stream()
                .filter(e -> e.item().conversationId().equals(conversationId)
                        && e.item().key().equals(itemKey))
                .sorted(Comparator.comparing(ReviewEntry::savedAt))
                .toList();
    }

    @Override
    public synchronized void recordToolCallCount(String conversationId, int toolCalls) throws StoreException {
        check();
        toolCallCounts.put(conversationId, toolCalls);
    }

    @Override
    public synchronized Map<String, ReviewProgress> progress(Collection<String> conversationIds, String reviewer)
            throws StoreException {
        throw new StoreException("Progress is not kept by the in-memory store.");
    }

    @Override
    public synchronized List<String> labels() throws StoreException {
        check();
        return List.copyOf(
                new TreeSet<>(entries.stream().flatMap(e -> e.labels().stream()).toList()));
    }

    @Override
    public synchronized List<ReviewEntry> entries(ReviewFilter filter) throws StoreException {
        check();
        List<ReviewEntry> chosen = entries.stream()
                .filter(e -> filter.since() == null || !e.savedAt().isBefore(filter.since()))
                .filter(e -> filter.until() == null || e.savedAt().isBefore(filter.until()))
                .filter(e -> filter.reviewer() == null || e.reviewer().equals(filter.reviewer()))
                .toList();
        return filter.latestOnly() ? latestOf(chosen) : chosen;
    }

    /** Each reviewer's latest entry per item. */
    private static List<ReviewEntry> latestOf(List<ReviewEntry> candidates) {
        Map<String, ReviewEntry> latest = new LinkedHashMap<>();
        for (ReviewEntry entry : candidates) {
            String key = entry.item().conversationId() + "\n" + entry.item().key() + "\n" + entry.reviewer();
            ReviewEntry known = latest.get(key);
            if (known == null || !entry.savedAt().isBefore(known.savedAt())) {
                latest.put(key, entry);
            }
        }
        return List.copyOf(latest.values());
    }

    @Override
    public synchronized StoreStatus status() {
        return status;
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<StoreStatus> listener) {
        return () -> {};
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void check() throws StoreException {
        if (failure != null) {
            throw new StoreException(failure);
        }
    }
}
