package com.transcriptviewer.store;

import java.util.Objects;

/**
 * A team's PostgreSQL server for reviews, as Settings names it. The password is not here: it lives in the OS
 * credential store and is handed to the store only when it connects.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:5432/reviews}; without an {@code sslmode} the connection uses TLS when
 *                the server offers it
 * @param user    the database user
 */
public record TeamServer(String jdbcUrl, String user) {

    public TeamServer {
        jdbcUrl = Objects.requireNonNullElse(jdbcUrl, "").strip();
        user = Objects.requireNonNullElse(user, "").strip();
    }

    /** False when Settings names no server: reviews stay on this computer. */
    public boolean configured() {
        return !jdbcUrl.isEmpty();
    }
}
