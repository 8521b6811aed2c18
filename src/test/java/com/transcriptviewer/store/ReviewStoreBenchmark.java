package com.transcriptviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.testing.PostgresServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review store's figures, on the embedded SQLite file and on a PostgreSQL server on loopback (with its own
 * durability settings, fsync on): saving one verdict (p50 and p95 of 500 after 100 warm-ups; for a team store both
 * the save() call and the time until the entry is on the server), loading the verdicts of a 10,000-message
 * conversation (2,500 tool calls, four reviewers, a few changes of mind: 10,000 current verdicts) and the progress of
 * 1,000 conversations (median of 15 after 5 warm-ups), and opening the store in a fresh JVM. Goals: under 5 ms p95 to
 * save, under 100 ms to load.
 */
@Tag("bench")
class ReviewStoreBenchmark {

    private static final int WARM_UPS = 100;
    private static final int SAVES = 500;
    private static final int CALLS = 2_500;
    private static final List<String> REVIEWERS = List.of("ann", "bob", "cho", "dee");
    private static final int CONVERSATIONS = 1_000;

    private static PostgresServer server;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.launch(true);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void saveOnThisComputer() throws Exception {
        try (ReviewStore store = ReviewStores.openLocal(folder.resolve("save.db"))) {
            double[] times = new double[SAVES];
            for (int i = -WARM_UPS; i < SAVES; i++) {
                ReviewEntry entry = entry("conv-" + i / 100, i, "ann");
                long start = System.nanoTime();
                store.save(entry);
                if (i >= 0) {
                    times[i] = millisSince(start);
                }
            }
            reportPercentiles("save_sqlite", times);
        }
    }

    @Test
    void saveToATeamServer() throws Exception {
        String database = server.createDatabase();
        try (ReviewStore store = ReviewStores.openTeam(
                folder.resolve("team.db"),
                new TeamServer(server.jdbcUrl(database), PostgresServer.USER),
                PostgresServer.PASSWORD)) {
            assertThat(store.status().reachable()).as(store.status().problem()).isTrue();
            Semaphore sent = new Semaphore(0);
            Consumer<StoreStatus> listener = status -> {
                if (status.pending() == 0) {
                    sent.release();
                }
            };
            store.onStatusChange(listener);
            double[] calls = new double[SAVES];
            double[] onServer = new double[SAVES];
            for (int i = -WARM_UPS; i < SAVES; i++) {
                ReviewEntry entry = entry("conv-" + i / 100, i, "ann");
                sent.drainPermits();
                long start = System.nanoTime();
                store.save(entry);
                double call = millisSince(start);
                assertThat(sent.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
                if (i >= 0) {
                    calls[i] = call;
                    onServer[i] = millisSince(start);
                }
            }
            reportPercentiles("save_team_call", calls);
            reportPercentiles("save_team_on_server", onServer);
        }
    }

    @Test
    void loadTheVerdictsOfATenThousandMessageConversation() throws Exception {
        List<ReviewEntry> entries = bigConversation();
        Path file = folder.resolve("load.db");
        try (LocalDatabase local = LocalDatabase.open(file)) {
            local.write("load", connection -> insertAll(connection, entries));
        }
        try (ReviewStore store = ReviewStores.openLocal(file)) {
            reportMedian("load_conversation_10000_messages_sqlite", () -> store.latest("big"), true);
            assertThat(store.latest("big")).hasSize(CALLS * REVIEWERS.size() + REVIEWERS.size());
        }

        try (ReviewStore store = teamStoreWith(entries)) {
            reportMedian("load_conversation_10000_messages_postgres", () -> store.latest("big"), false);
            assertThat(store.latest("big")).hasSize(CALLS * REVIEWERS.size() + REVIEWERS.size());
        }
    }

    @Test
    void progressOfAThousandConversations() throws Exception {
        List<ReviewEntry> entries = new ArrayList<>();
        List<String> ids =
                IntStream.range(0, CONVERSATIONS).mapToObj(i -> "conv-" + i).toList();
        for (int c = 0; c < CONVERSATIONS; c++) {
            for (int call = 0; call < 10 + c % 20; call++) {
                for (String reviewer : REVIEWERS.subList(0, 1 + c % 3)) {
                    entries.add(entry(ids.get(c), call, reviewer));
                }
            }
            entries.add(Reviews.overall(ids.get(c), "ann", Verdict.CORRECT, "", List.of(), c));
        }
        Path file = folder.resolve("progress.db");
        try (LocalDatabase local = LocalDatabase.open(file)) {
            local.write("load", connection -> {
                insertAll(connection, entries);
                for (int c = 0; c < CONVERSATIONS; c++) {
                    ReviewSql.recordToolCalls(connection, ids.get(c), 30, 0);
                }
                return null;
            });
        }
        try (ReviewStore store = ReviewStores.openLocal(file)) {
            reportMedian("progress_1000_conversations_sqlite", () -> store.progress(ids, "ann"), true);
            Map<String, ReviewProgress> progress = store.progress(ids, "ann");
            assertThat(progress.get("conv-3")).isEqualTo(new ReviewProgress("conv-3", 13, 30, Verdict.CORRECT));
        }
        try (ReviewStore store = teamStoreWith(entries)) {
            reportMedian("progress_1000_conversations_postgres", () -> store.progress(ids, "ann"), false);
            assertThat(store.progress(ids, "ann").get("conv-3").reviewedCalls()).isEqualTo(13);
        }
    }

    /** Opening the store in a JVM that has loaded none of it: a new file (migrated by Flyway), then that file again. */
    @Test
    void openInAFreshJvm() throws Exception {
        Path file = folder.resolve("cold.db");
        report("open_local_cold_new_file", openInChild(file), "ms");
        report("open_local_cold_existing_file", openInChild(file), "ms");
        String database = server.createDatabase();
        report("open_team_cold_new_database", openTeamInChild(folder.resolve("cold-team.db"), database), "ms");
        report("open_team_cold_existing_database", openTeamInChild(folder.resolve("cold-team.db"), database), "ms");
    }

    private double openInChild(Path file) throws Exception {
        return child(OpenProbe.class.getName(), file.toString());
    }

    private double openTeamInChild(Path file, String database) throws Exception {
        return child(
                OpenProbe.class.getName(),
                file.toString(),
                server.jdbcUrl(database),
                PostgresServer.USER,
                PostgresServer.PASSWORD);
    }

    private static double child(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.startsWith("OPENED ")) {
                    result = line.substring("OPENED ".length());
                }
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(result).as("the child's output: %s", output).isNotNull();
        return Double.parseDouble(result);
    }

