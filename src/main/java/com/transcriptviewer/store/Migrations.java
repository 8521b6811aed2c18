package com.transcriptviewer.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates and upgrades the tables with Flyway's versioned scripts: those in {@code db/migration} run unchanged on the
 * embedded SQLite file and on a team's PostgreSQL server; those in {@code db/vendor/sqlite} and {@code
 * db/vendor/postgresql} run on one of them only (the library's full-text index is SQLite's FTS5, and the team server
 * keeps no library), each vendor folder holding the same versions so that both databases count the same list. A
 * database already upgraded by a newer app is left as it is (Flyway ignores versions it does not know), so an older
 * app keeps working beside a newer one.
 */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    /** The database a migration runs on; its scripts of its own are in {@code db/vendor/}{@link #folder}. */
    enum Vendor {
        SQLITE("sqlite"),
        POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        String folder() {
            return folder;
        }

        String location() {
            return "classpath:db/vendor/" + folder;
        }
    }

    /**
     * The versions of the scripts in {@code db/migration} and either vendor folder, oldest first (a test keeps this
     * list true for both vendors).
     */
    static final List<String> VERSIONS = List.of("1", "2", "3", "4");

    private Migrations() {}

    /** Brings the database up to the given version ("1"), or the newest when null, with Flyway. */
    static void migrate(DataSource dataSource, Vendor vendor, String target) throws FlywayException {
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, vendor.location())
                .failOnMissingLocations(true)
                .cleanDisabled(true);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /**
     * Whether Flyway's history holds every version this app has, and no failed one (asked on a connection in
     * auto-commit mode). So it does at every start but the first after an upgrade, and then Flyway is not started at
     * all: that spares a cold start about half a second (Flyway's classes and its scan of the class path).
     */
    static boolean upToDate(Connection connection) {
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                applied.add(rows.getString(1));
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.containsAll(VERSIONS);
    }
}
