package com.transcriptviewer.assistant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.model.InsightResult.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON insight result as "label: value" pairs, for people rather than parsers: an object's fields in the order
 * sent, a nested object's fields under dotted labels ({@code caller.name}), a list's items joined with commas, and
 * null as "(none)". Stateless and thread-safe.
 */
final class InsightFields {

    static final String NONE = "(none)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private InsightFields() {}

    /** The result's JSON, when it is valid JSON; empty for plain text. */
    static Optional<JsonNode> parse(String result) {
        String text = result == null ? "" : result.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(text));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    /** The fields of a JSON object; empty when {@code node} is not an object. */
    static List<Field> of(JsonNode node) {
        List<Field> fields = new ArrayList<>();
        if (node != null && node.isObject()) {
            flatten("", node, fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, List<Field> out) {
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else {
            out.add(new Field(prefix, value(node)));
        }
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NONE;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isContainerNode() ? item.toString() : value(item)));
            return items.isEmpty() ? NONE : String.join(", ", items);
        }
        if (node.isObject()) {
            return NONE;
        }
        return node.asText();
    }
}
