package com.transcriptviewer.assistant;

import com.networknt.schema.JsonNodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an argument sits inside a call's arguments: as an RFC 6901 JSON Pointer for exports and tools
 * ({@code /items/2/quantity}, {@code ""} for the arguments as a whole) and as a name a person reads
 * ({@code items[2].quantity}). Made from the validator's instance locations by their elements, never by parsing text.
 *
 * @param elements property names (String) and array indexes (Integer), outermost first
 */
record ArgumentPath(List<Object> elements) {

    /** The arguments as a whole. */
    static final ArgumentPath WHOLE = new ArgumentPath(List.of());

    ArgumentPath {
        elements = List.copyOf(elements);
    }

    static ArgumentPath of(JsonNodePath location) {
        List<Object> elements = new ArrayList<>(location.getNameCount());
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            elements.add(element instanceof Integer ? element : String.valueOf(element));
        }
        return new ArgumentPath(elements);
    }

    ArgumentPath child(String name) {
        return with(name);
    }

    ArgumentPath index(int index) {
        return with(index);
    }

    /** This path inside {@code outer}: a part's {@code /date} inside {@code /body} is {@code /body/date}. */
    ArgumentPath inside(ArgumentPath outer) {
        List<Object> joined = new ArrayList<>(outer.elements);
        joined.addAll(elements);
        return new ArgumentPath(joined);
    }

    boolean isWhole() {
        return elements.isEmpty();
    }

    String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object element : elements) {
            pointer.append('/').append(escape(String.valueOf(element)));
        }
        return pointer.toString();
    }

    /** {@code items[2].quantity}; "the arguments" for the whole. */
    String displayName() {
        if (elements.isEmpty()) {
            return "the arguments";
        }
        StringBuilder name = new StringBuilder();
        for (Object element : elements) {
            if (element instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(element);
            }
        }
        return name.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private ArgumentPath with(Object element) {
        List<Object> longer = new ArrayList<>(elements);
        longer.add(element);
        return new ArgumentPath(longer);
    }
}
