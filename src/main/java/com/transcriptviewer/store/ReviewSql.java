package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The reviews' SQL, written once for both databases: the embedded SQLite file and a team's PostgreSQL server run the
 * same migrations and the same statements (both understand {@code INSERT ... ON CONFLICT}), so what one stores the
 * other reads alike.
 */
final class ReviewSql {

    /** Oldest first; equal times in event id order, so both databases and the merges here agree. */
    static final Comparator<ReviewEntry> SAVED_ORDER =
            Comparator.comparing(ReviewEntry::savedAt).thenComparing(ReviewEntry::eventId);

    /** Labels for completion: case folded, then exact, so "Billing" and "billing" sit together. */
    static final Comparator<String> LABEL_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** Ids per IN list: well under both databases' limits on bound parameters. */
    private static final int CHUNK = 500;

    static final String COLUMNS = "e.event_id, e.conversation_id, e.item_key, e.identity, e.tool_call_id,"
            + " e.message_index, e.position, e.function_name, e.reviewer, e.verdict, e.note, e.labels,"
            + " e.check_status, e.saved_at_us";
    /** The current entries' copies, as JSON: see {@link ReviewRows#entryJson}. */
    private static final String CURRENT = "SELECT c.entry FROM review_current c";

    private ReviewSql() {}

    // --- What is stored -------------------------------------------------------------------------------------------

    /**
     * The entry as both databases keep it. PostgreSQL's text cannot hold U+0000, so every NUL in any of the entry's
     * strings becomes U+FFFD (the replacement character) on either database, and the two agree on what was saved;
     * every other character is kept exactly. The time is kept to the microsecond, PostgreSQL's precision.
     */
    static ReviewEntry stored(ReviewEntry entry) {
        ReviewItem item = entry.item();
        ReviewItem storedItem = new ReviewItem(
                clean(item.conversationId()),
                clean(item.key()),
                item.identity(),
                clean(item.toolCallId()),
                item.messageIndex(),
                item.position(),
                clean(item.functionName()));
        return new ReviewEntry(
                clean(entry.eventId()),
                storedItem,
                clean(entry.reviewer()),
                entry.verdict(),
                clean(entry.note()),
                entry.labels().stream().map(ReviewSql::clean).toList(),
                entry.checkStatus() == null ? null : clean(entry.checkStatus()),
                instant(micros(entry.savedAt())));
    }

    /** The NUL rule of {@link #stored}: U+0000 becomes U+FFFD. */
    static String clean(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    // --- Writing --------------------------------------------------------------------------------------------------

    /**
     * Inserts an entry already {@linkplain #stored stored-shaped}, moves its reviewer's current verdict on the item to
     * it unless a newer one is there, and remembers its labels. False, changing nothing, when the event id is already
     * stored. Call inside a transaction.
     */
    static boolean insert(Connection connection, ReviewEntry entry) throws SQLException {
        ReviewItem item = entry.item();
        long savedAt = micros(entry.savedAt());
        String verdict = entry.verdict() == null ? null : entry.verdict().wireName();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_entry (event_id,"
                + " conversation_id, item_key, identity, tool_call_id, message_index, position, function_name,"
                + " reviewer, verdict, note, labels, check_status, saved_at_us)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING")) {
            insert.setString(1, entry.eventId());
            insert.setString(2, item.conversationId());
            insert.setString(3, item.key());
            insert.setString(4, item.identity().name());
            insert.setString(5, item.toolCallId());
            insert.setInt(6, item.messageIndex());
            insert.setInt(7, item.position());
            insert.setString(8, item.functionName());
            insert.setString(9, entry.reviewer());
            setNullable(insert, 10, verdict);
            insert.setString(11, entry.note());
            insert.setString(12, ReviewRows.labelsJson(entry.labels()));
            setNullable(insert, 13, entry.checkStatus());
            insert.setLong(14, savedAt);
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement current = connection.prepareStatement("INSERT INTO review_current (conversation_id,"
                + " item_key, reviewer, event_id, saved_at_us, verdict, entry) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (conversation_id, item_key, reviewer) DO UPDATE SET event_id = excluded.event_id,"
                + " saved_at_us = excluded.saved_at_us, verdict = excluded.verdict, entry = excluded.entry"
                + " WHERE excluded.saved_at_us > review_current.saved_at_us"
                + " OR (excluded.saved_at_us = review_current.saved_at_us"
                + " AND excluded.event_id > review_current.event_id)")) {
            current.setString(1, item.conversationId());
            current.setString(2, item.key());
            current.setString(3, entry.reviewer());
            current.setString(4, entry.eventId());
            current.setLong(5, savedAt);
            setNullable(current, 6, verdict);
            current.setString(7, ReviewRows.entryJson(entry));
            current.executeUpdate();
        }
        List<String> labels =
                entry.labels().stream().filter(label -> !label.isBlank()).toList();
        if (!labels.isEmpty()) {
            try (PreparedStatement label = connection.prepareStatement(
                    "INSERT INTO review_label (label) VALUES (?) ON CONFLICT (label) DO NOTHING")) {
                for (String text : new TreeSet<>(labels)) {
                    label.setString(1, text);
                    label.executeUpdate();
                }
            }
        }
        return true;
    }

