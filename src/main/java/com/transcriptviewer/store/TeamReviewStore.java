package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Reviews shared on a team's PostgreSQL server, with the embedded database as the outbox.
 *
 * <p>Saving writes the entry and an outbox row to the embedded database in one transaction: that is the moment it is
 * saved. One sender thread ({@link OutboxSender}) then sends the outbox to the server strictly in order, each entry in one server transaction
 * (the entry, ignored when its event id is already there, and its reviewer's current verdict), and only then deletes
 * the outbox row; a crash in between sends it again, and the server keeps it once. While the server cannot be reached
 * the sender tries again after a wait that doubles up to a cap, and the status says why and how much waits. An entry
 * the server refuses (a permission, a constraint) stays first in the outbox, tried again the same way, and the status
 * says why: nothing saved after it overtakes it.
 *
 * <p>Reads ask the server (every reviewer's verdicts) and add this computer's entries still in the outbox; while the
 * server cannot be reached they answer from the embedded database (this computer's own verdicts) without waiting for
 * it.
 */
final class TeamReviewStore implements ReviewStore {

    private static final Logger LOG = Logger.getLogger(TeamReviewStore.class.getName());

    private final LocalDatabase local;
    private final TeamDatabase team;

    private final TeamStoreStatus status;
    private final OutboxSender sender;

    private final ReentrantLock readLock = new ReentrantLock();
    private Connection readConnection;
    private volatile boolean closed;

    private TeamReviewStore(LocalDatabase local, TeamDatabase team, TeamOptions options, int pending) {
        this.local = local;
        this.team = team;
        this.status = new TeamStoreStatus(team, pending);
        this.sender = new OutboxSender(local, team, options, status);
    }

    /**
     * Opens on the embedded database, tries the server once (connecting and migrating its tables) and starts sending.
     * A server that cannot be reached does not stop it opening: the status says so and the outbox keeps what is saved.
     */
    static TeamReviewStore open(LocalDatabase local, TeamDatabase team, TeamOptions options) throws StoreException {
        int pending = local.read("Couldn't read the outbox", OutboxSql::pendingCount);
        TeamReviewStore store = new TeamReviewStore(local, team, options, pending);
        LOG.info("Reviews go to the team server " + team.safeUrl());
        store.sender.start();
        return store;
    }

    // --- Writing --------------------------------------------------------------------------------------------------

    @Override
    public void save(ReviewEntry entry) throws StoreException {
        ReviewEntry stored = LocalReviewStore.storable(entry);
        long now = ReviewSql.micros(Instant.now());
        local.write(
                "Couldn't save the review",
                connection -> {
                    if (ReviewSql.insert(connection, stored)) {
                        OutboxSql.enqueue(connection, OutboxSql.ENTRY_KIND, stored.eventId(), now);
                    }
                    return OutboxSql.pendingCount(connection);
                },
                status::setPending);
        sender.wake();
    }

    @Override
    public void recordToolCallCount(String conversationId, int toolCalls) throws StoreException {
        long now = ReviewSql.micros(Instant.now());
        local.write(
                "Couldn't record the conversation's tool calls",
                connection -> {
                    ReviewSql.recordToolCalls(connection, conversationId, toolCalls, now);
                    OutboxSql.enqueue(connection, OutboxSql.COUNT_KIND, conversationId, now);
                    return OutboxSql.pendingCount(connection);
                },
                status::setPending);
        sender.wake();
    }

    // --- Reading --------------------------------------------------------------------------------------------------

    @Override
    public List<ReviewEntry> latest(String conversationId) throws StoreException {
        String action = "Couldn't read the reviews";
        if (online()) {
            List<ReviewEntry> pending =
                    pending(entry -> entry.item().conversationId().equals(conversationId));
            Optional<List<ReviewEntry>> server =
                    onServer(action, connection -> ReviewSql.latest(connection, conversationId));
            if (server.isPresent()) {
                return pending.isEmpty() ? server.get() : latestPerItem(union(server.get(), pending));
            }
        }
        return local.read(action, connection -> ReviewSql.latest(connection, conversationId));
    }

    @Override
    public List<ReviewEntry> history(String conversationId, String itemKey) throws StoreException {
        String action = "Couldn't read the review history";
        if (online()) {
            List<ReviewEntry> pending =
                    pending(entry -> entry.item().conversationId().equals(conversationId)
                            && entry.item().key().equals(itemKey));
            Optional<List<ReviewEntry>> server =
                    onServer(action, connection -> ReviewSql.history(connection, conversationId, itemKey));
            if (server.isPresent()) {
                return union(server.get(), pending);
            }
        }
        return local.read(action, connection -> ReviewSql.history(connection, conversationId, itemKey));
    }

    @Override
    public Map<String, ReviewProgress> progress(Collection<String> conversationIds, String reviewer)
            throws StoreException {
        String action = "Couldn't read the review progress";
        Map<String, Integer> localToolCalls =
                local.read(action, connection -> ReviewSql.toolCalls(connection, conversationIds));
        if (online()) {
            Set<String> asked = new HashSet<>(conversationIds);
            List<ReviewEntry> pending = pending(entry -> entry.reviewer().equals(reviewer)
                    && asked.contains(entry.item().conversationId()));
            Set<String> touched = new TreeSet<>();
            pending.forEach(entry -> touched.add(entry.item().conversationId()));
            Optional<ServerProgress> server = onServer(
                    action,
                    connection -> new ServerProgress(
                            ReviewSql.counts(connection, conversationIds, reviewer),
                            ReviewSql.toolCalls(connection, conversationIds),
                            touched.isEmpty() ? List.of() : ReviewSql.current(connection, touched, reviewer)));
            if (server.isPresent()) {
                Map<String, ReviewSql.Counts> counts =
                        new HashMap<>(server.get().counts());
                // Conversations with verdicts still waiting here: counted from the server's verdicts and those.
                List<ReviewEntry> current = latestPerItem(union(server.get().current(), pending));
                for (String conversationId : touched) {
                    counts.put(
                            conversationId,
                            counts(current.stream()
                                    .filter(entry ->
                                            entry.item().conversationId().equals(conversationId))
                                    .toList()));
                }
                Map<String, Integer> toolCalls = new HashMap<>(server.get().toolCalls());
                toolCalls.putAll(localToolCalls);
                return LocalReviewStore.progress(conversationIds, counts, toolCalls);
            }
        }
        return local.read(
                action,
                connection -> LocalReviewStore.progress(
                        conversationIds, ReviewSql.counts(connection, conversationIds, reviewer), localToolCalls));
    }

    private record ServerProgress(
            Map<String, ReviewSql.Counts> counts, Map<String, Integer> toolCalls, List<ReviewEntry> current) {}

    @Override
    public List<String> labels() throws StoreException {
        String action = "Couldn't read the labels";
        if (online()) {
            List<ReviewEntry> pending = pending(entry -> !entry.labels().isEmpty());
            Optional<List<String>> server = onServer(action, ReviewSql::labels);
            if (server.isPresent()) {
                Set<String> labels = new TreeSet<>(ReviewSql.LABEL_ORDER);
                labels.addAll(server.get());
                pending.forEach(entry -> entry.labels().stream()
                        .filter(label -> !label.isBlank())
                        .forEach(labels::add));
                return List.copyOf(labels);
            }
        }
        return local.read(action, ReviewSql::labels);
    }

    @Override
    public List<ReviewEntry> entries(ReviewFilter filter) throws StoreException {
        String action = "Couldn't read the reviews";
        if (online()) {
            List<ReviewEntry> pending =
                    pending(entry -> (filter.since() == null || !entry.savedAt().isBefore(filter.since()))
                            && (filter.until() == null || entry.savedAt().isBefore(filter.until()))
                            && (filter.reviewer() == null || entry.reviewer().equals(filter.reviewer())));
            Optional<List<ReviewEntry>> server = onServer(action, connection -> ReviewSql.entries(connection, filter));
            if (server.isPresent()) {
                if (pending.isEmpty()) {
                    return server.get();
                }
                List<ReviewEntry> all = union(server.get(), pending);
                return filter.latestOnly() ? latestPerItem(all) : all;
            }
        }
        return local.read(action, connection -> ReviewSql.entries(connection, filter));
    }

    private boolean online() {
        return status.get().reachable() && !closed;
    }

    /**
     * This computer's entries still waiting to be sent. Read before the server is asked: an entry sent in between is
     * then on the server, so every read sees it in one place or the other.
     */
    private List<ReviewEntry> pending(java.util.function.Predicate<ReviewEntry> wanted) throws StoreException {
        if (status.get().pending() == 0) {
            return List.of();
        }
        return local.read("Couldn't read the outbox", OutboxSql::pending).stream()
                .filter(wanted)
                .toList();
    }

    /**
     * Runs a read on the server; empty when the server cannot be reached (the status then says so and the sender
     * starts trying again). A connection the server dropped since its last use (a restart) is replaced once first.
     */
    private <T> Optional<T> onServer(String action, LocalDatabase.Work<T> work) throws StoreException {
        readLock.lock();
        try {
            for (int attempt = 0; ; attempt++) {
                boolean fresh = readConnection == null;
                try {
                    if (fresh) {
                        readConnection = team.connect();
                    }
                    return Optional.of(work.apply(readConnection));
                } catch (SQLException e) {
                    closeQuietly(readConnection);
                    readConnection = null;
                    if (!TeamDatabase.unreachable(e)) {
                        throw new StoreException(action + ": " + team.problem(e), e);
                    }
                    if (fresh || attempt > 0) {
                        status.markUnreachable(team.problem(e), e);
                        sender.wake();
                        return Optional.empty();
                    }
                }
            }
        } finally {
            readLock.unlock();
        }
    }

    // --- Status ---------------------------------------------------------------------------------------------------

    @Override
    public StoreStatus status() {
        return status.get();
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<StoreStatus> listener) {
        return status.onChange(listener);
    }

    // --- Closing --------------------------------------------------------------------------------------------------

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sender.close();
        readLock.lock();
        try {
            closeQuietly(readConnection);
            readConnection = null;
        } finally {
            readLock.unlock();
        }
        local.close();
        status.close();
    }

    // --- Merging --------------------------------------------------------------------------------------------------

    /** Both lists' entries, each event once, oldest first (the first list is oldest first already). */
    static List<ReviewEntry> union(List<ReviewEntry> first, List<ReviewEntry> second) {
        if (second.isEmpty()) {
            return first;
        }
        Map<String, ReviewEntry> byEvent = new LinkedHashMap<>();
        first.forEach(entry -> byEvent.put(entry.eventId(), entry));
        second.forEach(entry -> byEvent.putIfAbsent(entry.eventId(), entry));
        List<ReviewEntry> all = new ArrayList<>(byEvent.values());
        all.sort(ReviewSql.SAVED_ORDER);
        return all;
    }

    /** Each reviewer's latest entry per item, oldest first. */
    static List<ReviewEntry> latestPerItem(List<ReviewEntry> entries) {
        Map<List<String>, ReviewEntry> latest = new HashMap<>();
        for (ReviewEntry entry : entries) {
            latest.merge(
                    List.of(entry.item().conversationId(), entry.item().key(), entry.reviewer()),
                    entry,
                    (a, b) -> ReviewSql.SAVED_ORDER.compare(a, b) >= 0 ? a : b);
        }
        List<ReviewEntry> result = new ArrayList<>(latest.values());
        result.sort(ReviewSql.SAVED_ORDER);
        return result;
    }

    /** A reviewer's counts on one conversation from their current entries on it. */
    private static ReviewSql.Counts counts(List<ReviewEntry> current) {
        int reviewed = 0;
        Verdict overall = null;
        for (ReviewEntry entry : current) {
            if (ReviewItem.CONVERSATION_KEY.equals(entry.item().key())) {
                overall = entry.verdict();
            } else if (entry.verdict() != null) {
                reviewed++;
            }
        }
        return new ReviewSql.Counts(reviewed, overall);
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // Closing is all that was left to do.
        }
    }
}
