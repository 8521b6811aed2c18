package com.transcriptviewer.store;

import java.time.Duration;

/**
 * How patiently a team store talks to its server.
 *
 * @param firstRetry            the wait before trying an unreachable server again; it doubles after each failure
 * @param maxRetry              the longest wait between tries
 * @param connectTimeoutSeconds how long to wait for the server to accept the connection
 * @param loginTimeoutSeconds   how long connecting and logging in may take in all
 * @param socketTimeoutSeconds  how long to wait for any answer once connected
 */
record TeamOptions(
        Duration firstRetry,
        Duration maxRetry,
        int connectTimeoutSeconds,
        int loginTimeoutSeconds,
        int socketTimeoutSeconds) {

    /** A few seconds at most for a dead server, and a retry at least every five seconds once it is back. */
    static final TeamOptions DEFAULT = new TeamOptions(Duration.ofMillis(250), Duration.ofSeconds(5), 3, 5, 6);

    /** The same timeouts with other retry waits (tests wait for a server to come back in a fraction of a second). */
    TeamOptions withRetries(Duration first, Duration max) {
        return new TeamOptions(first, max, connectTimeoutSeconds, loginTimeoutSeconds, socketTimeoutSeconds);
    }
}
