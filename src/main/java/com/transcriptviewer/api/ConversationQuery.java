package com.transcriptviewer.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The filters of {@code GET /ai/conversations} in the API's PostgREST syntax ({@code name=like.Voice%},
 * {@code metadata->assistant_id=eq.x}, {@code or=(a.gte.1,b.gte.2)}, {@code order=created_at.desc},
 * {@code limit=20}). Immutable: every method returns a new query, so a UI can keep and share them freely.
 */
public final class ConversationQuery {

    /** A filterable column: a top-level field or a metadata key ({@code metadata->key}). */
    public record Field(String wireName) {

        public static final Field ID = new Field("id");
        public static final Field NAME = new Field("name");
        public static final Field CREATED_AT = new Field("created_at");
        public static final Field LAST_MESSAGE_AT = new Field("last_message_at");

        public Field {
            Objects.requireNonNull(wireName, "wireName");
            if (wireName.isBlank()) {
                throw new IllegalArgumentException("field name is blank");
            }
        }

        public static Field metadata(String key) {
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("metadata key is blank");
            }
            return new Field("metadata->" + key);
        }
    }

    /** The comparison operators this client offers (PostgREST names). */
    public enum Operator {
        EQ("eq"),
        LIKE("like"),
        GTE("gte"),
        LTE("lte");

        private final String wireName;

        Operator(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** One comparison, e.g. {@code created_at gte 2025-04-01}. */
    public record Condition(Field field, Operator operator, String value) {

        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }

        public static Condition of(Field field, Operator operator, String value) {
            return new Condition(field, operator, value);
        }

        /** As a top-level parameter value: {@code gte.2025-04-01}. */
        String parameterValue() {
            return operator.wireName() + "." + value;
        }

        /** Inside {@code or=(...)}: {@code created_at.gte.2025-04-01}, the value quoted when it holds separators. */
        String inLogicTree() {
            return field.wireName() + "." + operator.wireName() + "." + quoteIfNeeded(value);
        }

        private static String quoteIfNeeded(String value) {
            boolean reserved = value.chars()
                    .anyMatch(c -> c == ','
                            || c == '('
                            || c == ')'
                            || c == '"'
                            || c == '\\'
                            || c == ':'
                            || Character.isWhitespace(c));
            if (!reserved) {
                return value;
            }
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    private final List<Map.Entry<String, String>> filters;
    private final String order;
    private final Integer limit;

    private ConversationQuery(List<Map.Entry<String, String>> filters, String order, Integer limit) {
        this.filters = List.copyOf(filters);
        this.order = order;
        this.limit = limit;
    }

    /** No filters: the API's default listing. */
    public static ConversationQuery all() {
        return new ConversationQuery(List.of(), null, null);
    }

    public ConversationQuery where(Condition condition) {
        List<Map.Entry<String, String>> next = new ArrayList<>(filters);
        next.add(Map.entry(condition.field().wireName(), condition.parameterValue()));
        return new ConversationQuery(next, order, limit);
    }

    public ConversationQuery eq(Field field, String value) {
        return where(Condition.of(field, Operator.EQ, value));
    }

    /** {@code pattern} uses PostgREST wildcards: {@code %} (or {@code *}) for any run of characters. */
    public ConversationQuery like(Field field, String pattern) {
        return where(Condition.of(field, Operator.LIKE, pattern));
    }

    public ConversationQuery gte(Field field, String value) {
        return where(Condition.of(field, Operator.GTE, value));
    }

    public ConversationQuery lte(Field field, String value) {
        return where(Condition.of(field, Operator.LTE, value));
    }

    public ConversationQuery gte(Field field, Instant value) {
        return gte(field, value.toString());
    }

    public ConversationQuery lte(Field field, Instant value) {
        return lte(field, value.toString());
    }

    public ConversationQuery metadataEq(String key, String value) {
        return eq(Field.metadata(key), value);
    }

    /** Any one of the conditions must hold: {@code or=(created_at.gte.X,last_message_at.gte.X)}. */
    public ConversationQuery or(Condition... conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException("or() needs at least one condition");
        }
        String tree =
                List.of(conditions).stream().map(Condition::inLogicTree).collect(Collectors.joining(",", "(", ")"));
        List<Map.Entry<String, String>> next = new ArrayList<>(filters);
        next.add(Map.entry("or", tree));
        return new ConversationQuery(next, order, limit);
    }

    /** Sort order; a later call replaces an earlier one. */
    public ConversationQuery order(Field field, boolean ascending) {
        return new ConversationQuery(filters, field.wireName() + (ascending ? ".asc" : ".desc"), limit);
    }

    public ConversationQuery limit(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + n);
        }
        return new ConversationQuery(filters, order, n);
    }

    /** The query parameters, unencoded and in order (a name may repeat, e.g. two bounds on created_at). */
    public List<Map.Entry<String, String>> toQueryParameters() {
        List<Map.Entry<String, String>> parameters = new ArrayList<>(filters);
        if (order != null) {
            parameters.add(Map.entry("order", order));
        }
        if (limit != null) {
            parameters.add(Map.entry("limit", String.valueOf(limit)));
        }
        return List.copyOf(parameters);
    }

    /** The query as a person reads it: {@code name=like.Voice%&order=created_at.desc&limit=20}. */
    public String describe() {
        return toQueryParameters().stream()
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining("&"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConversationQuery query
                && query.toQueryParameters().equals(toQueryParameters());
    }

    @Override
    public int hashCode() {
        return toQueryParameters().hashCode();
    }

    @Override
    public String toString() {
        return "ConversationQuery[" + describe() + "]";
    }
}
