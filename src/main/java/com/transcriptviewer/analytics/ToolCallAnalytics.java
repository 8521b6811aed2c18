package com.transcriptviewer.analytics;

import static com.transcriptviewer.analytics.CallProblems.ERROR;
import static com.transcriptviewer.analytics.CallProblems.LATENCY_MS;
import static com.transcriptviewer.analytics.CallProblems.PROBLEM;
import static com.transcriptviewer.analytics.CallProblems.TIMED;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tool-call analytics over the library's kept calls ({@code library_tool_call}, one row per call, with its check
 * status, whether its arguments are JSON, and the result that answered it): the report (each function's figures, the
 * daily trend, the latency ranges), the calls behind any of its figures, and the assistants to choose from. Reads
 * only; runs on whatever connection it is given (the library's reader), off the FX thread.
 */
public final class ToolCallAnalytics {

    /** The most calls a figure lists; the list says how many there are in all. */
    public static final int CALL_LIMIT = 1_000;

    private ToolCallAnalytics() {}

    /** The calls behind a figure, the first of {@code total}. */
    public record Calls(Figure figure, List<CallRow> rows, long total) {

        public Calls {
            rows = List.copyOf(rows);
        }
    }

    public static AnalyticsReport report(Connection connection, AnalyticsQuery query) throws SQLException {
        return ReportSql.report(connection, query);
    }

    /** The calls behind a figure: newest first, or slowest first for latency; at most {@code limit} of them. */
    public static Calls calls(Connection connection, AnalyticsQuery query, Figure figure, int limit)
            throws SQLException {
        CallFilter filter = CallFilter.of(query, true);
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (!figure.function().isEmpty()) {
            conditions.add("t.function_name = ?");
            values.add(figure.function());
        }
        String order = "t.called_at_us DESC";
        switch (figure.kind()) {
            case CALLS -> {}
            case PROBLEMS -> conditions.add(PROBLEM);
            case ERRORS -> conditions.add(ERROR);
            case LATENCY -> {
                conditions.add(TIMED);
                order = LATENCY_MS + " DESC";
            }
            case DAY -> {
                ZoneId zone = query.zone();
                conditions.add("t.called_at_us >= ? AND t.called_at_us < ?");
                values.add(CallFilter.micros(figure.day().atStartOfDay(zone).toInstant()));
                values.add(CallFilter.micros(
                        figure.day().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            case LATENCY_BUCKET -> {
                conditions.add(TIMED);
                conditions.add(LATENCY_MS + " >= ? AND " + LATENCY_MS + " < ?");
                values.add(LatencyBuckets.lowerMicros(figure.bucket()) / 1_000);
                values.add(LatencyBuckets.upperMicros(figure.bucket()) / 1_000);
            }
        }
        String where = filter.where(conditions.toArray(String[]::new));
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + filter.from() + where)) {
            bind(count, filter, values);
            try (ResultSet row = count.executeQuery()) {
                total = row.next() ? row.getLong(1) : 0;
            }
        }
        String select = "SELECT t.conversation_id, COALESCE(c.name, ''), t.message_index, t.call_id, t.function_name,"
                + " t.called_at_us, " + PROBLEM + ", t.result_index IS NOT NULL, " + ERROR + ", " + TIMED + ", "
                + LATENCY_MS;
        String sql = select + filter.from() + where + " ORDER BY " + order
                + ", t.conversation_id, t.message_index, t.position LIMIT ?";
        List<CallRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(bind(statement, filter, values), Math.max(0, limit));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(callRow(row));
                }
            }
        }
        return new Calls(figure, rows, total);
    }

    /** The assistant ids of the kept conversations, each with its versions in order, blank ones left out. */
    public static Map<String, List<String>> assistants(Connection connection) throws SQLException {
        Map<String, List<String>> assistants = new TreeMap<>();
        String sql = "SELECT DISTINCT assistant_id, assistant_version FROM library_conversation"
                + " WHERE assistant_id <> '' ORDER BY assistant_id, assistant_version";
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                List<String> versions = assistants.computeIfAbsent(row.getString(1), id -> new ArrayList<>());
                if (!row.getString(2).isEmpty()) {
                    versions.add(row.getString(2));
                }
            }
        }
        return assistants;
    }

    private static CallRow callRow(ResultSet row) throws SQLException {
        long calledAt = row.getLong(6);
        boolean timedCall = !row.wasNull();
        boolean timed = row.getInt(10) != 0;
        return new CallRow(
                row.getString(1),
                row.getString(2),
                row.getInt(3),
                row.getString(4),
                row.getString(5),
                timedCall ? CallFilter.instant(calledAt) : null,
                timed ? row.getLong(11) : -1,
                row.getInt(7) != 0,
                row.getInt(8) != 0,
                row.getInt(9) != 0);
    }

    private static int bind(PreparedStatement statement, CallFilter filter, List<Object> values) throws SQLException {
        int next = filter.bind(statement, 1);
        for (Object value : values) {
            statement.setObject(next++, value);
        }
        return next;
    }
}
