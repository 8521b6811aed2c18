package com.transcriptviewer.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decoded name/value pairs of a raw query string, in order and with repeats kept (PostgREST filters may repeat a
 * field: {@code created_at=gte.X&created_at=lte.Y}). Decoding is form decoding, so {@code +} means a space and a
 * literal plus must arrive as {@code %2B}, as every HTTP client sends it.
 */
record QueryParameters(List<Parameter> parameters) {

    record Parameter(String name, String value) {}

    QueryParameters {
        parameters = List.copyOf(parameters);
    }

    static QueryParameters parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.add(new Parameter(decode(name), decode(value)));
            }
        }
        return new QueryParameters(parameters);
    }

    /** The last value given for {@code name}, as frameworks do when a single value is expected. */
    Optional<String> last(String name) {
        String found = null;
        for (Parameter parameter : parameters) {
            if (parameter.name().equals(name)) {
                found = parameter.value();
            }
        }
        return Optional.ofNullable(found);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            // A broken %-escape is kept as sent, so it fails validation instead of the request.
            return text;
        }
    }
}
