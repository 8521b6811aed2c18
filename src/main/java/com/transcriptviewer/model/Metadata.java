package com.transcriptviewer.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies of metadata maps. Values are strings, numbers, booleans or lists of those; the key order the API
 * sent is kept (a {@code Map.copyOf} would scramble it and reject null values).
 */
public final class Metadata {

    private Metadata() {}

    /** Maps up to this size are kept in one array (see {@link SmallOrderedMap}); larger ones hashed. */
    private static final int SMALL = 32;

    public static Map<String, Object> copyOf(Map<String, ?> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        if (source instanceof SmallOrderedMap small) {
            return small; // immutable, and its values were copied when it was made
        }
        if (source.size() <= SMALL) {
            Object[] keysAndValues = new Object[source.size() * 2];
            int[] at = {0};
            source.forEach((key, value) -> {
                if (key != null) {
                    keysAndValues[at[0]++] = key;
                    keysAndValues[at[0]++] = copyValue(value);
                }
            });
            return new SmallOrderedMap(
                    at[0] == keysAndValues.length ? keysAndValues : Arrays.copyOf(keysAndValues, at[0]));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> {
            if (key != null) {
                copy.put(key, copyValue(value));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copyValue(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** The value under {@code key} as text, or null when absent or null. */
    public static String string(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
