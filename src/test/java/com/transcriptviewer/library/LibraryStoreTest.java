package com.transcriptviewer.library;

import static com.transcriptviewer.library.LibraryMessages.call;
import static com.transcriptviewer.library.LibraryMessages.conversation;
import static com.transcriptviewer.library.LibraryMessages.read;
import static com.transcriptviewer.library.LibraryMessages.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping, reading back and removing conversations, on a real database file. */
class LibraryStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path folder;

    private LibraryStore library;

    @BeforeEach
    void open() throws Exception {
        library = LibraryStore.open(folder.resolve("transcript-viewer.db"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void keepsAConversationAndReadsItBackAsItCame() throws Exception {
        Conversation conversation = conversation("c1", "asst-1", "phone_call", T0);
        List<Message> messages = read(
                text("user", "I want a refund on order A-10293", "2026-03-02T09:00:01Z"),
                call("call_1", "lookup_order", "{\"order_id\": \"A-10293\"}", "2026-03-02T09:00:02Z"),
                text("tool", "{\"status\": \"failed\", \"error\": \"order locked\"}", "2026-03-02T09:00:04Z"),
                text("assistant", "Sorry, that order is locked.", "2026-03-02T09:00:05Z"));

        library.keep(conversation, "v7", messages, T0.plusSeconds(100));

        KeptConversation kept = library.conversation("c1").orElseThrow();
        assertThat(kept.conversation()).isEqualTo(conversation);
        assertThat(kept.assistantVersion()).isEqualTo("v7");
        assertThat(kept.messageCount()).isEqualTo(4);
        assertThat(kept.keptAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(kept.gone()).isFalse();
        assertThat(library.messages("c1")).isEqualTo(messages);
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT call_id, function_name, arguments_valid_json,"
                        + " result_index, result_at_us - called_at_us, result_error FROM library_tool_call")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("call_1");
            assertThat(row.getString(2)).isEqualTo("lookup_order");
            assertThat(row.getInt(3)).isEqualTo(1);
            assertThat(row.getInt(4)).isEqualTo(2);
            assertThat(row.getLong(5)).isEqualTo(2_000_000L);
            assertThat(row.getInt(6)).isEqualTo(1);
            assertThat(row.next()).isFalse();
        }
    }

    @Test
    void eachMessagesIdIsReadFromItsJsonWhereverItIs() throws Exception {
        List<Message> messages = read(
                "{\"id\":\"first\",\"role\":\"user\",\"text\":\"a\"}",
                "{\"role\":\"user\",\"metadata\":{\"id\":\"inner\"},\"tool_calls\":[],\"id\":\"last\"}",
                "{\"role\":\"user\",\"text\":\"no id\"}",
                "{\"id\":null,\"role\":\"user\",\"text\":\"null id\"}",
                "{\"id\":42,\"role\":\"user\",\"text\":\"number\"}");
        // Two conversations kept together, then the first again: each message its own row, in order.
        library.keepAll(
                List.of(
                        new LibraryStore.Keeping(conversation("c1", "a", "web_chat", T0), "", messages),
                        new LibraryStore.Keeping(conversation("c2", "a", "web_chat", T0), "", messages.subList(0, 2))),
                T0,
                0);
        library.keep(conversation("c1", "a", "web_chat", T0), "", messages, T0.plusSeconds(1));

        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT conversation_id, message_index, message_id" + " FROM library_message ORDER BY id")) {
            List<String> seen = new java.util.ArrayList<>();
            while (rows.next()) {
                seen.add(rows.getString(1) + "/" + rows.getInt(2) + "/" + rows.getString(3));
            }
            assertThat(seen)
                    .containsExactly(
                            "c2/0/first", "c2/1/last", "c1/0/first", "c1/1/last", "c1/2/null", "c1/3/null", "c1/4/42");
        }
        assertThat(library.messages("c1")).isEqualTo(messages);
        assertThat(library.search(SearchQuery.parse("number"), 10))
                .extracting(SearchHit::conversationId)
                .containsExactly("c1");
    }

    @Test
    void keepingAgainReplacesTheMessagesAndKeepsTheFirstKeptTime() throws Exception {
        Conversation conversation = conversation("c1", "asst-1", "phone_call", T0);
        library.keep(conversation, "", read(text("user", "first words", "2026-03-02T09:00:01Z")), T0);
        library.markGone("c1", T0.plusSeconds(5));
        assertThat(library.conversation("c1").orElseThrow().gone()).isTrue();

        List<Message> now = read(
                text("user", "second words", "2026-03-02T09:00:01Z"),
                text("assistant", "more words", "2026-03-02T09:00:02Z"));
        library.keep(conversation, "", now, T0.plusSeconds(60));

        KeptConversation kept = library.conversation("c1").orElseThrow();
        assertThat(kept.keptAt()).isEqualTo(T0);
        assertThat(kept.refreshedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(kept.gone()).isFalse();
        assertThat(library.messages("c1")).isEqualTo(now);
        assertThat(library.search(SearchQuery.parse("first"), 10)).isEmpty();
        assertThat(library.search(SearchQuery.parse("second"), 10)).hasSize(1);
        assertIndexIntact();
    }

    @Test
    void removesOneOlderThanAndAll() throws Exception {
        for (int i = 0; i < 3; i++) {
            library.keep(
                    conversation("c" + i, "asst-1", "phone_call", T0),
                    "",
                    read(
                            text("user", "hello number " + i, "2026-03-02T09:00:01Z"),
                            call("call_" + i, "book", "{}", "2026-03-02T09:00:02Z")),
                    T0.plusSeconds(3600L * 24 * i));
        }
        assertThat(library.counts().conversations()).isEqualTo(3);
        assertThat(library.counts().messages()).isEqualTo(6);
        assertThat(library.counts().toolCalls()).isEqualTo(3);
        assertThat(library.counts().diskBytes()).isPositive();

        assertThat(library.remove("c1")).isTrue();
        assertThat(library.remove("c1")).isFalse();
        assertThat(library.conversation("c1")).isEmpty();
        assertThat(library.search(SearchQuery.parse("hello"), 10))
                .extracting(SearchHit::conversationId)
                .containsExactlyInAnyOrder("c0", "c2");

        assertThat(library.removeKeptBefore(T0.plusSeconds(3600))).isEqualTo(1);
        assertThat(library.counts().conversations()).isEqualTo(1);
        assertIndexIntact();

        assertThat(library.removeAll()).isEqualTo(1);
        assertThat(library.counts())
                .extracting(LibraryCounts::conversations, LibraryCounts::messages)
                .containsExactly(0L, 0L);
        assertThat(library.search(SearchQuery.parse("hello"), 10)).isEmpty();
        assertIndexIntact();
    }

    @Test
    void invalidArgumentsAndErrorsInPlainTextAreNoted() throws Exception {
        library.keep(
                conversation("c1", "asst-1", "phone_call", T0),
                "",
                read(
                        call("call_1", "book", "{\"date\": ", "2026-03-02T09:00:01Z"),
                        text("tool", "Error: the calendar is down", "2026-03-02T09:00:02Z"),
                        call("call_2", "book", "{\"date\": \"2026-03-03\"}", "2026-03-02T09:00:03Z"),
                        text("tool", "{\"booked\": true, \"error\": null}", "2026-03-02T09:00:04Z"),
                        call("call_3", "book", "{}", "2026-03-02T09:00:05Z")),
                T0);
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT call_id, arguments_valid_json, result_error"
                        + " FROM library_tool_call ORDER BY message_index")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(2)).isZero();
            assertThat(rows.getInt(3)).isEqualTo(1);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(2)).isEqualTo(1);
            assertThat(rows.getInt(3)).isZero();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("call_3");
            assertThat(rows.getObject(3)).isNull();
        }
    }

    @Test
    void notesWhatTheChecksFoundForEachCallInOneGo() throws Exception {
        library.keep(
                conversation("c1", "asst-1", "phone_call", T0),
                "v1",
                read(
                        call("call_1", "lookup_order", "{\"order_id\": \"A-1\"}", "2026-03-02T09:00:02Z"),
                        call("call_2", "book_table", "{\"party_size\": \"four\"}", "2026-03-02T09:00:03Z")),
                T0);

        Map<Integer, List<String>> statuses = new HashMap<>();
        statuses.put(0, List.of("ok"));
        statuses.put(1, List.of("schema_mismatch"));
        library.recordChecks("c1", statuses);
        library.recordChecks("not-kept", statuses);

        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT call_id, check_status FROM library_tool_call ORDER BY message_index")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isEqualTo("ok");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("call_2");
            assertThat(rows.getString(2)).isEqualTo("schema_mismatch");
            assertThat(rows.next()).isFalse();
        }
    }

    private Connection connection() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + library.file());
    }

    /** FTS5's own check that the index says what the messages say. */
    private void assertIndexIntact() throws Exception {
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO library_search (library_search, rank) VALUES ('integrity-check', 1)");
        }
    }
}
