package com.transcriptviewer.api;

import java.util.Objects;

/**
 * The Telnyx API key. It is a secret, so this wrapper never prints it: {@link #toString()} says "redacted", and only
 * this package can read the value (to put it in the Authorization header and to scrub it from server texts).
 */
public final class ApiKey {

    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    /** Wraps a key; surrounding whitespace (a common paste accident) is dropped. */
    public static ApiKey of(String secret) {
        Objects.requireNonNull(secret, "secret");
        return new ApiKey(secret.strip());
    }

    public boolean isBlank() {
        return secret.isEmpty();
    }

    String secret() {
        return secret;
    }

    /** Replaces every occurrence of the key in a text that came from elsewhere (a server echoing it, say). */
    String scrub(String text) {
        if (text == null || secret.length() < 4) {
            return text;
        }
        return text.replace(secret, "[redacted]");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return secret.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
