package com.transcriptviewer.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it is written anywhere: bearer tokens, strings shaped like Telnyx API keys
 * ({@code KEY...}), {@code api_key=...}-style assignments, the query of pre-signed links, and every secret registered at run time (the key the
 * user typed in, whatever its shape). Thread-safe: log records are formatted on many threads.
 */
public final class SecretRedactor {

    /** What a removed secret is replaced with. */
    public static final String MASK = "[redacted]";

    /** Secrets shorter than this are not registered: masking every "a" or "12" would make logs unreadable. */
    static final int MIN_SECRET_LENGTH = 6;

    private static final Pattern BEARER = Pattern.compile("(?i)\\b(Bearer)\\s+[A-Za-z0-9._~+/=\\-]+");
    private static final Pattern TELNYX_KEY = Pattern.compile("\\bKEY[A-Za-z0-9_\\-]{8,}");
    private static final Pattern ASSIGNED_SECRET =
            Pattern.compile("(?i)\\b(api[_-]?key|apikey|secret|token|password|authorization)(\"?\\s*[=:]\\s*\"?)"
                    + "(?!\\[redacted\\])(?!Bearer\\b)[^\\s\",;&]+");

    /**
     * A pre-signed link (a call recording's download URL): its query carries the signature that grants access, so
     * everything after the {@code ?} goes.
     */
    private static final Pattern PRESIGNED_QUERY = Pattern.compile(
            "(?i)(https?://[^\\s\"'<>?]+)\\?[^\\s\"'<>]*(signature|x-amz-|sig=|expires=|token)[^\\s\"'<>]*");

    private final Set<String> secrets = new CopyOnWriteArraySet<>();

    /** Adds a literal string to mask wherever it appears; blank or very short values are ignored. */
    public void register(String secret) {
        if (secret == null) {
            return;
        }
        String trimmed = secret.strip();
        if (trimmed.length() >= MIN_SECRET_LENGTH) {
            secrets.add(trimmed);
        }
    }

    /** The text with every recognisable secret replaced by {@link #MASK}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        // Longest first, so a secret that contains another is masked whole.
        List<String> literal = secrets.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String secret : literal) {
            out = out.replace(secret, MASK);
        }
        out = PRESIGNED_QUERY.matcher(out).replaceAll("$1?" + MASK);
        out = BEARER.matcher(out).replaceAll("$1 " + MASK);
        out = TELNYX_KEY.matcher(out).replaceAll(MASK);
        out = ASSIGNED_SECRET.matcher(out).replaceAll("$1$2" + MASK);
        return out;
    }

    /** How many literal secrets are registered (for diagnostics; never the secrets themselves). */
    public int registeredCount() {
        return secrets.size();
    }

    @Override
    public String toString() {
        return "SecretRedactor[" + registeredCount() + " registered]";
    }
}
