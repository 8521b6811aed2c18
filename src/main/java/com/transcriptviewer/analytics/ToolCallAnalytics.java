package com.transcriptviewer.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tool-call analytics over the library's kept calls ({@code library_tool_call}, one row per call, with its check
 * status, whether its arguments are JSON, and the result that answered it): each function's figures, the daily trend
 * and the latency distribution in one pass over the query's calls, and the calls behind any figure. Reads only; runs
 * on whatever connection it is given (the library's reader), off the FX thread.
 */
public final class ToolCallAnalytics {

    /** The most calls a figure lists; the list says how many there are in all. */
    public static final int CALL_LIMIT = 1_000;

    private ToolCallAnalytics() {}

    /** The calls behind a figure, the first {@code limit} of {@code total}. */
    public record Calls(Figure figure, List<CallRow> rows, long total) {

        public Calls {
            rows = List.copyOf(rows);
        }
    }

    public static AnalyticsReport report(Connection connection, AnalyticsQuery query) throws SQLException {
        Filter filter = Filter.of(query, false);
        String sql = "SELECT t.function_name, t.called_at_us, t.check_status, t.arguments_valid_json, t.result_index,"
                + " t.result_at_us, t.result_error, t.conversation_id FROM library_tool_call t" + filter.join()
                + " WHERE 1 = 1" + filter.where();
        Map<String, Tally> byFunction = new HashMap<>();
        Tally total = new Tally("");
        Map<LocalDate, long[]> days = new TreeMap<>();
        DayOf dayOf = new DayOf(query.zone());
        long[] buckets = new long[LatencyBuckets.count()];
        Set<String> conversations = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            filter.bind(statement, 1);
            statement.setFetchSize(4_096);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String function = row.getString(1);
                    long calledAt = row.getLong(2);
                    boolean timedCall = !row.wasNull();
                    String status = row.getString(3);
                    boolean problem = CallProblems.isProblem(status, row.getInt(4) != 0);
                    boolean checked = CallProblems.isChecked(status);
                    row.getInt(5);
                    boolean answered = !row.wasNull();
                    long resultAt = row.getLong(6);
                    boolean timed = answered && timedCall && !row.wasNull();
                    boolean error = answered && row.getInt(7) != 0;
                    long latencyMs = timed ? Math.max(0, Math.floorDiv(resultAt - calledAt, 1_000)) : -1;
                    conversations.add(row.getString(8));

                    byFunction.computeIfAbsent(function, Tally::new).add(checked, problem, answered, error, latencyMs);
                    total.add(checked, problem, answered, error, latencyMs);
                    if (timed) {
                        buckets[LatencyBuckets.of(latencyMs)]++;
                    }
                    if (timedCall) {
                        long[] day = days.computeIfAbsent(dayOf.day(calledAt), d -> new long[3]);
                        day[0]++;
                        day[1] += problem ? 1 : 0;
                        day[2] += error ? 1 : 0;
                    }
                }
            }
        }
        List<FunctionFigures> functions = new ArrayList<>(byFunction.size());
        for (Tally tally : byFunction.values()) {
            functions.add(tally.figures());
        }
        functions.sort(
                Comparator.comparingLong(FunctionFigures::calls).reversed().thenComparing(FunctionFigures::function));
        List<DayFigures> trend = new ArrayList<>(days.size());
        days.forEach((day, counts) -> trend.add(new DayFigures(day, counts[0], counts[1], counts[2])));
        return new AnalyticsReport(query, functions, total.figures(), trend, buckets, conversations.size());
    }

    /** The calls behind a figure: newest first, or slowest first for latency; at most {@code limit} of them. */
    public static Calls calls(Connection connection, AnalyticsQuery query, Figure figure, int limit)
            throws SQLException {
        Filter filter = Filter.of(query, true);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1").append(filter.where());
        List<Object> extra = new ArrayList<>();
        if (!figure.function().isEmpty()) {
            where.append(" AND t.function_name = ?");
            extra.add(figure.function());
        }
        String latency = "(t.result_at_us - t.called_at_us)";
        String timed = " AND t.result_index IS NOT NULL AND t.result_at_us IS NOT NULL AND t.called_at_us IS NOT NULL";
        String order = " ORDER BY t.called_at_us DESC, t.conversation_id, t.message_index, t.position";
        switch (figure.kind()) {
            case CALLS -> {}
            case PROBLEMS -> where.append(" AND ").append(CallProblems.SQL);
            case ERRORS -> where.append(" AND t.result_index IS NOT NULL AND t.result_error <> 0");
            case LATENCY -> {
                where.append(timed);
                order = " ORDER BY " + latency + " DESC, t.conversation_id, t.message_index, t.position";
            }
            case DAY -> {
                ZoneId zone = query.zone();
                where.append(" AND t.called_at_us >= ? AND t.called_at_us < ?");
                extra.add(micros(figure.day().atStartOfDay(zone).toInstant()));
                extra.add(micros(figure.day().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            case LATENCY_BUCKET -> {
                where.append(timed)
                        .append(" AND ")
                        .append(latency)
                        .append(" >= ? AND ")
                        .append(latency)
                        .append(" < ?");
                extra.add(LatencyBuckets.lowerMicros(figure.bucket()));
                extra.add(LatencyBuckets.upperMicros(figure.bucket()));
            }
        }
        String from = " FROM library_tool_call t" + filter.join();
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + from + where)) {
            bindAll(count, filter, extra);
            try (ResultSet row = count.executeQuery()) {
                total = row.next() ? row.getLong(1) : 0;
            }
        }
        List<CallRow> rows = new ArrayList<>();
        String select = "SELECT t.conversation_id, COALESCE(c.name, ''), t.message_index, t.call_id, t.function_name,"
                + " t.called_at_us, t.check_status, t.arguments_valid_json, t.result_index, t.result_at_us,"
                + " t.result_error";
        try (PreparedStatement statement = connection.prepareStatement(select + from + where + order + " LIMIT ?")) {
            int next = bindAll(statement, filter, extra);
            statement.setInt(next, Math.max(0, limit));
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
        boolean problem = CallProblems.isProblem(row.getString(7), row.getInt(8) != 0);
        row.getInt(9);
        boolean answered = !row.wasNull();
        long resultAt = row.getLong(10);
        boolean timed = answered && timedCall && !row.wasNull();
        return new CallRow(
                row.getString(1),
                row.getString(2),
                row.getInt(3),
                row.getString(4),
                row.getString(5),
                timedCall ? instant(calledAt) : null,
                timed ? Math.max(0, Math.floorDiv(resultAt - calledAt, 1_000)) : -1,
                problem,
                answered,
                answered && row.getInt(11) != 0);
    }

    private static int bindAll(PreparedStatement statement, Filter filter, List<Object> extra) throws SQLException {
        int next = filter.bind(statement, 1);
        for (Object value : extra) {
            statement.setObject(next++, value);
        }
        return next;
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** The query's conditions as SQL, with the conversation table joined only when they (or the caller) need it. */
    private record Filter(boolean joinsConversation, List<String> conditions, List<Object> values) {

        static Filter of(AnalyticsQuery query, boolean needsConversation) {
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
            return new Filter(join, conditions, values);
        }

        String join() {
            return joinsConversation
                    ? " LEFT JOIN library_conversation c ON c.conversation_id = t.conversation_id"
                    : "";
        }

        String where() {
            StringBuilder sql = new StringBuilder();
            for (String condition : conditions) {
                sql.append(" AND ").append(condition);
            }
            return sql.toString();
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int next = first;
            for (Object value : values) {
                statement.setObject(next++, value);
            }
            return next;
        }
    }

    /** A function's counts and latencies as the rows go by. */
    private static final class Tally {
        private final String function;
        private long calls;
        private long checked;
        private long problems;
        private long results;
        private long errors;
        private long[] latencies = new long[16];
        private int timed;

        Tally(String function) {
            this.function = function;
        }

        void add(boolean isChecked, boolean problem, boolean answered, boolean error, long latencyMs) {
            calls++;
            checked += isChecked ? 1 : 0;
            problems += problem ? 1 : 0;
            results += answered ? 1 : 0;
            errors += error ? 1 : 0;
            if (latencyMs >= 0) {
                if (timed == latencies.length) {
                    latencies = Arrays.copyOf(latencies, timed * 2);
                }
                latencies[timed++] = latencyMs;
            }
        }

        FunctionFigures figures() {
            long[] percentiles = Percentiles.of(latencies, timed, 50, 95);
            return new FunctionFigures(
                    function, calls, checked, problems, results, errors, timed, percentiles[0], percentiles[1]);
        }
    }

    /** The user's day of a time, remembering the current day's bounds: most neighbouring calls share a day. */
    private static final class DayOf {
        private final ZoneId zone;
        private long dayStart = 1;
        private long dayEnd = 0;
        private LocalDate day;

        DayOf(ZoneId zone) {
            this.zone = zone;
        }

        LocalDate day(long micros) {
            if (micros < dayStart || micros >= dayEnd) {
                day = instant(micros).atZone(zone).toLocalDate();
                dayStart = micros(day.atStartOfDay(zone).toInstant());
                dayEnd = micros(day.plusDays(1).atStartOfDay(zone).toInstant());
            }
            return day;
        }
    }
}
