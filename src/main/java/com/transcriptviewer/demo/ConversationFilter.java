package com.transcriptviewer.demo;

import com.transcriptviewer.model.Conversation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One PostgREST condition such as {@code name=like.Voice%} or {@code metadata->assistant_id=eq.assistant-...}:
 * a field, an operator and the value text. A NULL field never matches, as in SQL.
 */
record ConversationFilter(String field, Operator operator, String value) {

    enum Operator {
        EQ,
        NEQ,
        LIKE,
        ILIKE,
        GT,
        GTE,
        LT,
        LTE
    }

    static final String METADATA_PREFIX = "metadata->";

    /** Parses {@code op.value} given for {@code field}; the parameter name is what a 422 points at. */
    static ConversationFilter parse(String parameter, String field, String operatorAndValue)
            throws InvalidQueryException {
        int dot = operatorAndValue.indexOf('.');
        if (dot < 0) {
            throw new InvalidQueryException(FieldError.query(
                    parameter, "Filter must look like <operator>.<value>, e.g. eq.abc", "value_error"));
        }
        String operatorName = operatorAndValue.substring(0, dot);
        Operator operator;
        try {
            operator = Operator.valueOf(operatorName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidQueryException(FieldError.query(
                    parameter,
                    "Unsupported filter operator '" + operatorName + "'; use eq, neq, like, ilike, gt, gte, lt or lte",
                    "value_error"));
        }
        String value = unquote(operatorAndValue.substring(dot + 1));
        if (isTimeField(field)
                && operator != Operator.LIKE
                && operator != Operator.ILIKE
                && parseInstant(value) == null) {
            throw new InvalidQueryException(FieldError.query(
                    parameter,
                    "Input should be a valid datetime or date, got '" + value + "'",
                    "datetime_from_date_parsing"));
        }
        return new ConversationFilter(field, operator, value);
    }

    static boolean isKnownField(String field) {
        return switch (field) {
            case "id", "name", "created_at", "last_message_at" -> true;
            default -> metadataKey(field) != null;
        };
    }

    /** The key of a {@code metadata->key} or {@code metadata->>key} field, or null for any other field. */
    static String metadataKey(String field) {
        if (!field.startsWith(METADATA_PREFIX)) {
            return null;
        }
        String key = field.substring(METADATA_PREFIX.length());
        if (key.startsWith(">")) {
            key = key.substring(1);
        }
        return key.isEmpty() ? null : key;
    }

    /** The value of {@code field} on a conversation: String, Instant, Number, Boolean, List or null. */
    static Object valueOf(Conversation conversation, String field) {
        return switch (field) {
            case "id" -> conversation.id();
            case "name" -> conversation.name();
            case "created_at" -> conversation.createdAt();
            case "last_message_at" -> conversation.lastMessageAt();
            default -> conversation.metadata().get(metadataKey(field));
        };
    }

    boolean matches(Conversation conversation) {
        Object actual = valueOf(conversation, field);
        if (actual instanceof List<?> list) {
            return list.stream().anyMatch(item -> item != null && matchesValue(item));
        }
        return actual != null && matchesValue(actual);
    }

    private boolean matchesValue(Object actual) {
        if (operator == Operator.LIKE || operator == Operator.ILIKE) {
            String text = actual instanceof Instant instant ? DemoTimes.format(instant) : String.valueOf(actual);
            return likePattern(value, operator == Operator.ILIKE).matcher(text).matches();
        }
        int comparison = compare(actual, value);
        return switch (operator) {
            case EQ -> comparison == 0;
            case NEQ -> comparison != 0;
            case GT -> comparison > 0;
            case GTE -> comparison >= 0;
            case LT -> comparison < 0;
            case LTE -> comparison <= 0;
            default -> throw new IllegalStateException("like operators are matched above");
        };
    }

    /** Compares a field value with filter text: as instants, as numbers when both are numeric, else as text. */
    static int compare(Object actual, String text) {
        if (actual instanceof Instant instant) {
            return instant.compareTo(parseInstant(text));
        }
        if (actual instanceof Number number) {
            BigDecimal wanted = parseNumber(text);
            if (wanted != null) {
                return new BigDecimal(number.toString()).compareTo(wanted);
            }
        }
        return String.valueOf(actual).compareTo(text);
    }

    /** Accepts a full timestamp, a timestamp without zone (UTC) or a date (its start, UTC). */
    static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static BigDecimal parseNumber(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    /** PostgREST {@code like}: {@code %} or {@code *} for any run of characters, {@code _} for one. */
    private static Pattern likePattern(String like, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%' || c == '*' || c == '_') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '_' ? "." : ".*");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(regex.toString(), flags);
    }

    private static boolean isTimeField(String field) {
        return field.equals("created_at") || field.equals("last_message_at");
    }

    /** PostgREST lets a value be double-quoted so it can hold commas and parentheses. */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }
}
