package com.transcriptviewer.store;

import static com.transcriptviewer.store.Reviews.call;
import static com.transcriptviewer.store.Reviews.verdict;
import static com.transcriptviewer.store.TeamReviewStoreTest.FAST;
import static com.transcriptviewer.store.TeamReviewStoreTest.awaitSent;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.testing.PostgresServer;
import com.transcriptviewer.testing.StoreStatuses;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox on a real PostgreSQL server that goes away and comes back: what is saved meanwhile waits on this computer,
 * reads keep answering from it, and everything arrives once and in the order it was saved.
 */
class OutboxTest {

    private static PostgresServer server;

    @TempDir
    Path folder;

    private String database;
    private Path localFile;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.launch();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        server.start();
        database = server.createDatabase();
        localFile = folder.resolve("local.db");
    }

    private ReviewStore open(String password) throws StoreException {
        return ReviewStores.openTeam(
                localFile, new TeamServer(server.jdbcUrl(database), PostgresServer.USER), password, FAST);
    }

    @Test
    void verdictsSavedWhileTheServerIsDownWaitAndArriveOnceInTheOrderSaved() throws Exception {
        try (ReviewStore store = open(PostgresServer.PASSWORD)) {
            recordArrivals();
            List<StoreStatus> heard = new CopyOnWriteArrayList<>();
            store.onStatusChange(heard::add);
            server.stop();

            List<ReviewEntry> saved = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                // Saved newest first: the outbox keeps the order of saving, not of the entries' times.
                ReviewEntry entry = verdict(call("conv-1", i), "ann", Verdict.values()[i % 3], 100 - i);
                store.save(entry);
                saved.add(entry);
            }

            StoreStatus offline = await(store, status -> !status.reachable() && status.pending() == 5);
            assertThat(offline.problem()).isEqualTo("Can't reach 127.0.0.1:" + server.port() + ".");
            assertThat(store.latest("conv-1")).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(store.progress(List.of("conv-1"), "ann").get("conv-1"))
                    .isEqualTo(new ReviewProgress("conv-1", 5, -1, null));
            assertThat(store.history("conv-1", saved.get(0).item().key())).containsExactly(saved.get(0));

            server.start();
            awaitSent(store);

            assertThat(arrivals())
                    .containsExactlyElementsOf(
                            saved.stream().map(ReviewEntry::eventId).toList());
            assertThat(serverCount("SELECT COUNT(*) FROM review_entry")).isEqualTo(5);
            assertThat(localCount("SELECT COUNT(*) FROM review_outbox")).isZero();
            assertThat(heard).anyMatch(status -> !status.reachable() && status.pending() == 5);
            assertThat(heard.get(heard.size() - 1).reachable()).isTrue();
            assertThat(heard.get(heard.size() - 1).pending()).isZero();
            assertThat(store.latest("conv-1")).containsExactlyInAnyOrderElementsOf(saved);
        }
    }

    @Test
    void aStoreOpenedWhileTheServerIsDownOpensAndSendsOnceItIsBack() throws Exception {
        server.stop();
        long start = System.nanoTime();
        try (ReviewStore store = open(PostgresServer.PASSWORD)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(store.status().reachable()).isFalse();
            assertThat(store.status().problem()).startsWith("Can't reach 127.0.0.1:");
            ReviewEntry entry = verdict(call("conv-1", 1), "ann", Verdict.WRONG, 0);
            store.save(entry);
            store.recordToolCallCount("conv-1", 7);
            assertThat(store.status().pending()).isEqualTo(1);
            assertThat(store.progress(List.of("conv-1"), "ann").get("conv-1"))
                    .isEqualTo(new ReviewProgress("conv-1", 1, 7, null));

            server.start();
            awaitSent(store);

            assertThat(serverCount("SELECT COUNT(*) FROM review_entry")).isEqualTo(1);
            assertThat(serverCount("SELECT tool_calls FROM conversation_facts")).isEqualTo(7);
            assertThat(localCount("SELECT COUNT(*) FROM review_outbox")).isZero();
        }
    }

    /** The crash between the server's commit and the outbox's delete: sent again, kept once. */
    @Test
    void anEntryAlreadyOnTheServerButStillInTheOutboxIsSentAgainWithoutADuplicate() throws Exception {
        ReviewEntry entry = verdict(call("conv-1", 1), "ann", Verdict.CORRECT, 0);
        try (ReviewStore store = open(PostgresServer.PASSWORD)) {
            store.save(entry);
            awaitSent(store);
        }
        try (Connection local = DriverManager.getConnection("jdbc:sqlite:" + localFile);
                PreparedStatement requeue = local.prepareStatement(
                        "INSERT INTO review_outbox (seq, kind, ref, queued_at_us) VALUES (1, 'review_entry', ?, 0)")) {
            requeue.setString(1, entry.eventId());
            requeue.executeUpdate();
        }

        try (ReviewStore store = open(PostgresServer.PASSWORD)) {
            awaitSent(store);

            assertThat(serverCount("SELECT COUNT(*) FROM review_entry")).isEqualTo(1);
            assertThat(localCount("SELECT COUNT(*) FROM review_outbox")).isZero();
            assertThat(store.latest("conv-1")).containsExactly(entry);
        }
    }

    @Test
    void aVerdictSavedWhileThePasswordIsWrongIsKeptUntilTheRightOneComes() throws Exception {
        ReviewEntry entry = verdict(call("conv-1", 1), "ann", Verdict.UNSURE, 0);
        try (ReviewStore store = open("not-the-password")) {
            assertThat(store.status().reachable()).isFalse();
            assertThat(store.status().problem()).isEqualTo("The team server rejected the password for user qa.");
            assertThat(store.status().toString()).doesNotContain("not-the-password");

            store.save(entry);

            assertThat(store.status().pending()).isEqualTo(1);
            assertThat(store.latest("conv-1")).containsExactly(entry);
        }

        try (ReviewStore store = open(PostgresServer.PASSWORD)) {
            awaitSent(store);
            assertThat(serverCount("SELECT COUNT(*) FROM review_entry")).isEqualTo(1);
        }
    }

    @Test
    void aServerRestartBetweenSavesIsNotReportedAsAnOutage() throws Exception {
        try (ReviewStore store = open(PostgresServer.PASSWORD)) {
            store.save(verdict(call("conv-1", 1), "ann", Verdict.CORRECT, 0));
            awaitSent(store);
            List<StoreStatus> heard = new CopyOnWriteArrayList<>();
            store.onStatusChange(heard::add);

            server.stop();
            server.start();
            store.save(verdict(call("conv-1", 2), "ann", Verdict.CORRECT, 1));
            awaitSent(store);
            assertThat(store.latest("conv-1")).hasSize(2);

            assertThat(heard).allMatch(StoreStatus::reachable);
            assertThat(serverCount("SELECT COUNT(*) FROM review_entry")).isEqualTo(2);
        }
    }

    @Test
    void aVerdictTheServerRefusesWaitsFirstInTheOutboxAndTheStatusSaysWhy() throws Exception {
        try (ReviewStore store = open(PostgresServer.PASSWORD)) {
            server.superuserSql(
                    database,
                    "CREATE TABLE audit (event_id TEXT NOT NULL)",
                    "CREATE FUNCTION audit() RETURNS trigger AS $$ BEGIN"
                            + " INSERT INTO audit VALUES (NEW.event_id); RETURN NEW; END $$ LANGUAGE plpgsql",
                    "CREATE TRIGGER audit AFTER INSERT ON review_entry FOR EACH ROW EXECUTE FUNCTION audit()");
            ReviewEntry first = verdict(call("conv-1", 1), "ann", Verdict.WRONG, 0);
            ReviewEntry second = verdict(call("conv-1", 2), "ann", Verdict.CORRECT, 1);
            store.save(first);
            store.save(second);

            StoreStatus refused = await(store, status -> !status.problem().isEmpty());
            assertThat(refused.reachable()).isTrue();
            assertThat(refused.pending()).isEqualTo(2);
            assertThat(refused.problem())
                    .isEqualTo("User qa may not read or change the review tables in database " + database + " on"
                            + " 127.0.0.1:" + server.port() + ".");
            assertThat(store.latest("conv-1")).containsExactly(first, second);

            server.superuserSql(database, "GRANT INSERT ON audit TO " + PostgresServer.USER);
            awaitSent(store);

            assertThat(store.status().problem()).isEmpty();
            assertThat(serverCount("SELECT COUNT(*) FROM audit")).isEqualTo(2);
        }
    }

    /** A trigger on the server notes the order in which entries arrive. */
    private void recordArrivals() {
        server.superuserSql(
                database,
                "CREATE TABLE arrivals (n SERIAL PRIMARY KEY, event_id TEXT NOT NULL)",
                "GRANT INSERT ON arrivals TO " + PostgresServer.USER,
                "GRANT USAGE ON SEQUENCE arrivals_n_seq TO " + PostgresServer.USER,
                "CREATE FUNCTION note_arrival() RETURNS trigger AS $$ BEGIN"
                        + " INSERT INTO arrivals (event_id) VALUES (NEW.event_id); RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER note_arrival AFTER INSERT ON review_entry FOR EACH ROW"
                        + " EXECUTE FUNCTION note_arrival()");
    }

    private List<String> arrivals() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = server.superuser(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT event_id FROM arrivals ORDER BY n")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private int serverCount(String sql) throws Exception {
        try (Connection connection = server.superuser(database)) {
            return single(connection, sql);
        }
    }

    private int localCount(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + localFile)) {
            return single(connection, sql);
        }
    }

    private static int single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static StoreStatus await(ReviewStore store, Predicate<StoreStatus> wanted) throws Exception {
        return StoreStatuses.await(store, wanted);
    }
}
