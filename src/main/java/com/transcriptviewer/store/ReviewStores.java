package com.transcriptviewer.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the review store: the embedded database on this computer, or a team's PostgreSQL server with the embedded
 * database as its outbox. Opening migrates the database and may take a moment (and, for a team server, up to a few
 * seconds when it cannot be reached): call these off the FX thread, after the first window is up.
 */
public final class ReviewStores {

    /** The app's one embedded database: reviews now, and whatever else the app keeps later. */
    public static final String DATABASE_FILE_NAME = "transcript-viewer.db";

    private ReviewStores() {}

    /** Where the embedded database lives in the app's data folder (the composition root passes AppDirs' one). */
    public static Path defaultDatabaseFile(Path dataFolder) {
        return Objects.requireNonNull(dataFolder, "dataFolder").resolve(DATABASE_FILE_NAME);
    }

    /** Reviews on this computer only. The file and its folder are created when missing. */
    public static ReviewStore openLocal(Path databaseFile) throws StoreException {
        return new LocalReviewStore(LocalDatabase.open(databaseFile));
    }

    /**
     * Reviews shared on a team server, saved first to the embedded database's outbox and sent from there. Does not fail
     * when the server cannot be reached (nor when it rejects the password): the store opens, its status says why, and
     * verdicts wait in the outbox until the server takes them. Fails only when the embedded database cannot be opened
     * or the server's address is not a PostgreSQL JDBC address.
     */
    public static ReviewStore openTeam(Path localDatabaseFile, TeamServer server, String password)
            throws StoreException {
        return openTeam(localDatabaseFile, server, password, TeamOptions.DEFAULT);
    }

    static ReviewStore openTeam(Path localDatabaseFile, TeamServer server, String password, TeamOptions options)
            throws StoreException {
        TeamDatabase team = TeamDatabase.of(server, password, options);
        LocalDatabase local = LocalDatabase.open(localDatabaseFile);
        try {
            return TeamReviewStore.open(local, team, options);
        } catch (StoreException | RuntimeException e) {
            local.close();
            throw e;
        }
    }

    /**
     * Connects to the team server, creates or upgrades its review tables and reads them once: returns when the server
     * is ready for reviews, or throws with the reason in the user's words ("The team server rejected the password for
     * user qa.").
     */
    public static void testTeamServer(TeamServer server, String password) throws StoreException {
        testTeamServer(server, password, TeamOptions.DEFAULT);
    }

    static void testTeamServer(TeamServer server, String password, TeamOptions options) throws StoreException {
        TeamDatabase team = TeamDatabase.of(server, password, options);
        try (Connection connection = team.connect()) {
            team.migrate(connection);
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT COUNT(*) FROM review_current").close();
            }
        } catch (SQLException | FlywayException e) {
            throw new StoreException(team.problem(e), e);
        }
    }
}
