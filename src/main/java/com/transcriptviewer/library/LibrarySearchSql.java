package com.transcriptviewer.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's search as SQL over its FTS5 index: the words, phrases and prefixes of a {@link SearchQuery} matched,
 * its filters joined in, the best results ranked by BM25 (function names weighted up) with a snippet each.
 */
final class LibrarySearchSql {

    /** How many of the newest matches a search ranks (see {@link #newestCandidatesFloor}). */
    static final int RANKED_CANDIDATES = 5_000;

    private static final char MARK_OPEN = '\u0001';
    private static final char MARK_CLOSE = '\u0002';

    private LibrarySearchSql() {}

    /**
     * The messages matching {@code query}, best first by BM25 (a match in a function's name counts more than one in
     * the text), or the newest first when it has filters only; at most {@code limit}.
     */
    static List<SearchHit> search(Connection connection, SearchQuery query, int limit) throws SQLException {
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
            filterValues.add(LibraryStore.micros(query.since()));
        }
        if (query.until() != null) {
            filters.append(" AND coalesce(m.sent_at_us, c.created_at_us) < ?");
            filterValues.add(LibraryStore.micros(query.until()));
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
        if (!query.match().isEmpty()) {
            parameters.set(1, newestCandidatesFloor(connection, candidatesText, query.match(), filterValues));
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(statementText)) {
            LibraryStore.bind(select, parameters.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.add(SearchHit.withSnippet(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getInt(5),
                            rows.getString(6),
                            LibraryStore.instant(rows, 7),
                            rows.getString(8),
                            MARK_OPEN,
                            MARK_CLOSE));
                }
            }
        }
        return hits;
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
            LibraryStore.bind(candidates, values.toArray());
            try (ResultSet row = candidates.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        }
    }
}
