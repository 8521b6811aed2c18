package com.transcriptviewer.library;

import com.transcriptviewer.store.LocalDatabase;
import com.transcriptviewer.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sync's resumable state in the library ({@code library_sync} and {@code library_sync_item}): what it asked for,
 * each conversation it listed and how that ended (pending, done, gone, failed), so a sync stopped by Cancel, a quit or
 * a crash goes on where it stopped. A conversation is marked done in the transaction that keeps it
 * ({@link LibraryStore#keepAll}).
 */
public final class SyncLedger {

    private final LocalDatabase database;

    SyncLedger(LocalDatabase database) {
        this.database = database;
    }

    /** The newest sync not finished (a quit, a crash or a cancel stopped it), if any. */
    public Optional<SyncRun> unfinishedSync() throws StoreException {
        return database.read("Couldn't read the library's sync", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT sync_id FROM library_sync" + " WHERE state <> '"
                            + SyncRun.FINISHED + "' ORDER BY sync_id DESC LIMIT 1")) {
                return row.next() ? Optional.of(syncRun(connection, row.getLong(1))) : Optional.empty();
            }
        });
    }

    /** The sync {@code id} as it stands. */
    public SyncRun sync(long id) throws StoreException {
        return database.read("Couldn't read the library's sync", connection -> syncRun(connection, id));
    }

    /** Starts remembering a new sync of {@code request} (JSON); returns its id. */
    public long beginSync(String request, Instant now) throws StoreException {
        return database.write("Couldn't start the sync", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO library_sync" + " (request, state, started_at_us, updated_at_us) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, request);
                insert.setString(2, SyncRun.LISTING);
                insert.setLong(3, LibraryStore.micros(now));
                insert.setLong(4, LibraryStore.micros(now));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
    }

    /** Adds listed conversations to the sync as pending (those it has already are left as they are). */
    public void addToSync(long syncId, List<String> conversationIds) throws StoreException {
        database.write("Couldn't note the sync's conversations", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO library_sync_item"
                    + " (sync_id, conversation_id, state) VALUES (?, ?, 'pending') ON CONFLICT DO NOTHING")) {
                for (String id : conversationIds) {
                    insert.setLong(1, syncId);
                    insert.setString(2, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Makes the sync's failed conversations pending again, for a run that tries them once more. */
    public void retryFailed(long syncId) throws StoreException {
        database.write("Couldn't note the sync's progress", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE library_sync_item"
                    + " SET state = 'pending', problem = NULL WHERE sync_id = ? AND state = 'failed'")) {
                update.setLong(1, syncId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The sync's conversations still to fetch, in the order they were listed. */
    public List<String> pendingInSync(long syncId) throws StoreException {
        return database.read("Couldn't read the sync's conversations", connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT conversation_id FROM library_sync_item"
                    + " WHERE sync_id = ? AND state = 'pending' ORDER BY rowid")) {
                select.setLong(1, syncId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Ends a sync's item without keeping it: {@code "done"} (the kept copy is current), {@code "gone"} (404: the kept
     * copy, if any, is marked) or {@code "failed"} (with the problem).
     */
    public void settleSyncItem(long syncId, String conversationId, String state, String problem, Instant now)
            throws StoreException {
        database.write("Couldn't note the sync's progress", connection -> {
            setSyncItem(connection, syncId, conversationId, state, 0, problem);
            if ("gone".equals(state)) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE library_conversation"
                        + " SET gone_at_us = ? WHERE conversation_id = ? AND gone_at_us IS NULL")) {
                    update.setLong(1, LibraryStore.micros(now));
                    update.setString(2, conversationId);
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Sets the sync's state ({@link SyncRun#FETCHING}, {@link SyncRun#FINISHED}, {@link SyncRun#CANCELLED}). */
    public void setSyncState(long syncId, String state, Instant now) throws StoreException {
        database.write("Couldn't note the sync's progress", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE library_sync SET state = ?,"
                    + " updated_at_us = ?, finished_at_us = ? WHERE sync_id = ?")) {
                update.setString(1, state);
                update.setLong(2, LibraryStore.micros(now));
                if (SyncRun.FINISHED.equals(state)) {
                    update.setLong(3, LibraryStore.micros(now));
                } else {
                    update.setNull(3, Types.BIGINT);
                }
                update.setLong(4, syncId);
                update.executeUpdate();
            }
            return null;
        });
    }

    static void setSyncItem(
            Connection connection, long syncId, String conversationId, String state, int messages, String problem)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO library_sync_item"
                + " (sync_id, conversation_id, state, messages, problem) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (sync_id, conversation_id) DO UPDATE SET state = excluded.state,"
                + " messages = excluded.messages, problem = excluded.problem")) {
            upsert.setLong(1, syncId);
            upsert.setString(2, conversationId);
            upsert.setString(3, state);
            upsert.setInt(4, messages);
            upsert.setString(5, problem);
            upsert.executeUpdate();
        }
    }

    private static SyncRun syncRun(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.request, s.state,"
                + " (SELECT count(*) FROM library_sync_item i WHERE i.sync_id = s.sync_id),"
                + " (SELECT count(*) FROM library_sync_item i WHERE i.sync_id = s.sync_id AND i.state = 'done'),"
                + " (SELECT count(*) FROM library_sync_item i WHERE i.sync_id = s.sync_id AND i.state = 'gone'),"
                + " (SELECT count(*) FROM library_sync_item i WHERE i.sync_id = s.sync_id AND i.state = 'failed'),"
                + " (SELECT coalesce(sum(messages), 0) FROM library_sync_item i WHERE i.sync_id = s.sync_id)"
                + " FROM library_sync s WHERE s.sync_id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no sync " + id);
                }
                return new SyncRun(
                        id,
                        row.getString(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5),
                        row.getLong(6),
                        row.getLong(7));
            }
        }
    }
}
