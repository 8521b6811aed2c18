package com.transcriptviewer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.transcriptviewer.testing.PostgresServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings' "Test connection": a ready server passes, and every way it fails is told in the user's words. */
class TeamServerCheckTest {

    private static PostgresServer server;
    private static String database;

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

    private static TeamServer at(String url) {
        return new TeamServer(url, PostgresServer.USER);
    }

    @Test
    void aReadyServerPassesAndHasTheReviewTablesAfterwards() throws Exception {
        ReviewStores.testTeamServer(at(server.jdbcUrl(database)), PostgresServer.PASSWORD);

        try (Connection connection = server.user(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM review_entry")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void aWrongPasswordIsNamedWithoutTheAttempt() {
        StoreException failure = catchThrowableOfType(
                StoreException.class,
                () -> ReviewStores.testTeamServer(at(server.jdbcUrl(database)), "guess-Secret-1"));

        assertThat(failure).hasMessage("The team server rejected the password for user qa.");
        assertThat(failure.getMessage()).doesNotContain("guess-Secret-1");
    }

    @Test
    void aMissingPasswordIsAskedFor() {
        assertThatThrownBy(() -> ReviewStores.testTeamServer(at(server.jdbcUrl(database)), ""))
                .isInstanceOf(StoreException.class)
                .hasMessage("The team server asks for a password for user qa: enter it in Settings.");
    }

    @Test
    void aDatabaseThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> ReviewStores.testTeamServer(at(server.jdbcUrl("nope")), PostgresServer.PASSWORD))
                .isInstanceOf(StoreException.class)
                .hasMessage("No database named nope on 127.0.0.1:" + server.port() + ".");
    }

    @Test
    void aPortNobodyListensOnCannotBeReachedAndSaysSoQuickly() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        long start = System.nanoTime();

        assertThatThrownBy(() -> ReviewStores.testTeamServer(
                        at("jdbc:postgresql://127.0.0.1:" + closedPort + "/reviews"), PostgresServer.PASSWORD))
                .isInstanceOf(StoreException.class)
                .hasMessage("Can't reach 127.0.0.1:" + closedPort + ".");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aUserWhoMayNotCreateTheTablesIsTold() {
        String owned = "owned_" + System.nanoTime();
        server.superuserSql("postgres", "CREATE DATABASE " + owned);

        assertThatThrownBy(() -> ReviewStores.testTeamServer(at(server.jdbcUrl(owned)), PostgresServer.PASSWORD))
                .isInstanceOf(StoreException.class)
                .hasMessage("User qa may not read or change the review tables in database " + owned + " on 127.0.0.1:"
                        + server.port() + ".");
    }

    @Test
    void anAddressThatIsNotPostgresIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> ReviewStores.testTeamServer(at("https://db.example.com/reviews"), "x"))
                .isInstanceOf(StoreException.class)
                .hasMessage("The team server's address is not a PostgreSQL address: it looks like"
                        + " jdbc:postgresql://db.example.com:5432/reviews.");
        assertThatThrownBy(() -> ReviewStores.openTeam(folder.resolve("local.db"), at(""), "x"))
                .isInstanceOf(StoreException.class)
                .hasMessage("No team server is set: enter its address in Settings.");
    }

    @Test
    void aPasswordWrittenIntoTheAddressIsUsedButNeverShown() throws Exception {
        String url = server.jdbcUrl(database) + "?password=" + PostgresServer.PASSWORD + "&sslmode=require";

        ReviewStores.testTeamServer(at(url), "");
        try (ReviewStore store = ReviewStores.openTeam(
                folder.resolve("local.db"), at(url.replace(PostgresServer.PASSWORD, "wrong-One-2")), "")) {
            assertThat(store.status().problem()).isEqualTo("The team server rejected the password for user qa.");
            assertThat(store.status().toString()).doesNotContain("wrong-One-2");
        }
        TeamDatabase team = TeamDatabase.of(at(url), "", TeamOptions.DEFAULT);
        assertThat(team.safeUrl()).isEqualTo(server.jdbcUrl(database) + "?sslmode=require");
        assertThat(team.location()).isEqualTo("127.0.0.1:" + server.port() + "/" + database);
    }
}
