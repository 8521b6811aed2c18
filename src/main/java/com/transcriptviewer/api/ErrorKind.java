package com.transcriptviewer.api;

/** What went wrong, coarse enough for a UI to pick its words and its action (Settings, Retry, nothing). */
public enum ErrorKind {
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    VALIDATION,
    RATE_LIMITED,
    SERVER,
    NETWORK,
    BAD_RESPONSE,
    CLIENT,
    CANCELLED;

    /** Whether trying the same request again later could reasonably succeed. */
    public boolean isTransient() {
        return this == RATE_LIMITED || this == SERVER || this == NETWORK;
    }
}
