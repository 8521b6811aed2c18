package com.transcriptviewer.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.resource.DisallowSchemaLoader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tools' schemas compiled for the validator, each once, keyed by its text so that the same schema read again
 * (another conversation of the same assistant) is not compiled again. Draft 2020-12 unless a schema names another
 * draft in {@code $schema}; a {@code $schema} the validator does not know is set aside rather than fetched. Nothing is
 * ever loaded from the network or the class path: a {@code $ref} to another document makes the schema unusable.
 * Thread-safe; compiled schemas are fully initialised before they are shared.
 */
final class CompiledSchemas {

    /**
     * A schema ready to validate with, or why it is not.
     *
     * @param schema  the compiled schema; null when it could not be compiled
     * @param root    the schema as compiled, to read the rules around a failed keyword
     * @param failure why it could not be compiled; null when it was
     */
    record Compiled(JsonSchema schema, JsonNode root, String failure) {

        boolean usable() {
            return schema != null;
        }
    }

    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().build();

    private final Map<VersionFlag, JsonSchemaFactory> factories = new ConcurrentHashMap<>();
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    Compiled get(JsonNode schema, String text) {
        return compiled.computeIfAbsent(text, ignored -> compile(schema));
    }

    private Compiled compile(JsonNode declared) {
        JsonNode schema = declared;
        try {
            Optional<VersionFlag> named = SpecVersionDetector.detectOptionalVersion(schema, false);
            if (named.isEmpty() && schema.has("$schema")) {
                ObjectNode withoutDialect = (ObjectNode) schema.deepCopy();
                withoutDialect.remove("$schema");
                schema = withoutDialect;
            }
            VersionFlag version = named.orElse(VersionFlag.V202012);
            JsonSchema compiledSchema = factories
                    .computeIfAbsent(version, CompiledSchemas::offlineFactory)
                    .getSchema(schema, CONFIG);
            compiledSchema.initializeValidators();
            return new Compiled(compiledSchema, schema, null);
        } catch (RuntimeException unusable) {
            return new Compiled(null, schema, reason(unusable));
        }
    }

    /** The first line of what went wrong, for a sentence; the exception's kind when it says nothing. */
    static String reason(RuntimeException failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }

    private static JsonSchemaFactory offlineFactory(VersionFlag version) {
        return JsonSchemaFactory.getInstance(
                version, builder -> builder.schemaLoaders(loaders -> loaders.add(DisallowSchemaLoader.getInstance())));
    }
}
