package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.export.reviews.ReviewExportCommand;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.settings.ReviewSettings;
import com.transcriptviewer.settings.Settings;
import com.transcriptviewer.settings.SettingsStore;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.TeamServer;
import com.transcriptviewer.testing.PostgresServer;
import com.transcriptviewer.testing.StoreStatuses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --export-reviews} when Settings name a team server (a real PostgreSQL the test starts): every reviewer's
 * verdicts come from the server, with the password from {@code TRANSCRIPT_VIEWER_DB_PASSWORD}; a server that cannot
 * be reached writes nothing.
 */
class ReviewExportTeamServerTest {

    private static PostgresServer server;
    private static String database;

    @TempDir
    Path home;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.launch();
        database = server.createDatabase();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private Map<String, String> env(String password) {
        return Map.of(
                "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(),
                "TRANSCRIPT_VIEWER_DB_PASSWORD", password);
    }

    private CommandRun launch(Map<String, String> env, String... args) {
        return CommandRun.launch(env, args);
    }

    /** Settings as the dialog saves them: reviews kept on the team server. */
    private void chooseTeamServer(TeamServer team) throws Exception {
        new SettingsStore(home.resolve("config").resolve("transcript-viewer"), Clock.systemUTC())
                .save(Settings.defaults().withReviews(new ReviewSettings("ana", ReviewSettings.Storage.TEAM, team)));
    }

    /** Another reviewer's verdict, saved from another computer and sent to the server. */
    private void savedElsewhere(TeamServer team) throws Exception {
        try (ReviewStore other =
                ReviewStores.openTeam(home.resolve("other-computer.db"), team, PostgresServer.PASSWORD)) {
            other.save(new ReviewEntry(
                    "from-bo",
                    ReviewItem.conversation("c-team"),
                    "bo",
                    Verdict.WRONG,
                    "Sent from bo's computer",
                    List.of(),
                    null,
                    Instant.parse("2026-03-02T09:00:00Z")));
            StoreStatuses.await(other, status -> status.pending() == 0);
        }
    }

    @Test
    void everyReviewersVerdictsComeFromTheServer() throws Exception {
        TeamServer team = new TeamServer(server.jdbcUrl(database), PostgresServer.USER);
        savedElsewhere(team);
        chooseTeamServer(team);
        Path file = home.resolve("team.json");

        CommandRun run = launch(env(PostgresServer.PASSWORD), "--export-reviews", "--out", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(file.toFile());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("authorUserId").asText()).isEqualTo("bo");
        assertThat(rows.get(0).get("comment").asText()).isEqualTo("Sent from bo's computer");
        assertThat(run.out() + run.err()).doesNotContain(PostgresServer.PASSWORD);
    }

    @Test
    void aServerThatCannotBeReachedWritesNothing() throws Exception {
        // A port nobody listens on.
        TeamServer gone = new TeamServer("jdbc:postgresql://127.0.0.1:9/reviews", "qa");
        chooseTeamServer(gone);
        Path file = home.resolve("team.csv");

        CommandRun run = launch(env("whatever"), "--export-reviews", "--out", file.toString());

        assertThat(run.status()).isEqualTo(ReviewExportCommand.READ_FAILED);
        assertThat(run.err())
                .startsWith("transcript-viewer: could not reach the team server qa at"
                        + " jdbc:postgresql://127.0.0.1:9/reviews: ")
                .contains("so nothing was written");
        assertThat(Files.exists(file)).isFalse();
    }

    /** As a process: stderr is the command's one line, not the database libraries' progress or warnings. */
    @Test
    void asAProcessStderrIsTheOneLine() throws Exception {
        chooseTeamServer(new TeamServer("jdbc:postgresql://127.0.0.1:9/reviews", "qa"));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtranscriptviewer.keystore=memory",
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                "--export-reviews",
                "--out",
                home.resolve("team.csv").toString());
        builder.environment().putAll(env("whatever"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(ReviewExportCommand.READ_FAILED);
        assertThat(out).isEmpty();
        assertThat(err.lines().toList())
                .singleElement()
                .asString()
                .startsWith("transcript-viewer: could not reach the team server qa at");
    }
}
