package com.transcriptviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.testing.PostgresServer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The migrations on both databases: from nothing, and from the previous version with reviews in it. */
class MigrationsTest {

    private static final Instant SAVED = Instant.parse("2026-02-27T16:40:12.345678Z");

    /** What an app at version 1 saved: a wrong call and a note with a label on the conversation. */
    private static final ReviewEntry V1_CALL = new ReviewEntry(
            "7d3e0c52-0f6c-4d55-9a43-3f1f38a3c0a1",
            new ReviewItem("conv-1", "call:call_1", ReviewItem.Identity.CALL_ID, "call_1", 1, 0, "book_table"),
            "ann",
            Verdict.WRONG,
            "Booked the wrong date",
            List.of(),
            "schema_mismatch",
            SAVED);

    private static final ReviewEntry V1_NOTE = new ReviewEntry(
            "0b6f2c9e-2d2a-4f7e-8b1a-6f0f3d7b9e22",
            ReviewItem.conversation("conv-1"),
            "ann",
            null,
            "Long call",
            List.of("billing"),
            null,
            SAVED.plusSeconds(1));

    private static PostgresServer server;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.launch();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theVersionListIsTheScriptsVersionsOnEitherDatabase() throws Exception {
        List<String> shared = versionsIn("db/migration");
        for (Migrations.Vendor vendor : Migrations.Vendor.values()) {
            List<String> versions = new ArrayList<>(shared);
            List<String> own = versionsIn("db/vendor/" + vendor.folder());
            assertThat(own).as(vendor + " repeats a shared version").doesNotContainAnyElementsOf(shared);
            versions.addAll(own);
            versions.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));

