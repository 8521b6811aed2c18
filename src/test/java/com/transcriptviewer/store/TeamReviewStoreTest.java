package com.transcriptviewer.store;

import static com.transcriptviewer.store.Reviews.call;
import static com.transcriptviewer.store.Reviews.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.testing.PostgresServer;
import com.transcriptviewer.testing.StoreStatuses;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team store on a real PostgreSQL server (one per class, a fresh database per test). */
class TeamReviewStoreTest extends ReviewStoreContract {

    static final TeamOptions FAST = TeamOptions.DEFAULT.withRetries(Duration.ofMillis(50), Duration.ofMillis(300));

    private static PostgresServer server;
    /** One database for the class, emptied before each test (quicker than a new database each time). */
    private static String database;
    /** Whether the first test has made the tables, which later tests empty. */
    private static boolean emptied;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.launch();
        database = server.createDatabase();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected ReviewStore open() throws Exception {
        if (emptied) {
            server.superuserSql(
                    database, "TRUNCATE review_outbox, conversation_facts, review_label, review_current, review_entry");
        }
        emptied = true;
        ReviewStore team = openTeam("this-machine");
        assertThat(team.status().reachable()).as(team.status().problem()).isTrue();
        return team;
    }

    private ReviewStore openTeam(String machine) throws StoreException {
        return ReviewStores.openTeam(
                folder.resolve(machine + ".db"),
                new TeamServer(server.jdbcUrl(database), PostgresServer.USER),
                PostgresServer.PASSWORD,
                FAST);
    }

    @Test
    void theStatusNamesTheServerWithoutSecrets() {
        StoreStatus status = store.status();

        assertThat(status.mode()).isEqualTo(StoreStatus.Mode.TEAM);
        assertThat(status.location()).isEqualTo("127.0.0.1:" + server.port() + "/" + database);
        assertThat(status.pending()).isZero();
        assertThat(status.problem()).isEmpty();
        assertThat(status.toString()).doesNotContain(PostgresServer.PASSWORD);
    }

    @Test
    void twoReviewersAtOnceSeeEachOthersVerdictsAndNobodyIsOverwritten() throws Exception {
        try (ReviewStore other = openTeam("other-machine")) {
            int calls = 40;
            ExecutorService threads = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<ReviewEntry> saved = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> done = new ArrayList<>();
            try {
                for (String reviewer : List.of("ann", "bob")) {
                    ReviewStore mine = reviewer.equals("ann") ? store : other;
                    for (int half = 0; half < 2; half++) {
                        int from = half * calls / 2;
                        done.add(threads.submit((Callable<Void>) () -> {
                            go.await();
                            for (int i = from; i < from + calls / 2; i++) {
                                Verdict verdict = Verdict.values()[i % 3];
                                ReviewEntry entry = verdict(
                                        call("shared", i),
                                        reviewer,
                                        verdict,
                                        Instant.now().truncatedTo(ChronoUnit.MICROS));
                                mine.save(entry);
                                saved.add(entry);
                            }
                            return null;
                        }));
                    }
                }
                go.countDown();
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }
            awaitSent(store);
            awaitSent(other);

            List<ReviewEntry> seenByAnn = store.latest("shared");
            List<ReviewEntry> seenByBob = other.latest("shared");

            assertThat(seenByAnn).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(seenByBob).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(seenByAnn)
                    .filteredOn(entry -> entry.reviewer().equals("bob"))
                    .hasSize(calls);
            ReviewItem tenth = call("shared", 10);
            assertThat(other.history("shared", tenth.key()))
                    .extracting(ReviewEntry::reviewer)
                    .containsExactlyInAnyOrder("ann", "bob");
            assertThat(store.progress(List.of("shared"), "bob").get("shared").reviewedCalls())
                    .isEqualTo(calls);
        }
    }

    @Test
    void theToolCallCountRecordedOnOneMachineServesEveryReviewer() throws Exception {
        store.recordToolCallCount("conv-1", 12);
        awaitSent(store);

        try (ReviewStore other = openTeam("other-machine")) {
            assertThat(other.progress(List.of("conv-1"), "bob").get("conv-1"))
                    .isEqualTo(new ReviewProgress("conv-1", 0, 12, null));
        }
    }

    @Test
    void withoutAnSslModeTheConnectionIsEncryptedWhenTheServerOffersIt() throws Exception {
        TeamDatabase preferred = TeamDatabase.of(
                new TeamServer(server.jdbcUrl(database), PostgresServer.USER), PostgresServer.PASSWORD, FAST);
        TeamDatabase plain = TeamDatabase.of(
                new TeamServer(server.jdbcUrl(database) + "?sslmode=disable", PostgresServer.USER),
                PostgresServer.PASSWORD,
                FAST);

        assertThat(encrypted(preferred)).isTrue();
        assertThat(encrypted(plain)).isFalse();
    }

    private static boolean encrypted(TeamDatabase team) throws Exception {
        try (Connection connection = team.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** Waits until everything saved has reached the server. */
    static void awaitSent(ReviewStore store) throws Exception {
        StoreStatuses.awaitSent(store);
    }
}
