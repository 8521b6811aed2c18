package com.transcriptviewer.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which API base URLs the app accepts: https anywhere, plain http only on this machine (the demo server, a local
 * proxy), because the key travels in every request's header.
 */
public final class BaseUrls {

    private BaseUrls() {}

    /** Why the URL is not acceptable, in one sentence; empty when it is fine. A blank URL means the default. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("\"" + url.strip() + "\" is not a URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isBlank() || (!scheme.equals("https") && !scheme.equals("http"))) {
            return Optional.of("The base URL must look like https://api.telnyx.com/v2.");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            return Optional.of("The base URL must use https:// (plain http:// only for 127.0.0.1 or localhost),"
                    + " so the API key is never sent unencrypted.");
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }
}