            assertThat(versions).as(vendor.toString()).isEqualTo(Migrations.VERSIONS);
        }
    }

    @Test
    void theLibraryIsOnTheEmbeddedDatabaseOnly() throws Exception {
        Path file = folder.resolve("library.db");
        ReviewStores.openLocal(file).close();
        try (Connection connection = LocalDatabase.dataSource(file).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE name IN ('library_conversation',"
                                + " 'library_message', 'library_tool_call', 'library_search', 'library_sync')")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(5);
        }

        String database = server.createDatabase();
        ReviewStores.testTeamServer(
                new TeamServer(server.jdbcUrl(database), PostgresServer.USER), PostgresServer.PASSWORD);
        try (Connection connection = server.user(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'library%'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    private static List<String> versionsIn(String folder) throws Exception {
        URL scripts = Migrations.class.getClassLoader().getResource(folder);
        List<String> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(scripts.toURI()))) {
            Pattern name = Pattern.compile("V(\\d+)__\\w+\\.sql");
            for (Path file : files.sorted().toList()) {
                Matcher matcher = name.matcher(file.getFileName().toString());
                assertThat(matcher.matches()).as(file.getFileName().toString()).isTrue();
                versions.add(matcher.group(1));
            }
        }
        return versions;
    }

    @Test
    void sqliteFromNothing() throws Exception {
        Path file = folder.resolve("new.db");
        ReviewStores.openLocal(file).close();

        try (Connection connection = LocalDatabase.dataSource(file).getConnection()) {
            assertThat(appliedVersions(connection)).isEqualTo(Migrations.VERSIONS);
            assertThat(Migrations.upToDate(connection)).isTrue();
        }
    }

    @Test
    void sqliteFromTheFirstVersionWithReviewsInIt() throws Exception {
        Path file = folder.resolve("old.db");
        DataSource old = LocalDatabase.dataSource(file);
        Migrations.migrate(old, Migrations.Vendor.SQLITE, "1");
        try (Connection connection = old.getConnection()) {
            assertThat(appliedVersions(connection)).containsExactly("1");
            assertThat(Migrations.upToDate(connection)).isFalse();
            insertFirstVersionReviews(connection);
        }

        try (ReviewStore store = ReviewStores.openLocal(file)) {
            assertKeptAndUsable(store);
        }
        try (Connection connection = old.getConnection()) {
            assertThat(appliedVersions(connection)).isEqualTo(Migrations.VERSIONS);
        }
    }

    @Test
    void postgresFromNothing() throws Exception {
        String database = server.createDatabase();

        ReviewStores.testTeamServer(
                new TeamServer(server.jdbcUrl(database), PostgresServer.USER), PostgresServer.PASSWORD);

        try (Connection connection = server.user(database)) {
            assertThat(appliedVersions(connection)).isEqualTo(Migrations.VERSIONS);
        }
    }

    @Test
    void postgresFromTheFirstVersionWithReviewsInIt() throws Exception {
        String database = server.createDatabase();
        PGSimpleDataSource old = new PGSimpleDataSource();
        old.setURL(server.jdbcUrl(database));
        old.setUser(PostgresServer.USER);
        old.setPassword(PostgresServer.PASSWORD);
        Migrations.migrate(old, Migrations.Vendor.POSTGRESQL, "1");
        try (Connection connection = old.getConnection()) {
            assertThat(appliedVersions(connection)).containsExactly("1");
            insertFirstVersionReviews(connection);
        }

        try (ReviewStore store = ReviewStores.openTeam(
                folder.resolve("local.db"),
                new TeamServer(server.jdbcUrl(database), PostgresServer.USER),
                PostgresServer.PASSWORD,
                TeamReviewStoreTest.FAST)) {
            assertThat(store.status().reachable()).as(store.status().problem()).isTrue();
            assertKeptAndUsable(store);
            TeamReviewStoreTest.awaitSent(store);
        }
        try (Connection connection = old.getConnection()) {
            assertThat(appliedVersions(connection)).isEqualTo(Migrations.VERSIONS);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT tool_calls FROM conversation_facts")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(4);
            }
        }
    }

    /** The reviews of version 1 read back whole, and the new version's tables work beside them. */
    private static void assertKeptAndUsable(ReviewStore store) throws Exception {
        assertThat(store.latest("conv-1")).containsExactly(V1_CALL, V1_NOTE);
        assertThat(store.history("conv-1", "call:call_1")).containsExactly(V1_CALL);
        assertThat(store.labels()).containsExactly("billing");
        assertThat(store.progress(List.of("conv-1"), "ann").get("conv-1"))
                .isEqualTo(new ReviewProgress("conv-1", 1, -1, null));

        store.recordToolCallCount("conv-1", 4);
        ReviewEntry changed = Reviews.verdict(V1_CALL.item(), "ann", Verdict.CORRECT, SAVED.plusSeconds(60));
        store.save(changed);

        assertThat(store.latest("conv-1")).containsExactly(V1_NOTE, changed);
        assertThat(store.progress(List.of("conv-1"), "ann").get("conv-1"))
                .isEqualTo(new ReviewProgress("conv-1", 1, 4, null));
    }

    /** Rows as the first version wrote them, in its SQL (the same on both databases). */
    private static void insertFirstVersionReviews(Connection connection) throws Exception {
        long call = ReviewSql.micros(V1_CALL.savedAt());
        long note = ReviewSql.micros(V1_NOTE.savedAt());
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO review_entry VALUES ('" + V1_CALL.eventId() + "', 'conv-1',"
                    + " 'call:call_1', 'CALL_ID', 'call_1', 1, 0, 'book_table', 'ann', 'wrong',"
                    + " 'Booked the wrong date', '[]', 'schema_mismatch', " + call + ")");
            statement.executeUpdate("INSERT INTO review_entry VALUES ('" + V1_NOTE.eventId() + "', 'conv-1',"
                    + " 'conversation', 'CONVERSATION', '', -1, -1, '', 'ann', NULL, 'Long call', '[\"billing\"]',"
                    + " NULL, " + note + ")");
            statement.executeUpdate("INSERT INTO review_current VALUES ('conv-1', 'call:call_1', 'ann', '"
                    + V1_CALL.eventId() + "', " + call + ", 'wrong', '{\"event_id\": \"" + V1_CALL.eventId()
                    + "\", \"conversation_id\": \"conv-1\", \"item_key\": \"call:call_1\", \"identity\":"
                    + " \"CALL_ID\", \"tool_call_id\": \"call_1\", \"message_index\": 1, \"position\": 0,"
                    + " \"function_name\": \"book_table\", \"reviewer\": \"ann\", \"verdict\": \"wrong\","
                    + " \"note\": \"Booked the wrong date\", \"labels\": [], \"check_status\":"
                    + " \"schema_mismatch\", \"saved_at_us\": " + call + "}')");
            statement.executeUpdate("INSERT INTO review_current VALUES ('conv-1', 'conversation', 'ann', '"
                    + V1_NOTE.eventId() + "', " + note + ", NULL, '{\"event_id\": \"" + V1_NOTE.eventId()
                    + "\", \"conversation_id\": \"conv-1\", \"item_key\": \"conversation\", \"identity\":"
                    + " \"CONVERSATION\", \"tool_call_id\": \"\", \"message_index\": -1, \"position\": -1,"
                    + " \"function_name\": \"\", \"reviewer\": \"ann\", \"verdict\": null, \"note\":"
                    + " \"Long call\", \"labels\": [\"billing\"], \"check_status\": null, \"saved_at_us\": "
                    + note + "}')");
            statement.executeUpdate("INSERT INTO review_label VALUES ('billing')");
        }
    }

    private static List<String> appliedVersions(Connection connection) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
