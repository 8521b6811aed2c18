package com.transcriptviewer.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The differences between two calls' arguments, JSON-aware: objects key by key (so the order keys were written in and
 * the spacing do not count, and a nested object's change is named by its path), arrays position by position (extra
 * items are added or removed), numbers by value ({@code 4} and {@code 4.0} are equal). A key removed and a key added at
 * the same place with equal values are one rename, which is how a new assistant version's renamed parameter shows.
 * Arguments that are not JSON are compared as text. Thread-safe.
 */
public final class ArgumentDiff {

    /** Values longer than this are cut in a change line; the exports and the cards show the arguments whole. */
    static final int LONGEST_VALUE = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArgumentDiff() {}

    /** The changes from {@code left} to {@code right}, in the order of the left arguments' keys, then the right's. */
    public static List<ArgumentChange> diff(String left, String right) {
        if (left.equals(right)) {
            return List.of();
        }
        Optional<JsonNode> a = parse(left);
        Optional<JsonNode> b = parse(right);
        if (a.isEmpty() || b.isEmpty()) {
            return left.strip().equals(right.strip())
                    ? List.of()
                    : List.of(new ArgumentChange(ArgumentChange.Kind.CHANGED, "", "", cut(left), cut(right)));
        }
        List<ArgumentChange> changes = new ArrayList<>();
        compare("", a.get(), b.get(), changes);
        return List.copyOf(changes);
    }

    private static Optional<JsonNode> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(text));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<ArgumentChange> out) {
        if (a.isObject() && b.isObject()) {
            objects(path, (ObjectNode) a, (ObjectNode) b, out);
        } else if (a.isArray() && b.isArray()) {
            arrays(path, (ArrayNode) a, (ArrayNode) b, out);
        } else if (!same(a, b)) {
            out.add(new ArgumentChange(ArgumentChange.Kind.CHANGED, path, path, value(a), value(b)));
        }
    }

    private static void objects(String path, ObjectNode a, ObjectNode b, List<ArgumentChange> out) {
        List<ArgumentChange> removed = new ArrayList<>();
        List<JsonNode> removedValues = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = child(path, field.getKey());
            JsonNode other = b.get(field.getKey());
            if (other == null) {
                removed.add(new ArgumentChange(ArgumentChange.Kind.REMOVED, at, at, value(field.getValue()), ""));
                removedValues.add(field.getValue());
            } else {
                compare(at, field.getValue(), other, out);
            }
        }
        List<ArgumentChange> added = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (a.has(field.getKey())) {
                continue;
            }
            String at = child(path, field.getKey());
            int renamedFrom = indexOfSame(removedValues, field.getValue());
            if (renamedFrom >= 0) {
                ArgumentChange old = removed.get(renamedFrom);
                removed.set(
                        renamedFrom,
                        new ArgumentChange(
                                ArgumentChange.Kind.RENAMED, at, old.path(), old.oldValue(), value(field.getValue())));
                removedValues.set(renamedFrom, null);
            } else {
                added.add(new ArgumentChange(ArgumentChange.Kind.ADDED, at, at, "", value(field.getValue())));
            }
        }
        out.addAll(removed);
        out.addAll(added);
    }

    private static int indexOfSame(List<JsonNode> values, JsonNode value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && same(values.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static void arrays(String path, ArrayNode a, ArrayNode b, List<ArgumentChange> out) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            compare(path + "[" + i + "]", a.get(i), b.get(i), out);
        }
        for (int i = common; i < a.size(); i++) {
            out.add(new ArgumentChange(ArgumentChange.Kind.REMOVED, path + "[" + i + "]", null, value(a.get(i)), ""));
        }
        for (int i = common; i < b.size(); i++) {
            out.add(new ArgumentChange(ArgumentChange.Kind.ADDED, path + "[" + i + "]", null, "", value(b.get(i))));
        }
    }

    /** Equal as JSON values: numbers by value, objects whatever their key order. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** A key's path: {@code a.b}; a key that is not a plain name is quoted ({@code a["b c"]}). */
    private static String child(String path, String key) {
        boolean plain =
                !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        if (plain) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[" + JSON.getNodeFactory().textNode(key) + "]";
    }

    private static String value(JsonNode node) {
        return cut(node.toString());
    }

    private static String cut(String text) {
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return line.length() <= LONGEST_VALUE ? line : line.substring(0, LONGEST_VALUE - 1) + "…";
    }
}
