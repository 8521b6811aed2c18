package com.transcriptviewer.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decoded path segments after {@code /v2/ai/}: {@code [conversations]}, {@code [conversations, id, messages]},
 * {@code [assistants, id, versions, version_id]} and so on. Splitting happens before decoding, so an id holding an
 * encoded {@code /} stays one segment and is looked up literally; one trailing slash is ignored, an empty segment
 * anywhere else matches no route.
 */
final class DemoPath {

    static final String AI_PREFIX = "/v2/ai/";

    private DemoPath() {}

    /** The segments of {@code rawPath}, or empty when it is not under {@code /v2/ai/} or is malformed. */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(AI_PREFIX)) {
            return Optional.empty();
        }
        String rest = rawPath.substring(AI_PREFIX.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rest.split("/", -1)) {
            String decoded = raw.isEmpty() ? null : decode(raw);
            if (decoded == null) {
                return Optional.empty();
            }
            segments.add(decoded);
        }
        return Optional.of(List.copyOf(segments));
    }

    /** Percent-decodes a path segment; unlike a query, a {@code +} in a path is a plus. Null when malformed. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
