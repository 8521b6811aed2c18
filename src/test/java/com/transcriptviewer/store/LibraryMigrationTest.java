package com.transcriptviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.SearchQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library kept by version 3 (its full-text index without tags) opened by this version: the index is built again
 * with the filters' tags, the words are listed for prefixes, and what was kept is found as a new library finds it.
 */
class LibraryMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aVersion3LibraryIsSearchedWithItsFiltersAfterTheUpgrade() throws Exception {
        Path file = folder.resolve("transcript-viewer.db");
        DataSource old = LocalDatabase.dataSource(file);
        Migrations.migrate(old, Migrations.Vendor.SQLITE, "3");
        try (Connection connection = old.getConnection();
                Statement statement = connection.createStatement()) {
            // As version 3 kept a conversation: a question, a call and its result, each in the index.
            statement.executeUpdate("INSERT INTO library_conversation (conversation_id, name, assistant_id,"
                    + " assistant_version, channel, metadata, created_at_us, last_message_at_us, message_count,"
                    + " kept_at_us, refreshed_at_us) VALUES ('c1', 'Call c1', 'asst-1', '', 'phone_call', '{}',"
                    + " 1772442000000000, 1772442060000000, 3, 1772442100000000, 1772442100000000)");
            statement.executeUpdate("INSERT INTO library_message (id, conversation_id, message_index, role,"
                    + " sent_at_us, text, raw_json) VALUES"
                    + " (1, 'c1', 0, 'user', 1772442001000000, 'I want a refund on order A-10293', NULL),"
                    + " (2, 'c1', 1, 'assistant', 1772442002000000, '', NULL),"
                    + " (3, 'c1', 2, 'tool', 1772442004000000, '{\"status\": \"refunded\"}', NULL)");
            statement.executeUpdate("INSERT INTO library_tool_call (message_row, position, conversation_id,"
                    + " message_index, call_id, function_name, arguments, arguments_valid_json, called_at_us,"
                    + " result_index, result_at_us, result_error) VALUES (2, 0, 'c1', 1, 'call_1', 'refund_order',"
                    + " '{\"order_id\": \"A-10293\"}', 1, 1772442002000000, 2, 1772442004000000, 0)");
            statement.executeUpdate("INSERT INTO library_search (rowid, text, functions, arguments)"
                    + " SELECT id, text, functions, arguments FROM library_search_content");
        }

        try (LibraryStore library = LibraryStore.open(file)) {
            // The call's function name (refund_order) first: a match there counts four times.
            assertThat(indexes(library, "refund")).containsExactly(1, 0);
            assertThat(indexes(library, "refund*")).containsExactlyInAnyOrder(0, 1, 2);
            assertThat(indexes(library, "function:refund_order")).containsExactly(2, 1);
            assertThat(indexes(library, "A-10293 role:assistant channel:phone_call assistant:asst-1"))
                    .containsExactly(1);
            assertThat(indexes(library, "order since:2026-03-02 until:2026-03-02"))
                    .containsExactlyInAnyOrder(0, 1);
            assertThat(indexes(library, "order since:2026-03-03")).isEmpty();

            // Removing it takes it out of the rebuilt index too.
            library.remove("c1");
            assertThat(indexes(library, "refund*")).isEmpty();
        }
        try (Connection connection = old.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO library_search (library_search, rank) VALUES ('integrity-check', 1)");
        }
        try (Connection connection = old.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM library_term"
                        + " WHERE term IN ('refund', 'refunded', 'refund_order', 'a', '10293', 'order')")) {
            rows.next();
            // The function's name is cut as the index cuts it (refund, order), and each word listed once.
            assertThat(rows.getInt(1)).isEqualTo(5);
        }
    }

    private static List<Integer> indexes(LibraryStore library, String query) throws Exception {
        return library.search(SearchQuery.parse(query), 10).stream()
                .map(SearchHit::messageIndex)
                .toList();
    }
}
