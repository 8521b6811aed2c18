package com.transcriptviewer.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.ArrayList;
import java.util.Collections;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDatabase database;

    private final SyncLedger syncs;

    private LibraryStore(LocalDatabase database) {
        this.database = database;
        this.syncs = new SyncLedger(database);
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
        List<String> words = rows.stream().map(LibraryTerms::words).toList();
        database.write("Couldn't keep the conversation in the library", connection -> {
            try (KeepingTransaction keep = new KeepingTransaction(connection, now, syncId)) {
                for (int i = 0; i < conversations.size(); i++) {
                    Keeping keeping = conversations.get(i);
                    keep.keep(keeping.conversation(), keeping.assistantVersion(), rows.get(i));
                }
            }
            LibraryTerms.add(connection, words);
            return null;
        });
    }

    /** Takes the messages matching {@code where} (on {@code library_message m}) out of the index, then deletes them. */
    static void forgetMessages(Connection connection, String where, Object... parameters) throws SQLException {
        try (PreparedStatement unindex = connection.prepareStatement(
                        "INSERT INTO library_search (library_search, rowid, text, functions, arguments, tags)"
                                + " SELECT 'delete', s.id, s.text, s.functions, s.arguments, s.tags"
                                + " FROM library_search_content s"
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
                statement.executeUpdate("DELETE FROM library_term");
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
     * the text) among the newest matches, or the newest first when it has filters only; at most {@code limit}.
     */
    public List<SearchHit> search(SearchQuery query, int limit) throws StoreException {
        return search(query, 0, limit).hits();
    }

    /**
     * A page of the results of {@code query}, from the {@code offset}th (0 first), at most {@code limit}, with how
     * many match as far as the page shows (see {@link LibrarySearchSql}; {@link #count} counts further).
     */
    public SearchResults search(SearchQuery query, int offset, int limit) throws StoreException {
        return database.read(
                "Couldn't search the library", connection -> LibrarySearchSql.search(connection, query, offset, limit));
    }

    /**
     * How many messages match {@code query}, counted up to {@link SearchResults#COUNTED} + 1 (more: that many). Apart
     * from the search, so that the results show first.
     */
    public int count(SearchQuery query) throws StoreException {
        return database.read(
                "Couldn't count the library's matches",
                connection -> LibrarySearchSql.count(connection, query, SearchResults.COUNTED + 1));
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

    /** The syncs' resumable state, in the same database. */
    public SyncLedger syncs() {
        return syncs;
    }

    @Override
    public void close() {
        database.close();
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

    static String json(Map<String, Object> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (JsonProcessingException unwritable) {
            return "{}";
        }
    }

    static String orEmpty(String value) {
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

    static Instant instant(ResultSet row, int column) throws SQLException {
        long micros = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
    }

    static void setMicros(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, micros(at));
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
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
}
