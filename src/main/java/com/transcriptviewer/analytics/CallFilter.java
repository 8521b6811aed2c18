package com.transcriptviewer.analytics;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A query's conditions on the kept calls ({@code library_tool_call t}) as SQL, with the conversation table
 * ({@code c}) joined only when the conditions (or the caller) need it: most queries read the calls' table alone.
 */
record CallFilter(boolean joinsConversation, List<String> conditions, List<Object> values) {

    static CallFilter of(AnalyticsQuery query, boolean needsConversation) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("t.called_at_us >= ?");
            values.add(micros(query.from()));
        }
        if (query.to() != null) {
            conditions.add("t.called_at_us < ?");
            values.add(micros(query.to()));
        }
        if (!query.assistantId().isEmpty()) {
            conditions.add("c.assistant_id = ?");
            values.add(query.assistantId());
        }
        if (!query.assistantVersion().isEmpty()) {
            conditions.add("c.assistant_version = ?");
            values.add(query.assistantVersion());
        }
        boolean join = needsConversation
                || !query.assistantId().isEmpty()
                || !query.assistantVersion().isEmpty();
        return new CallFilter(join, List.copyOf(conditions), List.copyOf(values));
    }

    /** "FROM library_tool_call t", joined to the conversations when needed. */
    String from() {
        return " FROM library_tool_call t"
                + (joinsConversation
                        ? " LEFT JOIN library_conversation c ON c.conversation_id = t.conversation_id"
                        : "");
    }

    /** "WHERE ..." with the query's conditions and {@code more} (SQL conditions of the caller's). */
    String where(String... more) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        for (String condition : conditions) {
            sql.append(" AND ").append(condition);
        }
        for (String condition : more) {
            sql.append(" AND ").append(condition);
        }
        return sql.toString();
    }

    /** Binds the query's values from parameter {@code first}; returns the next free parameter. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int next = first;
        for (Object value : values) {
            statement.setObject(next++, value);
        }
        return next;
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
