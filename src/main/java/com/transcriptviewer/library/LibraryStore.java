package com.transcriptviewer.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.api.json.WireFormatException;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.store.LocalDatabase;
import com.transcriptviewer.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The library: conversations kept on this computer in the app's embedded database (the tables of migration 3), their
 * messages with their raw JSON, one row per tool call, the full-text index over them, and the sync's resumable state.
 * JavaFX-free; every method blocks (callers use the background pool) and is safe from any thread: writes go one at a
 * time through the database's writing connection, each in one transaction, reads through its reading one.
 */
public final class LibraryStore implements AutoCloseable {

    /** How many of the newest matches a search ranks (see {@link #newestCandidatesFloor}). */
    static final int RANKED_CANDIDATES = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char MARK_OPEN = '\u0001';
    private static final char MARK_CLOSE = '\u0002';

    private final LocalDatabase database;

    private LibraryStore(LocalDatabase database) {
        this.database = database;
    }

    /** Opens (creating and migrating when needed) the library in the app's database file. */
    public static LibraryStore open(Path databaseFile) throws StoreException {
        return new LibraryStore(LocalDatabase.open(databaseFile, "library"));
    }

    public Path file() {
        return database.file();
    }

    /**
     * Keeps the conversation and its messages (all of them, in order), replacing what was kept of it before; the first
     * time it was kept is kept, and it is no longer marked gone.
     *
     * @param assistantVersion the assistant version its calls were checked against, "" when unknown
     */
    public void keep(Conversation conversation, String assistantVersion, List<Message> messages, Instant now)
            throws StoreException {
        keep(conversation, assistantVersion, messages, now, 0);
    }

    /** As {@link #keep(Conversation, String, List, Instant)}, and marks it done in sync {@code syncId} (0: none). */
    public void keep(
            Conversation conversation, String assistantVersion, List<Message> messages, Instant now, long syncId)
            throws StoreException {
        keepAll(List.of(new Keeping(conversation, assistantVersion, messages)), now, syncId);
    }

    /** A conversation to keep, with the assistant version it was checked against and all its messages. */
    public record Keeping(Conversation conversation, String assistantVersion, List<Message> messages) {}

    /**
     * Keeps several conversations in one transaction (one sync of the file for all of them), each as {@link
     * #keep(Conversation, String, List, Instant)} does, marking each done in sync {@code syncId} (0: none).
     */
    public void keepAll(List<Keeping> conversations, Instant now, long syncId) throws StoreException {
        List<List<MessageRow>> rows = new ArrayList<>(conversations.size());
        for (Keeping keeping : conversations) {
            rows.add(MessageRow.of(keeping.messages()));
        }
        database.write("Couldn't keep the conversation in the library", connection -> {
            for (int i = 0; i < conversations.size(); i++) {
                Keeping keeping = conversations.get(i);
                keepIn(connection, keeping.conversation(), keeping.assistantVersion(), rows.get(i), now, syncId);
            }
            return null;
        });
    }

