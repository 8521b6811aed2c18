package com.transcriptviewer.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small streaming readers shared by the wire-format readers; each starts at the value's first token. */
final class JsonValues {

    private JsonValues() {}

    /** A string field read leniently: numbers and booleans as their text, null and containers as null. */
    static String text(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }

    /** A count such as {@code total_pages}: integral numbers or numeric strings, clamped to the long range. */
    static Long count(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return parser.getBigIntegerValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
                }
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return (long) parser.getDoubleValue();
            }
            case VALUE_STRING -> {
                try {
                    return Long.parseLong(parser.getText().strip());
                } catch (NumberFormatException notACount) {
                    return null;
                }
            }
            default -> {
                parser.skipChildren();
                return null;
            }
        }
    }

    /** Any JSON value as plain Java: String, Integer/Long/BigInteger, Double, Boolean, null, List or Map. */
    /** Strings up to this length are shared (see {@link #shared}). */
    private static final int SHARED_MAX_CHARS = 64;

    static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING -> {
                return shared(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(parser, item));
                }
                return Collections.unmodifiableList(list);
            }
            case START_OBJECT -> {
                return object(parser);
            }
            default -> {
                return null;
            }
        }
    }

    /** The fields of an object whose START_OBJECT was just read, in the order sent. */
    /**
     * Short metadata values repeat from message to message (a channel, an assistant's id, a phone number): one
     * shared copy of each, from the JVM's string table, instead of one per message of a long transcript.
     */
    private static String shared(String value) {
        return value.length() <= SHARED_MAX_CHARS ? value.intern() : value;
    }

    static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            map.put(name, value(parser, parser.nextToken()));
        }
        return Collections.unmodifiableMap(map);
    }

    /** A metadata field: an object read as a map, anything else skipped as an empty map. */
    static Map<String, Object> metadata(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            return object(parser);
        }
        parser.skipChildren();
        return Map.of();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
