package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The outbox's SQL, on the embedded database only: what a team store saved and has not sent to its server yet, in the
 * order it was saved.
 */
final class OutboxSql {

    /** Outbox rows that carry a review entry (ref = its event id). */
    static final String ENTRY_KIND = "review_entry";
    /** Outbox rows that carry a conversation's tool-call count (ref = the conversation id). */
    static final String COUNT_KIND = "tool_calls";

    private OutboxSql() {}

    /** One thing waiting to be sent. */
    record Outgoing(long seq, String kind, String ref) {}

    /** Queues a thing to send after everything queued before it; nothing when it already waits. */
    static void enqueue(Connection connection, String kind, String ref, long nowMicros) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_outbox"
                + " (seq, kind, ref, queued_at_us)"
                + " SELECT COALESCE((SELECT MAX(seq) FROM review_outbox), 0) + 1, ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM review_outbox WHERE kind = ? AND ref = ?)")) {
            insert.setString(1, kind);
            insert.setString(2, ref);
            insert.setLong(3, nowMicros);
            insert.setString(4, kind);
            insert.setString(5, ref);
            insert.executeUpdate();
        }
    }

    /** The oldest thing waiting, or null. */
    static Outgoing next(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT seq, kind, ref FROM review_outbox ORDER BY seq LIMIT 1");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? new Outgoing(rows.getLong(1), rows.getString(2), rows.getString(3)) : null;
        }
    }

    static void sent(Connection connection, long seq) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM review_outbox WHERE seq = ?")) {
            delete.setLong(1, seq);
            delete.executeUpdate();
        }
    }

    /** How many review entries wait to be sent. */
    static int pendingCount(Connection connection) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT COUNT(*) FROM review_outbox WHERE kind = ?")) {
            select.setString(1, ENTRY_KIND);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The review entries waiting to be sent. */
    static List<ReviewEntry> pending(Connection connection) throws SQLException {
        return ReviewSql.query(
                connection,
                "SELECT " + ReviewSql.COLUMNS + " FROM review_outbox o JOIN review_entry e ON e.event_id = o.ref"
                        + " WHERE o.kind = ?",
                List.of(ENTRY_KIND));
    }
}
