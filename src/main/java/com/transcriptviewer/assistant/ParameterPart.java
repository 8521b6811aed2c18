package com.transcriptviewer.assistant;

/**
 * A place a tool declares parameters: a webhook's body, path and query parameters, or a client-side tool's one
 * {@code parameters} schema. {@link #location()} is what the Definition table shows and what a call that splits its
 * arguments by part uses as the key ({@code {"body": {...}, "query": {...}}}); the whole-arguments schema has none.
 */
enum ParameterPart {
    WHOLE("parameters", ""),
    BODY("body_parameters", "body"),
    PATH("path_parameters", "path"),
    QUERY("query_parameters", "query");

    private final String configKey;
    private final String location;

    ParameterPart(String configKey, String location) {
        this.configKey = configKey;
        this.location = location;
    }

    String configKey() {
        return configKey;
    }

    String location() {
        return location;
    }
}
