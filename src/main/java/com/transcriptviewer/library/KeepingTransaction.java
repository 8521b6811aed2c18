package com.transcriptviewer.library;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ToolCall;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes that keep conversations, in one transaction of the library's writing connection: each statement prepared
 * once for all the conversations kept together (SQLite prepares a statement in about the time it runs it, and a sync
 * keeps dozens of conversations to a transaction), and the messages' row ids given here, one after the newest (the
 * transaction holds the write lock: nobody else adds rows meanwhile), instead of asked back after each insert.
 */
final class KeepingTransaction implements AutoCloseable {

    private final Connection connection;
    private final long now;
    private final long syncId;
    private final List<PreparedStatement> prepared = new ArrayList<>();
    private final PreparedStatement keptAt;
    private final PreparedStatement upsert;
    private final PreparedStatement message;
    private final PreparedStatement call;
    private final PreparedStatement index;
    private final PreparedStatement syncItem;
    private long nextRow;

    /** @param syncId the sync whose items the conversations settle as done (0: none) */
    KeepingTransaction(Connection connection, Instant now, long syncId) throws SQLException {
        this.connection = connection;
        this.now = LibraryStore.micros(now);
        this.syncId = syncId;
        keptAt = prepare("SELECT kept_at_us FROM library_conversation WHERE conversation_id = ?");
        upsert = prepare("INSERT INTO library_conversation"
                + " (conversation_id, name, assistant_id, assistant_version, channel, metadata, created_at_us,"
                + " last_message_at_us, message_count, kept_at_us, refreshed_at_us, gone_at_us)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"
                + " ON CONFLICT (conversation_id) DO UPDATE SET name = excluded.name,"
                + " assistant_id = excluded.assistant_id, assistant_version = excluded.assistant_version,"
                + " channel = excluded.channel, metadata = excluded.metadata,"
                + " created_at_us = excluded.created_at_us, last_message_at_us = excluded.last_message_at_us,"
                + " message_count = excluded.message_count, refreshed_at_us = excluded.refreshed_at_us,"
                + " gone_at_us = NULL");
        message = prepare("INSERT INTO library_message"
                + " (id, conversation_id, message_index, message_id, role, sent_at_us, text, raw_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        call = prepare("INSERT INTO library_tool_call"
                + " (message_row, position, conversation_id, message_index, call_id, function_name,"
                + " arguments, arguments_valid_json, check_status, called_at_us, result_index,"
                + " result_at_us, result_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)");
        // From the view the index reads when a message is taken out of it, so both see the same words; once the
        // conversation's calls are all in (a tool result's tags name the call it answers).
        index = prepare("INSERT INTO library_search (rowid, text, functions, arguments, tags)"
                + " SELECT id, text, functions, arguments, tags FROM library_search_content WHERE conversation_id = ?");
        syncItem = syncId > 0
                ? prepare("INSERT INTO library_sync_item (sync_id, conversation_id, state, messages, problem)"
                        + " VALUES (?, ?, 'done', ?, NULL) ON CONFLICT (sync_id, conversation_id)"
                        + " DO UPDATE SET state = excluded.state, messages = excluded.messages, problem = NULL")
                : null;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) FROM library_message")) {
            row.next();
            nextRow = row.getLong(1) + 1;
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        prepared.add(statement);
        return statement;
    }

    /**
     * Keeps the conversation and its messages (all of them, in order), replacing what was kept of it before; the first
     * time it was kept is kept, and it is no longer marked gone.
     */
    void keep(Conversation conversation, String assistantVersion, List<MessageRow> rows) throws SQLException {
        Long firstKept = null;
        keptAt.setString(1, conversation.id());
        try (ResultSet row = keptAt.executeQuery()) {
            if (row.next()) {
                firstKept = row.getLong(1);
            }
        }
        if (firstKept != null) {
            LibraryStore.forgetMessages(connection, "m.conversation_id = ?", conversation.id());
        }
        upsert.setString(1, conversation.id());
        upsert.setString(2, conversation.name());
        upsert.setString(3, LibraryStore.orEmpty(conversation.assistantId()));
        upsert.setString(4, assistantVersion == null ? "" : assistantVersion);
        upsert.setString(5, LibraryStore.orEmpty(conversation.channel()));
        upsert.setString(6, LibraryStore.json(conversation.metadata()));
        LibraryStore.setMicros(upsert, 7, conversation.createdAt());
        LibraryStore.setMicros(upsert, 8, conversation.lastMessageAt());
        upsert.setInt(9, rows.size());
        upsert.setLong(10, firstKept == null ? now : firstKept);
        upsert.setLong(11, now);
        upsert.executeUpdate();
        insertMessages(conversation.id(), rows);
        if (syncItem != null) {
            syncItem.setLong(1, syncId);
            syncItem.setString(2, conversation.id());
            syncItem.setInt(3, rows.size());
            syncItem.executeUpdate();
        }
    }

    private void insertMessages(String conversationId, List<MessageRow> rows) throws SQLException {
        int calls = 0;
        for (MessageRow row : rows) {
            long id = nextRow++;
            message.setLong(1, id);
            message.setString(2, conversationId);
            message.setInt(3, row.index);
            message.setString(4, row.messageId);
            message.setString(5, row.message.role().rawName());
            LibraryStore.setMicros(message, 6, row.message.displayTime());
            message.setString(7, row.message.text());
            message.setString(8, row.rawJson);
            message.addBatch();
            List<ToolCall> toolCalls = row.message.toolCalls();
            for (int position = 0; position < toolCalls.size(); position++) {
                ToolCall toolCall = toolCalls.get(position);
                MessageRow.Result result = row.results.get(position);
                call.setLong(1, id);
                call.setInt(2, position);
                call.setString(3, conversationId);
                call.setInt(4, row.index);
                call.setString(5, toolCall.id());
                call.setString(6, toolCall.functionName());
                call.setString(7, toolCall.arguments());
                call.setInt(8, LibraryStore.validJson(toolCall.arguments()) ? 1 : 0);
                LibraryStore.setMicros(call, 9, row.message.displayTime());
                if (result == null) {
                    call.setNull(10, Types.INTEGER);
                    call.setNull(11, Types.BIGINT);
                    call.setNull(12, Types.INTEGER);
                } else {
                    call.setInt(10, result.index());
                    LibraryStore.setMicros(call, 11, result.at());
                    call.setInt(12, result.error() ? 1 : 0);
                }
                call.addBatch();
                calls++;
            }
        }
        if (!rows.isEmpty()) {
            message.executeBatch();
        }
        if (calls > 0) {
            call.executeBatch();
        }
        index.setString(1, conversationId);
        index.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : prepared) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
