package com.transcriptviewer.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The library's search over its FTS5 index. The words, phrases and prefixes of a {@link SearchQuery} and its filters
 * (as words of the index's {@code tags} column, see {@link SearchTags}) are one FTS5 expression, so the index alone
 * finds the matching messages, and walks them newest first (by row id: the newest kept first) without ranking any.
 * The matches are ranked {@value #RANKED} at a time, the newest first: each set is read once (text, functions,
 * arguments), ranked here by BM25 ({@link SearchRanking}), and the shown results get their snippets ({@link
 * SearchSnippet}). So a search costs the same for a rare word and for a phrase that a quarter of the library holds:
 * FTS5's own bm25() and snippet() would first walk every match.
 *
 * <p>A prefix of plain letters and digits is read as the words of the index that start with it ({@code library_term}),
 * at most {@value #PREFIX_WORDS}: FTS5 reads a prefix by merging every such word's list of messages before it finds
 * the first.
 */
final class LibrarySearchSql {

    /** Matches ranked together, the newest first: the first page is the best of the newest this many. */
    static final int RANKED = 2_000;

    /** Words a prefix is read as, at most (more: FTS5 reads the prefix itself). */
    static final int PREFIX_WORDS = 64;

    /** The newest matches of each phrase that its weight is estimated from. */
    static final int IDF_SAMPLE = 256;

    private static final String CONTENT_COLUMNS = "{text functions arguments}";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9]+");

    private LibrarySearchSql() {}

    /**
     * The results of {@code query} from the {@code offset}th on, at most {@code limit}: best first among the newest
     * {@value #RANKED} matches, then among the next {@value #RANKED}, and so on; with filters only, the newest first.
     * How many match is told as far as the matches read show it; {@link #count} counts further.
     */
    static SearchResults search(Connection connection, SearchQuery query, int offset, int limit) throws SQLException {
        if (query.isEmpty() || limit <= 0) {
            return SearchResults.NONE;
        }
        Matches matches = Matches.of(connection, query);
        List<SearchPhrase> phrases = SearchPhrase.of(query);
        double[] idf = null;
        List<SearchCandidate> shown = new ArrayList<>();
        int at = offset;
        int seen = 0;
        boolean more = false;
        while (shown.size() < limit) {
            int window = at / RANKED;
            List<SearchCandidate> candidates = matches.read(connection, window * RANKED, RANKED, query.filtersOnly());
            seen = window * RANKED + candidates.size();
            more = candidates.size() == RANKED;
            if (query.filtersOnly()) {
                candidates.sort(SearchCandidate.NEWEST_FIRST);
            } else {
                if (idf == null) {
                    idf = weights(connection, query, phrases);
                }
                SearchRanking.rank(candidates, phrases, idf);
            }
            for (int i = at - window * RANKED; i < candidates.size() && shown.size() < limit; i++) {
                shown.add(candidates.get(i));
            }
            if (!more) {
                break;
            }
            at = (window + 1) * RANKED;
        }
        Matches.describe(connection, shown, query.filtersOnly());
        List<SearchHit> hits = new ArrayList<>(shown.size());
        for (SearchCandidate candidate : shown) {
            hits.add(candidate.hit(
                    query.filtersOnly() ? SearchSnippet.plain(candidate) : SearchSnippet.of(candidate, phrases)));
        }
        return new SearchResults(hits, offset, Math.max(seen, offset + hits.size()), more);
    }

    /** How many messages match {@code query}, counted up to {@code most}. */
    static int count(Connection connection, SearchQuery query, int most) throws SQLException {
        return query.isEmpty() ? 0 : Matches.of(connection, query).count(connection, most);
    }

    /**
     * What the query matches, as one FTS5 expression (the phrases in the text, functions and arguments; the filters in
     * the tags) and, for a date range that does not start or end at a day's start (UTC), the exact times.
     */
    private record Matches(String expression, Long since, Long until) {

        static Matches of(Connection connection, SearchQuery query) throws SQLException {
            List<String> filters = new ArrayList<>();
            if (query.role() != null) {
                filters.add(SearchTags.role(query.role()));
            }
            if (query.channel() != null) {
                filters.add(SearchTags.channel(query.channel()));
            }
            if (query.assistant() != null) {
                filters.add(SearchTags.assistant(query.assistant()));
            }
            if (query.function() != null) {
                filters.add(SearchTags.function(query.function()));
            }
            if (query.since() != null || query.until() != null) {
                filters.add(SearchTags.days(query.since(), query.until()));
            }
            String words = phrases(connection, query);
            String tags = filters.isEmpty() ? "" : "tags : (" + String.join(" AND ", filters) + ")";
            String expression = words.isEmpty() ? tags : tags.isEmpty() ? words : words + " AND " + tags;
            Long since = query.since() != null && !SearchTags.startsADay(query.since())
                    ? LibraryStore.micros(query.since())
                    : null;
            Long until = query.until() != null && !SearchTags.startsADay(query.until())
                    ? LibraryStore.micros(query.until())
                    : null;
            return new Matches(expression, since, until);
        }

        /** The matching messages' row ids, newest first (a sub-query with its parameters bound from {@code at}). */
        private String rowIds() {
            if (since == null && until == null) {
                return "SELECT rowid AS id FROM library_search WHERE library_search MATCH ? ORDER BY rowid DESC";
            }
            return "SELECT library_search.rowid AS id FROM library_search"
                    + " JOIN library_message m ON m.id = library_search.rowid"
                    + " JOIN library_conversation c ON c.conversation_id = m.conversation_id"
                    + " WHERE library_search MATCH ?"
                    + (since == null ? "" : " AND coalesce(m.sent_at_us, c.created_at_us) >= ?")
                    + (until == null ? "" : " AND coalesce(m.sent_at_us, c.created_at_us) < ?")
                    + " ORDER BY library_search.rowid DESC";
        }

        private int bind(PreparedStatement statement, int at) throws SQLException {
            statement.setString(at++, expression);
            if (since != null) {
                statement.setLong(at++, since);
            }
            if (until != null) {
                statement.setLong(at++, until);
            }
            return at;
        }

        /** How many messages match, counted up to {@code most}. */
        int count(Connection connection, int most) throws SQLException {
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT count(*) FROM (" + rowIds() + " LIMIT ?)")) {
                count.setInt(bind(count, 1), most);
                try (ResultSet row = count.executeQuery()) {
                    return row.next() ? row.getInt(1) : 0;
                }
            }
        }

        /**
         * The matches from the {@code skip}th newest on, at most {@code size}, newest first: what the ranking reads
         * (the text, functions and arguments), or for filters only their times. As few columns as that: sqlite-jdbc
         * costs a call into SQLite per column of every row.
         */
        List<SearchCandidate> read(Connection connection, int skip, int size, boolean timesOnly) throws SQLException {
            String sql = timesOnly
                    ? "SELECT w.id, coalesce(m.sent_at_us,"
                            + " (SELECT c.created_at_us FROM library_conversation c"
                            + " WHERE c.conversation_id = m.conversation_id))"
                            + " FROM (" + rowIds() + " LIMIT ? OFFSET ?) w JOIN library_message m ON m.id = w.id"
                    : "SELECT w.id, m.text,"
                            + " (SELECT group_concat(t.function_name, ' ') FROM library_tool_call t"
                            + " WHERE t.message_row = w.id),"
                            + " (SELECT group_concat(t.arguments, ' ') FROM library_tool_call t"
                            + " WHERE t.message_row = w.id)"
                            + " FROM (" + rowIds() + " LIMIT ? OFFSET ?) w JOIN library_message m ON m.id = w.id";
            List<SearchCandidate> candidates = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int at = bind(select, 1);
                select.setInt(at++, size);
                select.setInt(at, skip);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        SearchCandidate candidate = new SearchCandidate(rows.getLong(1));
                        if (timesOnly) {
                            candidate.sentAt = LibraryStore.instant(rows, 2);
                        } else {
                            candidate.setColumns(rows.getString(2), rows.getString(3), rows.getString(4));
                        }
                        candidates.add(candidate);
                    }
                }
            }
            return candidates;
        }

        /** Reads where the shown results are (and for filters only, what they say). */
        static void describe(Connection connection, List<SearchCandidate> shown, boolean withColumns)
                throws SQLException {
            if (shown.isEmpty()) {
                return;
            }
            Map<Long, SearchCandidate> byId = new HashMap<>();
            for (SearchCandidate candidate : shown) {
                byId.put(candidate.id, candidate);
            }
            String sql = "SELECT m.id, m.conversation_id, c.name, c.channel, c.assistant_id, m.message_index, m.role,"
                    + " coalesce(m.sent_at_us, c.created_at_us)"
                    + (withColumns
                            ? ", m.text, (SELECT group_concat(t.function_name, ' ') FROM library_tool_call t"
                                    + " WHERE t.message_row = m.id), (SELECT group_concat(t.arguments, ' ')"
                                    + " FROM library_tool_call t WHERE t.message_row = m.id)"
                            : "")
                    + " FROM library_message m JOIN library_conversation c ON c.conversation_id = m.conversation_id"
                    + " WHERE m.id IN (" + String.join(", ", Collections.nCopies(shown.size(), "?")) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < shown.size(); i++) {
                    select.setLong(i + 1, shown.get(i).id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        SearchCandidate candidate = byId.get(rows.getLong(1));
                        candidate.conversationId = rows.getString(2);
                        candidate.conversationName = rows.getString(3);
                        candidate.channel = rows.getString(4);
                        candidate.assistantId = rows.getString(5);
                        candidate.messageIndex = rows.getInt(6);
                        candidate.role = rows.getString(7);
                        candidate.sentAt = LibraryStore.instant(rows, 8);
                        if (withColumns) {
                            candidate.setColumns(rows.getString(9), rows.getString(10), rows.getString(11));
                        }
                    }
                }
            }
        }
    }

    /** The query's words, phrases and prefixes as an FTS5 expression over the text, functions and arguments. */
    private static String phrases(Connection connection, SearchQuery query) throws SQLException {
        if (query.phrases().isEmpty()) {
            return "";
        }
        return CONTENT_COLUMNS + " : (" + expression(connection, query.phrases()) + ")";
    }

    private static String expression(Connection connection, List<SearchQuery.Phrase> phrases) throws SQLException {
        StringBuilder match = new StringBuilder();
        for (SearchQuery.Phrase phrase : phrases) {
            if (!match.isEmpty()) {
                match.append(phrase.operator().isEmpty() ? " " : " " + phrase.operator() + " ");
            }
            match.append(phrase(connection, phrase));
        }
        return match.toString();
    }

    /** A phrase for FTS5; a prefix of plain letters and digits as the words it stands for, when few enough. */
    private static String phrase(Connection connection, SearchQuery.Phrase phrase) throws SQLException {
        if (!phrase.prefix() || !PLAIN_WORD.matcher(phrase.text()).matches()) {
            return phrase.quoted();
        }
        String prefix = phrase.text().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT term FROM library_term WHERE term >= ? AND term < ? ORDER BY term LIMIT ?")) {
            select.setString(1, prefix);
            select.setString(
                    2, prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1));
            select.setInt(3, PREFIX_WORDS + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    words.add(SearchQuery.quote(rows.getString(1)));
                }
            }
        }
        if (words.isEmpty() || words.size() > PREFIX_WORDS) {
            return phrase.quoted();
        }
        return words.size() == 1 ? words.get(0) : "(" + String.join(" OR ", words) + ")";
    }

    /**
     * Each phrase's weight: from the share of the newest messages that hold it (the newest {@value #IDF_SAMPLE} of its
     * matches against the row ids they span); all 1 for a query of one phrase, whose weight changes no order.
     */
    private static double[] weights(Connection connection, SearchQuery query, List<SearchPhrase> phrases)
            throws SQLException {
        double[] idf = new double[phrases.size()];
        Arrays.fill(idf, 1.0);
        if (phrases.size() < 2) {
            return idf;
        }
        long messages;
        long newest;
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT (SELECT coalesce(sum(message_count), 0) FROM library_conversation),"
                                + " (SELECT coalesce(max(id), 0) FROM library_message)");
                ResultSet row = select.executeQuery()) {
            row.next();
            messages = Math.max(1, row.getLong(1));
            newest = row.getLong(2);
        }
        boolean[] weighed = new boolean[phrases.size()];
        for (SearchQuery.Phrase typed : query.phrases()) {
            int p = phrases.indexOf(SearchPhrase.of(typed));
            if (typed.operator().equals("NOT") || p < 0 || weighed[p]) {
                continue;
            }
            weighed[p] = true;
            int found = 0;
            long oldest = newest;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT rowid FROM library_search WHERE library_search MATCH ? ORDER BY rowid DESC LIMIT ?")) {
                select.setString(1, CONTENT_COLUMNS + " : (" + phrase(connection, typed) + ")");
                select.setInt(2, IDF_SAMPLE);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found++;
                        oldest = rows.getLong(1);
                    }
                }
            }
            double share = found < IDF_SAMPLE
                    ? (double) found / messages
                    : (double) found / Math.max(found, newest - oldest + 1);
            idf[p] = SearchRanking.idf(share, messages);
        }
        return idf;
    }
}
