package com.transcriptviewer.settings;

import com.transcriptviewer.store.TeamServer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who reviews and where the reviews are kept. The team server's password is not here: it lives in the OS credential
 * store under an entry of its own, never in the settings file.
 *
 * @param reviewer   the name saved with every verdict; the OS user name until the user sets another
 * @param storage    on this computer only, or on a team's PostgreSQL server
 * @param teamServer the team server's JDBC URL and user; kept while reviews stay on this computer, so that switching
 *                   back does not mean typing them again
 */
public record ReviewSettings(String reviewer, Storage storage, TeamServer teamServer) {

    /** Where reviews are kept. */
    public enum Storage {
        /** The embedded database on this computer. */
        LOCAL,
        /** A team's PostgreSQL server, with this computer's database as its outbox. */
        TEAM;

        /** "local", "team": the settings file's value. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Storage parse(String value) {
            return "team".equalsIgnoreCase(value) ? TEAM : LOCAL;
        }
    }

    public ReviewSettings {
        reviewer = reviewer == null || reviewer.isBlank() ? defaultReviewer() : reviewer.strip();
        storage = storage == null ? Storage.LOCAL : storage;
        teamServer = teamServer == null ? new TeamServer("", "") : teamServer;
    }

    /** Reviews by the OS user, kept on this computer. */
    public static ReviewSettings defaults() {
        return new ReviewSettings(null, Storage.LOCAL, null);
    }

    /** The OS user's name ({@code user.name}), or "reviewer" where the JVM knows none. */
    public static String defaultReviewer() {
        String name = System.getProperty("user.name", "").strip();
        return name.isEmpty() ? "reviewer" : name;
    }

    /** The team server to open, when reviews are kept on one and it is named; empty for this computer. */
    public Optional<TeamServer> team() {
        return storage == Storage.TEAM && teamServer.configured() ? Optional.of(teamServer) : Optional.empty();
    }

    public ReviewSettings withReviewer(String name) {
        return new ReviewSettings(name, storage, teamServer);
    }

    /** Whether the store must be opened anew: where reviews go changed (the reviewer's name does not need it). */
    public boolean sameStoreAs(ReviewSettings other) {
        return Objects.equals(team(), other.team());
    }
}
