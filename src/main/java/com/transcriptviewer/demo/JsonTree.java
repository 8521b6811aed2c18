package com.transcriptviewer.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small builders for the JSON the demo serves beyond messages (assistants, their tools, insights): objects keep their
 * keys in the order written, so every answer is the same byte for byte, and the results cannot be changed.
 */
final class JsonTree {

    private JsonTree() {}

    /** An object from name/value pairs, in that order; a pair whose value is null is left out, as the API omits it. */
    static Map<String, Object> object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("a name must be a string: " + namesAndValues[i]);
            }
            if (namesAndValues[i + 1] != null) {
                object.put(name, namesAndValues[i + 1]);
            }
        }
        return Collections.unmodifiableMap(object);
    }

    /** An array of the given values (none may be null). */
    static List<Object> array(Object... values) {
        return List.of(values);
    }
}
