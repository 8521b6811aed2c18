package com.transcriptviewer.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analytics report in one pass over the query's calls. Each row crossing sqlite-jdbc costs about a microsecond per
 * column (a JNI call each), so reading 250,000 calls' seven columns took most of a second; letting SQLite group, sort
 * and rank them (GROUP BY and window functions) costs more still. So SQLite formats each call as one text record and
 * joins the records of each range of 65,536 row ids into one text: a few values cross, and Java adds them up per
 * function, per latency range and per day, and ranks the latencies for the percentiles. Ranges of row ids rather than
 * one text for all keep the memory bounded, and need no sorting. Records are separated by U+001E and fields by
 * U+001F; a function name holding either (no real one does) has it replaced by U+FFFD.
 */
final class ReportSql {

    private static final char RECORD = '\u001E';
    private static final char FIELD = '\u001F';
    private static final long RANGE = 1 << 16;

    /** Function, check status, arguments valid JSON (0/1), answered (0/1), error (0/1/""), µs to result, call time. */
    private static final String RECORD_FORMAT =
            String.join(String.valueOf(FIELD), "%s", "%s", "%d", "%d", "%s", "%s", "%s");

    private ReportSql() {}

    static AnalyticsReport report(Connection connection, AnalyticsQuery query) throws SQLException {
        CallFilter filter = CallFilter.of(query, false);
        String function = "replace(replace(t.function_name, char(30), char(65533)), char(31), char(65533))";
        String sql = "SELECT group_concat(format('" + RECORD_FORMAT + "', " + function + ", t.check_status,"
                + " t.arguments_valid_json, t.result_index IS NOT NULL, t.result_error,"
                + " t.result_at_us - t.called_at_us, t.called_at_us), char(30))" + filter.from()
                + filter.where("t.rowid >= ?", "t.rowid < ?");
        Counts counts = new Counts(query.zone());
        long last = lastRowId(connection);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int range = filter.bind(statement, 1);
            for (long first = 0; first <= last; first += RANGE) {
                statement.setLong(range, first);
                statement.setLong(range + 1, first + RANGE);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        counts.addRecords(row.getString(1));
                    }
                }
            }
        }
        return counts.report(query, conversations(connection, filter));
    }

    private static long lastRowId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT max(rowid) FROM library_tool_call");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static long conversations(Connection connection, CallFilter filter) throws SQLException {
        String sql = "SELECT COUNT(DISTINCT t.conversation_id)" + filter.from() + filter.where();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            filter.bind(statement, 1);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** Every function's tallies, the latency ranges and the days, as the records go by. */
    private static final class Counts {
        private final Map<String, Tally> byFunction = new HashMap<>();
        private final Tally total = new Tally("");
        private final long[] buckets = new long[LatencyBuckets.count()];
        private final Map<LocalDate, long[]> days = new TreeMap<>();
        private final DayOf dayOf;
        private String lastFunction;
        private Tally last;

        Counts(ZoneId zone) {
            dayOf = new DayOf(zone);
        }

        /** One block's records: function, check status, valid JSON, answered, error, latency in µs, call time. */
        void addRecords(String records) {
            if (records == null) {
                return;
            }
            int at = 0;
            int end = records.length();
            while (at < end) {
                int next = records.indexOf(FIELD, at);
                String function = records.substring(at, next);
                at = next + 1;
                next = records.indexOf(FIELD, at);
                String status = records.substring(at, next);
                boolean validJson = records.charAt(next + 1) != '0';
                boolean answered = records.charAt(next + 3) != '0';
                at = next + 5;
                boolean error = answered && records.charAt(at) == '1';
                at = records.indexOf(FIELD, at) + 1;
                next = records.indexOf(FIELD, at);
                long latencyMs = next == at ? -1 : Math.max(0, Math.floorDiv(parseLong(records, at, next), 1_000));
                at = next + 1;
                next = records.indexOf(RECORD, at);
                if (next < 0) {
                    next = end;
                }
                boolean timedCall = next > at;
                long calledAt = timedCall ? parseLong(records, at, next) : 0;
                at = next + 1;
                add(
                        function,
                        CallProblems.isChecked(status),
                        CallProblems.isProblem(status, validJson),
                        answered,
                        error,
                        latencyMs,
                        timedCall,
                        calledAt);
            }
        }

        private void add(
                String function,
                boolean checked,
                boolean problem,
                boolean answered,
                boolean error,
                long latencyMs,
                boolean timedCall,
                long calledAt) {
            if (!function.equals(lastFunction)) {
                lastFunction = function;
                last = byFunction.computeIfAbsent(function, Tally::new);
            }
            last.add(checked, problem, answered, error, latencyMs);
            total.add(checked, problem, answered, error, latencyMs);
            if (latencyMs >= 0) {
                buckets[LatencyBuckets.of(latencyMs)]++;
            }
            if (timedCall) {
                long[] day = days.computeIfAbsent(dayOf.day(calledAt), d -> new long[3]);
                day[0]++;
                day[1] += problem ? 1 : 0;
                day[2] += error ? 1 : 0;
            }
        }

        AnalyticsReport report(AnalyticsQuery query, long conversations) {
            List<FunctionFigures> functions = new ArrayList<>(byFunction.size());
            for (Tally tally : byFunction.values()) {
                functions.add(tally.figures());
            }
            functions.sort(Comparator.comparingLong(FunctionFigures::calls)
                    .reversed()
                    .thenComparing(FunctionFigures::function));
            List<DayFigures> trend = new ArrayList<>(days.size());
            days.forEach((day, c) -> trend.add(new DayFigures(day, c[0], c[1], c[2])));
            return new AnalyticsReport(query, functions, total.figures(), trend, buckets, conversations);
        }

        private static long parseLong(String text, int from, int to) {
            return Long.parseLong(text, from, to, 10);
        }
    }

    /** A function's counts and latencies. */
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

        /** The median and 95th percentile by nearest rank (the value at rank ⌈p·n⌉), so each is a real latency. */
        FunctionFigures figures() {
            long median = -1;
            long p95 = -1;
            if (timed > 0) {
                Arrays.sort(latencies, 0, timed);
                median = latencies[rank(50) - 1];
                p95 = latencies[rank(95) - 1];
            }
            return new FunctionFigures(function, calls, checked, problems, results, errors, timed, median, p95);
        }

        private int rank(int percent) {
            return Math.max(1, (int) ((percent * (long) timed + 99) / 100));
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
                day = CallFilter.instant(micros).atZone(zone).toLocalDate();
                dayStart = CallFilter.micros(day.atStartOfDay(zone).toInstant());
                dayEnd = CallFilter.micros(day.plusDays(1).atStartOfDay(zone).toInstant());
            }
            return day;
        }
    }
}