    /** Opens a store and prints how long that took, from the start of main. */
    public static final class OpenProbe {

        private OpenProbe() {}

        public static void main(String[] args) throws Exception {
            long start = System.nanoTime();
            ReviewStore store = args.length == 1
                    ? ReviewStores.openLocal(Path.of(args[0]))
                    : ReviewStores.openTeam(Path.of(args[0]), new TeamServer(args[1], args[2]), args[3]);
            double millis = millisSince(start);
            boolean ready = store.status().reachable();
            store.close();
            System.out.println(String.format(Locale.ROOT, "OPENED %.2f", millis));
            if (!ready) {
                System.out.println("not reachable: " + store.status().problem());
                System.exit(1);
            }
        }
    }

    /** A team store whose server holds the entries (written in one transaction). */
    private ReviewStore teamStoreWith(List<ReviewEntry> entries) throws Exception {
        String database = server.createDatabase();
        TeamServer team = new TeamServer(server.jdbcUrl(database), PostgresServer.USER);
        ReviewStores.testTeamServer(team, PostgresServer.PASSWORD);
        try (Connection connection = server.user(database)) {
            connection.setAutoCommit(false);
            insertAll(connection, entries);
            connection.commit();
        }
        ReviewStore store = ReviewStores.openTeam(folder.resolve(database + ".db"), team, PostgresServer.PASSWORD);
        assertThat(store.status().reachable()).as(store.status().problem()).isTrue();
        return store;
    }

    private static Void insertAll(Connection connection, List<ReviewEntry> entries) throws java.sql.SQLException {
        for (ReviewEntry entry : entries) {
            ReviewSql.insert(connection, ReviewSql.stored(entry));
        }
        return null;
    }

    /** 2,500 calls over 10,000 messages, each judged by four reviewers, some twice; an overall verdict from each. */
    private static List<ReviewEntry> bigConversation() {
        List<ReviewEntry> entries = new ArrayList<>();
        for (int call = 0; call < CALLS; call++) {
            for (String reviewer : REVIEWERS) {
                entries.add(entry("big", call, reviewer));
                if ((call + reviewer.length()) % 5 == 0) {
                    entries.add(entry("big", call, reviewer));
                }
            }
        }
        for (String reviewer : REVIEWERS) {
            entries.add(Reviews.overall("big", reviewer, Verdict.WRONG, "Two wrong transfers", List.of("transfer"), 0));
        }
        return entries;
    }

    private static final AtomicInteger SAVED_AT = new AtomicInteger();

    private static ReviewEntry entry(String conversationId, int call, String reviewer) {
        int index = 4 * Math.abs(call);
        ReviewItem item = ReviewItem.toolCall(
                conversationId,
                index,
                0,
                new ToolCall("call_" + index, "function", "book_table", "{\"party_size\": 2}"),
                false);
        return new ReviewEntry(
                UUID.randomUUID().toString(),
                item,
                reviewer,
                Verdict.values()[Math.abs(call) % 3],
                call % 7 == 0 ? "Party size should have been 4" : "",
                List.of(),
                "ok",
                Reviews.T0.plusMillis(SAVED_AT.getAndIncrement()));
    }

    @FunctionalInterface
    private interface Read {
        Object run() throws Exception;
    }

    /**
     * Reports the median wall-clock time of a read, and for SQLite (which does its work on the calling thread) its
     * median CPU time too: what the wall-clock figure would be on a machine whose cores are not shared.
     */
    private static void reportMedian(String name, Read read, boolean cpuToo) throws Exception {
        for (int i = 0; i < 5; i++) {
            read.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] times = new double[15];
        double[] cpu = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            read.run();
            times[i] = millisSince(start);
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        report(name, times[times.length / 2], "ms");
        if (cpuToo) {
            report(name + "_cpu", cpu[cpu.length / 2], "ms");
        }
    }

    private static void reportPercentiles(String name, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        report(name + "_p50", sorted[sorted.length / 2], "ms");
        report(name + "_p95", sorted[(int) Math.ceil(sorted.length * 0.95) - 1], "ms");
    }

    private static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit));
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