    private static void keepIn(
            Connection connection,
            Conversation conversation,
            String assistantVersion,
            List<MessageRow> rows,
            Instant now,
            long syncId)
            throws SQLException {
        Long keptAt = null;
        try (PreparedStatement select =
                connection.prepareStatement("SELECT kept_at_us FROM library_conversation WHERE conversation_id = ?")) {
            select.setString(1, conversation.id());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    keptAt = row.getLong(1);
                }
            }
        }
        if (keptAt != null) {
            forgetMessages(connection, "m.conversation_id = ?", conversation.id());
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO library_conversation"
                + " (conversation_id, name, assistant_id, assistant_version, channel, metadata, created_at_us,"
                + " last_message_at_us, message_count, kept_at_us, refreshed_at_us, gone_at_us)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"
                + " ON CONFLICT (conversation_id) DO UPDATE SET name = excluded.name,"
                + " assistant_id = excluded.assistant_id, assistant_version = excluded.assistant_version,"
                + " channel = excluded.channel, metadata = excluded.metadata,"
                + " created_at_us = excluded.created_at_us, last_message_at_us = excluded.last_message_at_us,"
                + " message_count = excluded.message_count, refreshed_at_us = excluded.refreshed_at_us,"
                + " gone_at_us = NULL")) {
            upsert.setString(1, conversation.id());
            upsert.setString(2, conversation.name());
            upsert.setString(3, orEmpty(conversation.assistantId()));
            upsert.setString(4, assistantVersion == null ? "" : assistantVersion);
            upsert.setString(5, orEmpty(conversation.channel()));
            upsert.setString(6, json(conversation.metadata()));
            setMicros(upsert, 7, conversation.createdAt());
            setMicros(upsert, 8, conversation.lastMessageAt());
            upsert.setInt(9, rows.size());
            upsert.setLong(10, keptAt == null ? micros(now) : keptAt);
            upsert.setLong(11, micros(now));
            upsert.executeUpdate();
        }
        insertMessages(connection, conversation.id(), rows);
        if (syncId > 0) {
            setSyncItem(connection, syncId, conversation.id(), "done", rows.size(), null);
        }
    }

    private static void insertMessages(Connection connection, String conversationId, List<MessageRow> rows)
            throws SQLException {
        try (PreparedStatement message = connection.prepareStatement(
                        "INSERT INTO library_message"
                                + " (conversation_id, message_index, message_id, role, sent_at_us, text, raw_json)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement call = connection.prepareStatement("INSERT INTO library_tool_call"
                        + " (message_row, position, conversation_id, message_index, call_id, function_name,"
                        + " arguments, arguments_valid_json, check_status, called_at_us, result_index,"
                        + " result_at_us, result_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)");
                PreparedStatement index = connection.prepareStatement(
                        "INSERT INTO library_search (rowid, text, functions, arguments) VALUES (?, ?, ?, ?)")) {
            for (MessageRow row : rows) {
                message.setString(1, conversationId);
                message.setInt(2, row.index);
                message.setString(3, row.messageId);
                message.setString(4, row.message.role().rawName());
                setMicros(message, 5, row.message.displayTime());
                message.setString(6, row.message.text());
                message.setString(7, row.rawJson);
                message.executeUpdate();
                long id;
                try (ResultSet key = message.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
                List<ToolCall> calls = row.message.toolCalls();
                for (int position = 0; position < calls.size(); position++) {
                    ToolCall toolCall = calls.get(position);
                    MessageRow.Result result = row.results.get(position);
                    call.setLong(1, id);
                    call.setInt(2, position);
                    call.setString(3, conversationId);
                    call.setInt(4, row.index);
                    call.setString(5, toolCall.id());
                    call.setString(6, toolCall.functionName());
                    call.setString(7, toolCall.arguments());
                    call.setInt(8, validJson(toolCall.arguments()) ? 1 : 0);
                    setMicros(call, 9, row.message.displayTime());
                    if (result == null) {
                        call.setNull(10, Types.INTEGER);
                        call.setNull(11, Types.BIGINT);
                        call.setNull(12, Types.INTEGER);
                    } else {
                        call.setInt(10, result.index());
                        setMicros(call, 11, result.at());
                        call.setInt(12, result.error() ? 1 : 0);
                    }
                    call.addBatch();
                }
                if (!calls.isEmpty()) {
                    call.executeBatch();
                }
                index.setLong(1, id);
                index.setString(2, row.message.text());
                index.setString(3, row.functions());
                index.setString(4, row.arguments());
                index.executeUpdate();
            }
        }
    }

    /** Takes the messages matching {@code where} (on {@code library_message m}) out of the index, then deletes them. */
    private static void forgetMessages(Connection connection, String where, Object... parameters) throws SQLException {
        try (PreparedStatement unindex = connection.prepareStatement(
                        "INSERT INTO library_search (library_search, rowid, text, functions, arguments)"
                                + " SELECT 'delete', s.id, s.text, s.functions, s.arguments FROM library_search_content s"
                                + " WHERE s.id IN (SELECT m.id FROM library_message m WHERE " + where + ")");
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM library_message WHERE id IN (SELECT m.id FROM library_message m WHERE " + where
                                + ")")) {
            bind(unindex, parameters);
            unindex.executeUpdate();
            bind(delete, parameters);
            delete.executeUpdate();
        }
    }

    /** The kept conversation, if it is kept. */
    public Optional<KeptConversation> conversation(String conversationId) throws StoreException {
        return database.read("Couldn't read the library", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    CONVERSATION_COLUMNS + " FROM library_conversation WHERE conversation_id = ?")) {
                select.setString(1, conversationId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(conversation(row)) : Optional.empty();
                }
            }
        });
    }

    /** Kept conversations, the most recent first (by creation), at most {@code limit}. */
    public List<KeptConversation> conversations(int limit) throws StoreException {
        return database.read("Couldn't read the library", connection -> {
            try (PreparedStatement select = connection.prepareStatement(CONVERSATION_COLUMNS
                    + " FROM library_conversation ORDER BY created_at_us DESC, conversation_id LIMIT ?")) {
                select.setInt(1, limit);
                List<KeptConversation> kept = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        kept.add(conversation(rows));
                    }
                }
                return kept;
            }
        });
    }

    /** The kept messages of a conversation in order, read again from their raw JSON; empty when not kept. */
    public List<Message> messages(String conversationId) throws StoreException {
        return database.read("Couldn't read the conversation from the library", connection -> {
            List<Message> messages = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, role, sent_at_us, text, raw_json"
                    + " FROM library_message WHERE conversation_id = ? ORDER BY message_index")) {
                select.setString(1, conversationId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        messages.add(message(connection, rows));
                    }
                }
            }
            return messages;
        });
    }

    private static Message message(Connection connection, ResultSet row) throws SQLException {
        String raw = row.getString(5);
        if (raw != null) {
            byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
            try {
                return WireFormat.shared().parseMessage(bytes, 0, bytes.length, RawJson.of(raw));
            } catch (WireFormatException unreadable) {
                // Kept JSON the current reader cannot read: the columns below still say what was kept.
            }
        }
        List<ToolCall> calls = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT call_id, function_name, arguments"
                + " FROM library_tool_call WHERE message_row = ? ORDER BY position")) {
            select.setLong(1, row.getLong(1));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    calls.add(new ToolCall(rows.getString(1), "function", rows.getString(2), rows.getString(3)));
                }
            }
        }
        Instant at = instant(row, 3);
        return new Message(Role.of(row.getString(2)), row.getString(4), calls, at, at, Map.of());
    }

    /** Marks the conversation as one the API no longer has (it answered 404). */
    public void markGone(String conversationId, Instant at) throws StoreException {
        database.write("Couldn't mark the conversation in the library", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE library_conversation"
                    + " SET gone_at_us = ? WHERE conversation_id = ? AND gone_at_us IS NULL")) {
                update.setLong(1, micros(at));
                update.setString(2, conversationId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Runs another feature's read-only queries (the analytics') on the library's reader connection. */
    public <T> T read(String action, LocalDatabase.Work<T> work) throws StoreException {
        return database.read(action, work);
    }

    /** Notes what checking a kept tool call against its definition found ({@code ToolCallCheck.Status}'s wire name). */
    public void recordCheck(String conversationId, int messageIndex, int position, String checkStatus)
            throws StoreException {
        recordChecks(conversationId, Map.of(messageIndex, Collections.singletonList(checkStatus)));
    }

    /**
     * Notes what checking a kept conversation's tool calls found, in one transaction: per message index, the wire
     * name of each call's check in order (null for a call not checked). Calls of a conversation not kept are left.
     */
    public void recordChecks(String conversationId, Map<Integer, List<String>> statusesByMessage)
            throws StoreException {
        database.write("Couldn't note the checks in the library", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE library_tool_call SET check_status = ?"
                    + " WHERE conversation_id = ? AND message_index = ? AND position = ?")) {
                for (Map.Entry<Integer, List<String>> message : statusesByMessage.entrySet()) {
                    List<String> statuses = message.getValue();
                    for (int position = 0; position < statuses.size(); position++) {
                        update.setString(1, statuses.get(position));
                        update.setString(2, conversationId);
                        update.setInt(3, message.getKey());
                        update.setInt(4, position);
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** Removes one conversation; returns whether it was kept. */
    public boolean remove(String conversationId) throws StoreException {
        return removeWhere("c.conversation_id = ?", conversationId) > 0;
    }

    /** Removes every conversation first kept before {@code keptBefore}; returns how many. */
    public int removeKeptBefore(Instant keptBefore) throws StoreException {
        return removeWhere("c.kept_at_us < ?", micros(keptBefore));
    }

    /** Removes every kept conversation and every sync's state; returns how many conversations. */
    public int removeAll() throws StoreException {
        int removed = database.write("Couldn't empty the library", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO library_search (library_search) VALUES ('delete-all')");
                statement.executeUpdate("DELETE FROM library_tool_call");
                statement.executeUpdate("DELETE FROM library_message");
                statement.executeUpdate("DELETE FROM library_sync");
                return statement.executeUpdate("DELETE FROM library_conversation");
            }
        });
        compact();
        return removed;
    }

    private int removeWhere(String where, Object parameter) throws StoreException {
        int removed = database.write("Couldn't remove from the library", connection -> {
            forgetMessages(
                    connection,
                    "m.conversation_id IN (SELECT c.conversation_id FROM library_conversation c WHERE " + where + ")",
                    parameter);
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM library_conversation AS c WHERE " + where)) {
                bind(delete, parameter);
                return delete.executeUpdate();
            }
        });
        return removed;
    }

    /** Gives the pages freed by removals back to the disk (without it, the file only stops growing). */
    private void compact() throws StoreException {
        database.read("Couldn't compact the library", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    /** How much is kept, and the database's size on disk. */
    public LibraryCounts counts() throws StoreException {
        long[] numbers = database.read("Couldn't count the library", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT"
                            + " (SELECT count(*) FROM library_conversation),"
                            + " (SELECT count(*) FROM library_conversation WHERE gone_at_us IS NOT NULL),"
                            + " (SELECT coalesce(sum(message_count), 0) FROM library_conversation),"
                            + " (SELECT count(*) FROM library_tool_call)")) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)};
            }
        });
        return new LibraryCounts(numbers[0], numbers[1], numbers[2], numbers[3], diskBytes());
    }

    private long diskBytes() {
        long bytes = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path part = Path.of(database.file() + suffix);
            try {
                bytes += Files.exists(part) ? Files.size(part) : 0;
            } catch (IOException unreadable) {
                // A part that went away between the check and the size: nothing to count.
            }
        }
        return bytes;
    }

    /**
     * The messages matching {@code query}, best first by BM25 (a match in a function's name counts more than one in
     * the text), or the newest first when it has filters only; at most {@code limit}.
     */
    public List<SearchHit> search(SearchQuery query, int limit) throws StoreException {
        if (query.isEmpty()) {
            return List.of();
        }
        StringBuilder filters = new StringBuilder();
        List<Object> filterValues = new ArrayList<>();
        if (query.role() != null) {
            filters.append(" AND lower(m.role) = ?");
            filterValues.add(query.role());
        }
        if (query.channel() != null) {
            filters.append(" AND c.channel = ?");
            filterValues.add(query.channel());
        }
        if (query.assistant() != null) {
            filters.append(" AND c.assistant_id = ?");
            filterValues.add(query.assistant());
        }
        if (query.since() != null) {
            filters.append(" AND coalesce(m.sent_at_us, c.created_at_us) >= ?");
            filterValues.add(micros(query.since()));
        }
        if (query.until() != null) {
            filters.append(" AND coalesce(m.sent_at_us, c.created_at_us) < ?");
            filterValues.add(micros(query.until()));
        }
        if (query.function() != null) {
            filters.append(" AND (m.id IN (SELECT message_row FROM library_tool_call WHERE function_name = ?)"
                    + " OR EXISTS (SELECT 1 FROM library_tool_call r WHERE r.conversation_id = m.conversation_id"
                    + " AND r.result_index = m.message_index AND r.function_name = ?))");
            filterValues.add(query.function());
            filterValues.add(query.function());
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (!query.match().isEmpty()) {
            // The best matches are chosen first, by rank alone, and only they get a snippet: SQLite's sorter would
            // otherwise make a snippet (reading the message's text, calls and arguments) for every match of a
            // common word before keeping the first fifty.
            sql.append("WITH best AS (SELECT library_search.rowid AS id, bm25(library_search, 1.0, 4.0, 1.0) AS score"
                            + " FROM library_search JOIN library_message m ON m.id = library_search.rowid"
                            + " JOIN library_conversation c ON c.conversation_id = m.conversation_id"
                            + " WHERE library_search MATCH ? AND library_search.rowid >= ?")
                    .append(filters)
                    .append(" ORDER BY score, id DESC LIMIT ?)"
                            + " SELECT m.conversation_id, c.name, c.channel, c.assistant_id, m.message_index, m.role,"
                            + " coalesce(m.sent_at_us, c.created_at_us),"
                            + " snippet(library_search, -1, char(1), char(2), '…', 14)"
                            + " FROM best JOIN library_search ON library_search.rowid = best.id"
                            + " JOIN library_message m ON m.id = best.id"
                            + " JOIN library_conversation c ON c.conversation_id = m.conversation_id"
                            + " WHERE library_search MATCH ? ORDER BY best.score, best.id DESC");
            parameters.add(query.match());
            parameters.add(0L); // the floor of the candidates' row ids, set below
            parameters.addAll(filterValues);
            parameters.add(limit);
            parameters.add(query.match());
        } else {
            sql.append("SELECT m.conversation_id, c.name, c.channel, c.assistant_id, m.message_index, m.role,"
                            + " coalesce(m.sent_at_us, c.created_at_us), substr(coalesce(m.text, (SELECT"
                            + " group_concat(t.function_name || ' ' || t.arguments, ' ') FROM library_tool_call t"
                            + " WHERE t.message_row = m.id), ''), 1, 160)"
                            + " FROM library_message m JOIN library_conversation c ON c.conversation_id = m.conversation_id"
                            + " WHERE 1 = 1")
                    .append(filters)
                    .append(" ORDER BY coalesce(m.sent_at_us, c.created_at_us) DESC, m.id DESC LIMIT ?");
            parameters.addAll(filterValues);
            parameters.add(limit);
        }
        String statementText = sql.toString();
        String candidatesText = "SELECT library_search.rowid FROM library_search"
                + " JOIN library_message m ON m.id = library_search.rowid"
                + " JOIN library_conversation c ON c.conversation_id = m.conversation_id"
                + " WHERE library_search MATCH ?" + filters + " ORDER BY library_search.rowid DESC LIMIT 1 OFFSET ?";
        return database.read("Couldn't search the library", connection -> {
            if (!query.match().isEmpty()) {
                parameters.set(1, newestCandidatesFloor(connection, candidatesText, query.match(), filterValues));
            }
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(statementText)) {
                bind(select, parameters.toArray());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hits.add(SearchHit.withSnippet(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getInt(5),
                                rows.getString(6),
                                instant(rows, 7),
                                rows.getString(8),
                                MARK_OPEN,
                                MARK_CLOSE));
                    }
                }
            }
            return hits;
        });
    }

    /**
     * Ranking every match of a common word costs most of a second on a million messages (FTS5 computes BM25 for each),
     * so a search ranks the newest {@value #RANKED_CANDIDATES} matches (those passing the filters): the row id from which
     * they start, or 0 when there are fewer. Row ids grow as conversations are kept, so the newest kept come first.
     */
    private static long newestCandidatesFloor(
            Connection connection, String candidatesText, String match, List<Object> filterValues) throws SQLException {
        try (PreparedStatement candidates = connection.prepareStatement(candidatesText)) {
            List<Object> values = new ArrayList<>();
            values.add(match);
            values.addAll(filterValues);
            values.add(RANKED_CANDIDATES - 1);
            bind(candidates, values.toArray());
            try (ResultSet row = candidates.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        }
    }

    // The sync's state.

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
                insert.setLong(3, micros(now));
                insert.setLong(4, micros(now));
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
                    update.setLong(1, micros(now));
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
                update.setLong(2, micros(now));
                if (SyncRun.FINISHED.equals(state)) {
                    update.setLong(3, micros(now));
                } else {
                    update.setNull(3, Types.BIGINT);
                }
                update.setLong(4, syncId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Kept conversations' last-message times (null when unknown), to skip those kept since they last changed. */
    public Map<String, Instant> keptLastMessages(List<String> conversationIds) throws StoreException {
        return database.read("Couldn't read the library", connection -> {
            Map<String, Instant> kept = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_message_at_us, gone_at_us" + " FROM library_conversation WHERE conversation_id = ?")) {
                for (String id : conversationIds) {
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next() && row.getObject(2) == null) {
                            kept.put(id, instant(row, 1));
                        }
                    }
                }
            }
            return kept;
        });
    }

    @Override
    public void close() {
        database.close();
    }

    private static void setSyncItem(
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

    private static final String CONVERSATION_COLUMNS = "SELECT conversation_id, name, metadata, created_at_us,"
            + " last_message_at_us, assistant_version, message_count, kept_at_us, refreshed_at_us, gone_at_us";

    private static KeptConversation conversation(ResultSet row) throws SQLException {
        Map<String, Object> metadata;
        try {
            metadata = JSON.readValue(row.getString(3), new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException unreadable) {
            metadata = Map.of();
        }
        Conversation conversation =
                new Conversation(row.getString(1), row.getString(2), instant(row, 4), instant(row, 5), metadata);
        return new KeptConversation(
                conversation, row.getString(6), row.getInt(7), instant(row, 8), instant(row, 9), instant(row, 10));
    }

    private static String json(Map<String, Object> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (JsonProcessingException unwritable) {
            return "{}";
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static boolean validJson(String arguments) {
        if (arguments.isBlank()) {
            return true;
        }
        try (var parser = JSON.createParser(arguments)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException malformed) {
            return false;
        }
    }

    static long micros(Instant at) {
        return TimeUnit.SECONDS.toMicros(at.getEpochSecond()) + at.getNano() / 1_000;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        long micros = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
    }

    private static void setMicros(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, micros(at));
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A message as it is kept: its place, id, raw JSON, and the results that answered its calls. */
    private static final class MessageRow {
        record Result(int index, Instant at, boolean error) {}

        final int index;
        final Message message;
        final String rawJson;
        final String messageId;
        final List<Result> results;

        private MessageRow(int index, Message message) {
            this.index = index;
            this.message = message;
            this.rawJson = rawText(message);
            this.messageId = idOf(rawJson);
            List<Result> none = new ArrayList<>();
            for (int i = 0; i < message.toolCalls().size(); i++) {
                none.add(null);
            }
            this.results = none;
        }

        String functions() {
            if (message.toolCalls().isEmpty()) {
                return null;
            }
            return String.join(
                    " ",
                    message.toolCalls().stream().map(ToolCall::functionName).toList());
        }

        String arguments() {
            if (message.toolCalls().isEmpty()) {
                return null;
            }
            return String.join(
                    " ", message.toolCalls().stream().map(ToolCall::arguments).toList());
        }

        /**
         * The rows of a conversation's messages, each call paired with the result that answered it as the transcript
         * pairs them: a tool result answers the nearest earlier message with calls unanswered, its first such call.
         */
        static List<MessageRow> of(List<Message> messages) {
            List<MessageRow> rows = new ArrayList<>(messages.size());
            Deque<int[]> open = new ArrayDeque<>(); // {row, next unanswered position}
            for (int i = 0; i < messages.size(); i++) {
                Message message = messages.get(i);
                MessageRow row = new MessageRow(i, message);
                rows.add(row);
                if (message.role().kind() == Role.Kind.TOOL) {
                    while (!open.isEmpty()) {
                        int[] nearest = open.peek();
                        MessageRow caller = rows.get(nearest[0]);
                        int position = nearest[1]++;
                        if (nearest[1] >= caller.message.toolCalls().size()) {
                            open.pop();
                        }
                        if (position < caller.message.toolCalls().size()) {
                            caller.results.set(
                                    position,
                                    new Result(
                                            i, message.displayTime(), ToolResultErrors.reportsError(message.text())));
                            break;
                        }
                    }
                }
                if (message.hasToolCalls()) {
                    open.push(new int[] {i, 0});
                }
            }
            return rows;
        }

        private static String rawText(Message message) {
            if (message.rawJson() == null) {
                return null;
            }
            try {
                return message.rawJson().text();
            } catch (IOException unreadable) {
                return null;
            }
        }

        private static String idOf(String rawJson) {
            if (rawJson == null) {
                return null;
            }
            try {
                JsonNode id = JSON.readTree(rawJson).get("id");
                return id == null || id.isNull() ? null : id.asText();
            } catch (IOException unreadable) {
                return null;
            }
        }
    }
}