    static void recordToolCalls(Connection connection, String conversationId, int toolCalls, long nowMicros)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO conversation_facts"
                + " (conversation_id, tool_calls, recorded_at_us) VALUES (?, ?, ?) ON CONFLICT (conversation_id)"
                + " DO UPDATE SET tool_calls = excluded.tool_calls, recorded_at_us = excluded.recorded_at_us")) {
            upsert.setString(1, conversationId);
            upsert.setInt(2, toolCalls);
            upsert.setLong(3, nowMicros);
            upsert.executeUpdate();
        }
    }

    // --- Reading --------------------------------------------------------------------------------------------------

    static List<ReviewEntry> latest(Connection connection, String conversationId) throws SQLException {
        return queryCurrent(connection, CURRENT + " WHERE c.conversation_id = ?", List.of(conversationId));
    }

    static List<ReviewEntry> history(Connection connection, String conversationId, String itemKey) throws SQLException {
        return query(
                connection,
                "SELECT " + COLUMNS + " FROM review_entry e WHERE e.conversation_id = ? AND e.item_key = ?",
                List.of(conversationId, itemKey));
    }

    static ReviewEntry entry(Connection connection, String eventId) throws SQLException {
        List<ReviewEntry> found =
                query(connection, "SELECT " + COLUMNS + " FROM review_entry e WHERE e.event_id = ?", List.of(eventId));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The filter's entries. Each reviewer's latest per item means the latest saved in the filter's time window (as
     * things stood at {@code until}); without an upper bound that is the current verdict, an index read.
     */
    static List<ReviewEntry> entries(Connection connection, ReviewFilter filter) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        if (filter.latestOnly() && filter.until() == null) {
            StringBuilder sql = new StringBuilder(CURRENT).append(" WHERE 1 = 1");
            if (filter.since() != null) {
                sql.append(" AND c.saved_at_us >= ?");
                parameters.add(micros(filter.since()));
            }
            if (filter.reviewer() != null) {
                sql.append(" AND c.reviewer = ?");
                parameters.add(filter.reviewer());
            }
            return queryCurrent(connection, sql.toString(), parameters);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
        sql.append(" FROM review_entry e WHERE 1 = 1");
        if (filter.since() != null) {
            sql.append(" AND e.saved_at_us >= ?");
            parameters.add(micros(filter.since()));
        }
        if (filter.until() != null) {
            sql.append(" AND e.saved_at_us < ?");
            parameters.add(micros(filter.until()));
        }
        if (filter.reviewer() != null) {
            sql.append(" AND e.reviewer = ?");
            parameters.add(filter.reviewer());
        }
        if (filter.latestOnly()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM review_entry n WHERE n.conversation_id = e.conversation_id"
                    + " AND n.item_key = e.item_key AND n.reviewer = e.reviewer AND n.saved_at_us < ?"
                    + " AND (n.saved_at_us > e.saved_at_us"
                    + " OR (n.saved_at_us = e.saved_at_us AND n.event_id > e.event_id)))");
            parameters.add(micros(filter.until()));
        }
        return query(connection, sql.toString(), parameters);
    }

    /** One reviewer's current entries on the given conversations. */
    static List<ReviewEntry> current(Connection connection, Collection<String> conversationIds, String reviewer)
            throws SQLException {
        List<ReviewEntry> entries = new ArrayList<>();
        for (List<String> chunk : chunks(conversationIds)) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(reviewer);
            parameters.addAll(chunk);
            entries.addAll(queryCurrent(
                    connection,
                    CURRENT + " WHERE c.reviewer = ? AND c.conversation_id IN (" + marks(chunk.size()) + ")",
                    parameters));
        }
        return entries;
    }

    /** A reviewer's counts per conversation that has any current verdict of theirs. */
    record Counts(int reviewedCalls, Verdict overall) {}

    static Map<String, Counts> counts(Connection connection, Collection<String> conversationIds, String reviewer)
            throws SQLException {
        Map<String, Counts> counts = new HashMap<>();
        for (List<String> chunk : chunks(conversationIds)) {
            try (PreparedStatement select = connection.prepareStatement("SELECT conversation_id,"
                    + " SUM(CASE WHEN item_key <> ? AND verdict IS NOT NULL THEN 1 ELSE 0 END),"
                    + " MAX(CASE WHEN item_key = ? THEN verdict END)"
                    + " FROM review_current WHERE reviewer = ? AND conversation_id IN (" + marks(chunk.size()) + ")"
                    + " GROUP BY conversation_id")) {
                select.setString(1, ReviewItem.CONVERSATION_KEY);
                select.setString(2, ReviewItem.CONVERSATION_KEY);
                select.setString(3, reviewer);
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(4 + i, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(
                                rows.getString(1), new Counts(rows.getInt(2), ReviewRows.verdict(rows.getString(3))));
                    }
                }
            }
        }
        return counts;
    }

    static Map<String, Integer> toolCalls(Connection connection, Collection<String> conversationIds)
            throws SQLException {
        Map<String, Integer> toolCalls = new HashMap<>();
        for (List<String> chunk : chunks(conversationIds)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT conversation_id, tool_calls FROM conversation_facts WHERE conversation_id IN ("
                            + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(1 + i, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        toolCalls.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
        }
        return toolCalls;
    }

    static List<String> labels(Connection connection) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT label FROM review_label");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                labels.add(rows.getString(1));
            }
        }
        labels.sort(LABEL_ORDER);
        return labels;
    }

    // --- Plumbing -------------------------------------------------------------------------------------------------

    /**
     * The entries a query finds, oldest first. Sorted here rather than by the database: SQLite would sort ten thousand
     * rows in a temporary B-tree at several times the cost of sorting the records.
     */
    static List<ReviewEntry> query(Connection connection, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<ReviewEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(ReviewRows.read(rows));
                }
            }
            entries.sort(SAVED_ORDER);
            return entries;
        }
    }

    /** As {@link #query}, for a query whose one column is the current entries' JSON copies. */
    private static List<ReviewEntry> queryCurrent(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<ReviewEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(ReviewRows.parseEntry(rows.getString(1)));
                }
            }
            entries.sort(SAVED_ORDER);
            return entries;
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        List<List<String>> chunks = new ArrayList<>();
        for (int start = 0; start < distinct.size(); start += CHUNK) {
            chunks.add(distinct.subList(start, Math.min(distinct.size(), start + CHUNK)));
        }
        return chunks;
    }
}
