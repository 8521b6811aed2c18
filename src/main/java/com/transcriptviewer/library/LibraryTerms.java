package com.transcriptviewer.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Keeps {@code library_term}, the words the full-text index holds, for the search's prefixes. The words of what is
 * kept are cut by FTS5 itself, with the index's tokenizer, in a scratch index of this connection's own (in memory,
 * emptied after each use), so the list holds exactly the index's words, whatever the language.
 */
final class LibraryTerms {

    /** The tokenizer of {@code library_search} (migration 4). */
    private static final String TOKENIZER = "unicode61 remove_diacritics 2";

    private LibraryTerms() {}

    /** Adds the words of {@code texts} (each message's text, functions and arguments, any grouping) to the list. */
    static void add(Connection connection, List<String> texts) throws SQLException {
        if (texts.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.library_new_words"
                    + " USING fts5 (words, content = '', tokenize = '" + TOKENIZER + "')");
            statement.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.library_new_words_vocabulary"
                    + " USING fts5vocab (temp, library_new_words, row)");
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO temp.library_new_words (words) VALUES (?)")) {
            for (String text : texts) {
                insert.setString(1, text);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT OR IGNORE INTO main.library_term (term)"
                    + " SELECT term FROM temp.library_new_words_vocabulary");
            statement.executeUpdate("INSERT INTO temp.library_new_words (library_new_words) VALUES ('delete-all')");
        }
    }

    /** What a conversation's messages give the index to cut into words, as one text. */
    static String words(List<MessageRow> rows) {
        StringBuilder words = new StringBuilder();
        for (MessageRow row : rows) {
            append(words, row.message.text());
            append(words, row.functions());
            append(words, row.arguments());
        }
        return words.toString();
    }

    private static void append(StringBuilder words, String part) {
        if (part != null && !part.isEmpty()) {
            words.append(part).append('\n');
        }
    }
}
