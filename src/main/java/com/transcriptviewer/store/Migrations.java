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
 * Creates and upgrades the tables with Flyway's versioned scripts in {@code db/migration}. The same scripts run
 * on the embedded SQLite file and on a team's PostgreSQL server. A database already upgraded by a newer app is left as
 * it is (Flyway ignores versions it does not know), so an older app keeps working beside a newer one.
 */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    /** The versions of the scripts in {@code db/migration}, oldest first (a test keeps this list true). */
    static final List<String> VERSIONS = List.of("1", "2");

    private Migrations() {}

    /** Brings the database up to the given version ("1"), or the newest when null, with Flyway. */
    static void migrate(DataSource dataSource, String target) throws FlywayException {
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
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
