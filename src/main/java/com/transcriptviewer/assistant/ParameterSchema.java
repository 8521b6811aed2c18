package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The parameters a tool declares, as JSON Schemas: each declared part as written, and the one object schema holding
 * the parameters of all of them, which a call's arguments are checked against unless they come split by part.
 * Immutable (the schemas are copies); each schema's compact text is the key under which the checker compiles it once.
 */
final class ParameterSchema {

    /**
     * One declared part.
     *
     * @param location where a webhook takes it ("body", "path", "query"); empty for a whole-arguments schema
     * @param schema   the schema as declared
     * @param text     the schema's compact JSON text
     */
    record Part(String location, JsonNode schema, String text) {}

    private final List<Part> parts;
    private final JsonNode combined;
    private final String combinedText;

    ParameterSchema(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a tool with parameters declares at least one part");
        }
        this.parts = List.copyOf(parts);
        if (parts.size() == 1) {
            this.combined = parts.get(0).schema();
            this.combinedText = parts.get(0).text();
        } else {
            this.combined = SchemaMerge.merge(parts);
            this.combinedText = combined.toString();
        }
    }

    /** A part holding its own copy of the schema, so that later changes to the assistant's tree cannot reach it. */
    static Part part(String location, JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        return new Part(location, copy, copy.toString());
    }

    List<Part> parts() {
        return parts;
    }

    /** The one object schema of all parts; a single part exactly as declared. */
    JsonNode combined() {
        return combined;
    }

    String combinedText() {
        return combinedText;
    }

    /** True when every part has a location, so that a call's arguments may come split into part objects. */
    boolean splitsByLocation() {
        return parts.stream().noneMatch(part -> part.location().isEmpty());
    }

    Optional<Part> part(String location) {
        return parts.stream().filter(part -> part.location().equals(location)).findFirst();
    }

    /** Whether the combined schema declares a parameter of this name at its top level. */
    boolean declares(String name) {
        return combined.path("properties").has(name);
    }
}
