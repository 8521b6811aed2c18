package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewProgress;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** Reviews kept on this computer only, in the embedded database. */
final class LocalReviewStore implements ReviewStore {

    private final LocalDatabase database;
    private final StoreStatus status;

    LocalReviewStore(LocalDatabase database) {
        this.database = database;
        this.status = StoreStatus.local("this computer");
    }

    @Override
    public void save(ReviewEntry entry) throws StoreException {
        ReviewEntry stored = storable(entry);
        database.write("Couldn't save the review", connection -> ReviewSql.insert(connection, stored));
    }

    @Override
    public List<ReviewEntry> latest(String conversationId) throws StoreException {
        return database.read("Couldn't read the reviews", connection -> ReviewSql.latest(connection, conversationId));
    }

    @Override
    public List<ReviewEntry> history(String conversationId, String itemKey) throws StoreException {
        return database.read(
                "Couldn't read the review history",
                connection -> ReviewSql.history(connection, conversationId, itemKey));
    }

    @Override
    public void recordToolCallCount(String conversationId, int toolCalls) throws StoreException {
        long now = ReviewSql.micros(Instant.now());
        database.write("Couldn't record the conversation's tool calls", connection -> {
            ReviewSql.recordToolCalls(connection, conversationId, toolCalls, now);
            return null;
        });
    }

    @Override
    public Map<String, ReviewProgress> progress(Collection<String> conversationIds, String reviewer)
            throws StoreException {
        return database.read(
                "Couldn't read the review progress",
                connection -> progress(
                        conversationIds,
                        ReviewSql.counts(connection, conversationIds, reviewer),
                        ReviewSql.toolCalls(connection, conversationIds)));
    }

    @Override
    public List<String> labels() throws StoreException {
        return database.read("Couldn't read the labels", ReviewSql::labels);
    }

    @Override
    public List<ReviewEntry> entries(ReviewFilter filter) throws StoreException {
        return database.read("Couldn't read the reviews", connection -> ReviewSql.entries(connection, filter));
    }

    @Override
    public StoreStatus status() {
        return status;
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<StoreStatus> listener) {
        Objects.requireNonNull(listener, "listener");
        // Reviews on this computer are always where they are: the status never changes.
        return () -> {};
    }

    @Override
    public void close() {
        database.close();
    }

    /** The entry as it will be stored; a tool call's entry must carry a verdict. */
    static ReviewEntry storable(ReviewEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.verdict() == null && !entry.item().isConversation()) {
            throw new IllegalArgumentException(
                    "A tool call's review needs a verdict: " + entry.item().key());
        }
        return ReviewSql.stored(entry);
    }

    /** Progress for every asked conversation, in the order asked, from counts and known tool-call totals. */
    static Map<String, ReviewProgress> progress(
            Collection<String> conversationIds, Map<String, ReviewSql.Counts> counts, Map<String, Integer> toolCalls) {
        Map<String, ReviewProgress> progress = new LinkedHashMap<>();
        for (String id : conversationIds) {
            ReviewSql.Counts count = counts.get(id);
            progress.put(
                    id,
                    new ReviewProgress(
                            id,
                            count == null ? 0 : count.reviewedCalls(),
                            toolCalls.getOrDefault(id, -1),
                            count == null ? null : count.overall()));
        }
        return progress;
    }
}
