package com.transcriptviewer;

import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.platform.Logging;
import com.transcriptviewer.settings.KeyStore;
import com.transcriptviewer.settings.ReviewSettings;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.TeamServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens the review store Settings names, for the window and the headless commands alike: the embedded database in the
 * app's data folder, or the team's PostgreSQL server with that database as its outbox, its password from the OS
 * credential store (or, for a pipeline without one, {@value #PASSWORD_VARIABLE}). Blocking: call it off the FX thread.
 */
final class ReviewDatabase {

    /** The team server's password for a headless command on a machine without a credential store. */
    static final String PASSWORD_VARIABLE = "TRANSCRIPT_VIEWER_DB_PASSWORD";

    private final Path file;
    private final Supplier<Optional<String>> password;

    /**
     * @param file     the embedded database
     * @param password the team server's password, read when a team store is opened
     */
    ReviewDatabase(Path file, Supplier<Optional<String>> password) {
        this.file = Objects.requireNonNull(file, "file");
        this.password = Objects.requireNonNull(password, "password");
    }

    /** The embedded database in {@code dirs}' data folder, the password from {@code passwords}. */
    static ReviewDatabase of(AppDirs dirs, KeyStore passwords) {
        return new ReviewDatabase(ReviewStores.defaultDatabaseFile(dirs.dataDir()), passwords::load);
    }

    /** For a headless command: the password from {@value #PASSWORD_VARIABLE} when set, else from {@code passwords}. */
    static ReviewDatabase headless(AppDirs dirs, KeyStore passwords, java.util.Map<String, String> env) {
        String fromEnv = env.get(PASSWORD_VARIABLE);
        Supplier<Optional<String>> password =
                fromEnv == null || fromEnv.isEmpty() ? passwords::load : () -> Optional.of(fromEnv);
        return new ReviewDatabase(ReviewStores.defaultDatabaseFile(dirs.dataDir()), password);
    }

    Path file() {
        return file;
    }

    /** Whether anything was ever saved on this computer (the embedded database exists). */
    boolean existsHere() {
        return Files.exists(file);
    }

    /** Opens the store {@code settings} name. */
    ReviewStore open(ReviewSettings settings) throws StoreException {
        Optional<TeamServer> team = settings.team();
        if (team.isPresent()) {
            String secret = password.get().orElse("");
            // Before the first connection: no log line can ever show it, whatever a driver says.
            Logging.registerSecret(secret);
            return ReviewStores.openTeam(file, team.get(), secret);
        }
        return ReviewStores.openLocal(file);
    }

    /** Tests a team server Settings have not saved yet, its password kept out of the logs as when it opens. */
    static void testTeamServer(TeamServer server, String password) throws StoreException {
        Logging.registerSecret(password);
        ReviewStores.testTeamServer(server, password);
    }

    /** Where {@code settings} keep reviews, for messages: "the review database /x/transcript-viewer.db". */
    String describe(ReviewSettings settings) {
        return settings.team()
                .map(server -> "the team server " + server.user() + " at " + withoutOptions(server.jdbcUrl()))
                .orElse("the review database " + file);
    }

    /** The JDBC URL without its options, which may hold secrets. */
    private static String withoutOptions(String jdbcUrl) {
        int options = jdbcUrl.indexOf('?');
        return options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
    }
}
