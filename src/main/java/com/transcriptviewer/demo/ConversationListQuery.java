package com.transcriptviewer.demo;

import com.transcriptviewer.model.Conversation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The query of {@code GET /ai/conversations}, PostgREST style: field filters (all must match), {@code or=(...)}
 * groups (one condition of each group must match), {@code order=field.asc|desc[,...]} (default
 * {@code created_at.desc}) and {@code limit} (default {@value #DEFAULT_LIMIT}, raised to at least 1).
 * Parameters it does not know are ignored, as the real API ignores them.
 */
record ConversationListQuery(
        List<ConversationFilter> filters,
        List<List<ConversationFilter>> orGroups,
        Comparator<Conversation> order,
        int limit) {

    static final int DEFAULT_LIMIT = 20;

    static ConversationListQuery parse(QueryParameters query) throws InvalidQueryException {
        List<FieldError> errors = new ArrayList<>();
        List<ConversationFilter> filters = new ArrayList<>();
        List<List<ConversationFilter>> orGroups = new ArrayList<>();
        for (QueryParameters.Parameter parameter : query.parameters()) {
            try {
                if (parameter.name().equals("or")) {
                    orGroups.add(parseOr(parameter.value()));
                } else if (ConversationFilter.isKnownField(parameter.name())) {
                    filters.add(ConversationFilter.parse(parameter.name(), parameter.name(), parameter.value()));
                }
            } catch (InvalidQueryException e) {
                errors.addAll(e.errors());
            }
        }
        Comparator<Conversation> order = null;
        try {
            order = parseOrder(query.last("order").orElse("created_at.desc"));
        } catch (InvalidQueryException e) {
            errors.addAll(e.errors());
        }
        int limit = DEFAULT_LIMIT;
        String limitText = query.last("limit").orElse(null);
        if (limitText != null) {
            try {
                limit = Math.max(1, Integer.parseInt(limitText.trim()));
            } catch (NumberFormatException e) {
                errors.add(FieldError.query(
                        "limit",
                        "Input should be a valid integer, unable to parse string as an integer",
                        "int_parsing"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new ConversationListQuery(filters, orGroups, order, limit);
    }

    List<Conversation> apply(List<Conversation> conversations) {
        return conversations.stream()
                .filter(c -> filters.stream().allMatch(f -> f.matches(c)))
                .filter(c -> orGroups.stream().allMatch(group -> group.stream().anyMatch(f -> f.matches(c))))
                .sorted(order)
                .limit(limit)
                .toList();
    }

    /** {@code (a.gte.x,b.lte.y)}: conditions separated by commas outside double quotes. */
    private static List<ConversationFilter> parseOr(String text) throws InvalidQueryException {
        String trimmed = text.trim();
        if (trimmed.length() < 2 || !trimmed.startsWith("(") || !trimmed.endsWith(")")) {
            throw new InvalidQueryException(FieldError.query(
                    "or",
                    "Expected a parenthesised list such as (created_at.gte.2025-04-01,name.like.Voice*)",
                    "value_error"));
        }
        List<ConversationFilter> conditions = new ArrayList<>();
        for (String condition : splitOutsideQuotes(trimmed.substring(1, trimmed.length() - 1))) {
            conditions.add(parseCondition(condition.trim()));
        }
        if (conditions.isEmpty()) {
            throw new InvalidQueryException(FieldError.query("or", "The or list is empty", "value_error"));
        }
        return conditions;
    }

    /** {@code field.op.value}, where the field may be {@code metadata->key}. */
    private static ConversationFilter parseCondition(String condition) throws InvalidQueryException {
        int dot = condition.indexOf('.');
        String field = dot < 0 ? condition : condition.substring(0, dot);
        if (dot < 0 || !ConversationFilter.isKnownField(field)) {
            throw new InvalidQueryException(FieldError.query(
                    "or",
                    "Unknown field in condition '" + condition
                            + "'; use id, name, created_at, last_message_at or metadata->key",
                    "value_error"));
        }
        return ConversationFilter.parse("or", field, condition.substring(dot + 1));
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /**
     * {@code field.asc|desc[.nullsfirst|.nullslast]}, comma separated for ties. NULLs sort as in PostgreSQL: last
     * when ascending, first when descending, unless told otherwise.
     */
    private static Comparator<Conversation> parseOrder(String text) throws InvalidQueryException {
        Comparator<Conversation> combined = null;
        for (String term : text.split(",")) {
            String[] parts = term.trim().split("\\.");
            String field = parts[0];
            boolean descending = false;
            Boolean nullsFirst = null;
            boolean valid = ConversationFilter.isKnownField(field) && parts.length <= 3;
            for (int i = 1; valid && i < parts.length; i++) {
                switch (parts[i].toLowerCase(Locale.ROOT)) {
                    case "asc" -> descending = false;
                    case "desc" -> descending = true;
                    case "nullsfirst" -> nullsFirst = true;
                    case "nullslast" -> nullsFirst = false;
                    default -> valid = false;
                }
            }
            if (!valid) {
                throw new InvalidQueryException(FieldError.query(
                        "order",
                        "Invalid order '" + term.trim()
                                + "'; use <field>.asc or <field>.desc with id, name, created_at, last_message_at or "
                                + "metadata->key",
                        "value_error"));
            }
            Comparator<Conversation> next = fieldOrder(field, descending, nullsFirst != null ? nullsFirst : descending);
            combined = combined == null ? next : combined.thenComparing(next);
        }
        return combined.thenComparing(Conversation::id);
    }

    private static Comparator<Conversation> fieldOrder(String field, boolean descending, boolean nullsFirst) {
        Comparator<Object> values = ConversationListQuery::compareValues;
        if (descending) {
            values = values.reversed();
        }
        Comparator<Object> withNulls = nullsFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
        return (a, b) -> withNulls.compare(ConversationFilter.valueOf(a, field), ConversationFilter.valueOf(b, field));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a instanceof Comparable && a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
