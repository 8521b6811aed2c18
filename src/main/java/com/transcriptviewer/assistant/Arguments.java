package com.transcriptviewer.assistant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a call's arguments, the exact text the model produced, as JSON with one shared strict reader: nothing may
 * follow the value, empty text counts as {@code {}}, and when the text is not JSON the sentence says where it breaks.
 * The reader itself does not limit nesting (it reads without recursion); how deep is too deep to validate is the
 * checker's call, made with {@link #depth}.
 */
final class Arguments {

    /** The shared reader; thread-safe once built. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(Integer.MAX_VALUE)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads trees without looking up the target type on every call, as {@code MAPPER.readTree} would. */
    private static final ObjectReader TREES = MAPPER.readerFor(JsonNode.class);

    private static final int SNIPPET = 24;

    private Arguments() {}

    /**
     * The arguments as JSON, or why they are not.
     *
     * @param json    the arguments; null when they are not JSON
     * @param failure a sentence saying where the text stops being JSON; null when it is JSON
     */
    record Reading(JsonNode json, String failure) {

        boolean isJson() {
            return json != null;
        }
    }

    static Reading read(String text) {
        if (text.isBlank()) {
            return new Reading(MAPPER.createObjectNode(), null);
        }
        try {
            return new Reading(TREES.readTree(text), null);
        } catch (StreamConstraintsException tooLong) {
            return new Reading(
                    null, "The arguments could not be read: a value " + where(tooLong) + " is longer than allowed.");
        } catch (JsonEOFException early) {
            return new Reading(
                    null,
                    "The arguments are not valid JSON: they end too early, " + where(early)
                            + ", before the JSON is complete.");
        } catch (MismatchedInputException trailing) {
            return new Reading(
                    null,
                    "The arguments are not valid JSON: more follows after the JSON value ends, " + where(trailing)
                            + ".");
        } catch (JsonProcessingException broken) {
            return new Reading(
                    null,
                    "The arguments are not valid JSON: they break " + where(broken) + " (at the end of "
                            + snippet(text, broken.getLocation()) + ").");
        }
    }

    /** How deeply the arguments nest (a scalar is 0, {@code {}} is 1), counted no further than {@code limit + 1}. */
    static int depth(JsonNode root, int limit) {
        if (!root.isContainerNode()) {
            return 0;
        }
        Deque<JsonNode> nodes = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        nodes.push(root);
        levels.push(1);
        int deepest = 0;
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            int level = levels.pop();
            deepest = Math.max(deepest, level);
            if (deepest > limit) {
                return deepest;
            }
            for (JsonNode child : node) {
                if (child.isContainerNode() && !child.isEmpty()) {
                    nodes.push(child);
                    levels.push(level + 1);
                } else if (child.isContainerNode()) {
                    deepest = Math.max(deepest, level + 1);
                }
            }
        }
        return deepest;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "somewhere";
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The text up to and including where reading stopped, at most {@value #SNIPPET} characters of it. */
    private static String snippet(String text, JsonLocation location) {
        long offset = location == null ? -1 : location.getCharOffset();
        if (offset < 0 || offset > text.length()) {
            return ValueWords.clip(text);
        }
        int end = (int) Math.min(text.length(), offset + 1);
        int start = Math.max(0, end - SNIPPET);
        String cut = text.substring(start, end).replaceAll("\\s+", " ");
        return (start > 0 ? "…" : "") + cut;
    }
}
