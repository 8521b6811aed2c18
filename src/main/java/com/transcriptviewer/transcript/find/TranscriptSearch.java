package com.transcriptviewer.transcript.find;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Finds a query in messages: their text, and for each tool call its function name and its arguments as the API sent
 * them. In arguments and in JSON tool results, a query written as JSON matches however the two are spaced (see
 * {@link JsonSpacing}). Pure and thread-safe (messages are immutable records), so it runs on a background thread over
 * a snapshot while pages keep arriving.
 */
public final class TranscriptSearch {

    /** Messages searched between two looks at the cancel flag. */
    private static final int CANCEL_CHECK_EVERY = 64;

    private TranscriptSearch() {}

    /**
     * The occurrences of {@code query} in {@code messages}, which are messages {@code firstIndex} onwards of the
     * conversation, in conversation order and, within a message, in the order its bubble shows them (text, then each
     * call's name and arguments). Stops at {@code limit} matches, or early (with what it found) once
     * {@code cancelled} says so.
     */
    public static List<FindMatch> find(
            List<Message> messages, int firstIndex, SearchQuery query, int limit, BooleanSupplier cancelled) {
        List<FindMatch> found = new ArrayList<>();
        if (query.isEmpty() || limit <= 0) {
            return found;
        }
        TextMatcher matcher = new TextMatcher(query);
        JsonSpacing json = JsonSpacing.forQuery(query);
        for (int i = 0; i < messages.size(); i++) {
            if (i % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                return found;
            }
            Message message = messages.get(i);
            int index = firstIndex + i;
            String text = message.text();
            if (text != null) {
                boolean collected = json != null && isJsonResult(message)
                        ? collect(json, text, index, FindMatch.Where.TEXT, -1, found, limit)
                        : collect(matcher, text, index, FindMatch.Where.TEXT, -1, found, limit);
                if (!collected) {
                    return found;
                }
            }
            List<ToolCall> calls = message.toolCalls();
            for (int call = 0; call < calls.size(); call++) {
                ToolCall toolCall = calls.get(call);
                if (!collect(matcher, toolCall.functionName(), index, FindMatch.Where.FUNCTION_NAME, call, found, limit)
                        || !(json != null
                                ? collect(
                                        json,
                                        toolCall.arguments(),
                                        index,
                                        FindMatch.Where.ARGUMENTS,
                                        call,
                                        found,
                                        limit)
                                : collect(
                                        matcher,
                                        toolCall.arguments(),
                                        index,
                                        FindMatch.Where.ARGUMENTS,
                                        call,
                                        found,
                                        limit))) {
                    return found;
                }
            }
        }
        return found;
    }

    /** A tool's answer that its bubble pretty-prints: the JSON spacing shown is not the one sent. */
    private static boolean isJsonResult(Message message) {
        if (message.role().kind() != Role.Kind.TOOL) {
            return false;
        }
        String text = message.text().stripLeading();
        return text.startsWith("{") || text.startsWith("[");
    }

    /** As {@link #collect(TextMatcher, String, int, FindMatch.Where, int, List, int)}, ignoring JSON spacing. */
    private static boolean collect(
            JsonSpacing json,
            String text,
            int messageIndex,
            FindMatch.Where where,
            int callIndex,
            List<FindMatch> found,
            int limit) {
        return json.findAll(text, (start, end) -> {
            found.add(new FindMatch(messageIndex, where, callIndex, start, end));
            return found.size() < limit;
        });
    }

    /** Adds the occurrences in one text; false once {@code limit} is reached. */
    private static boolean collect(
            TextMatcher matcher,
            String text,
            int messageIndex,
            FindMatch.Where where,
            int callIndex,
            List<FindMatch> found,
            int limit) {
        int length = matcher.length();
        for (int start = matcher.find(text, 0); start >= 0; start = matcher.find(text, start + length)) {
            found.add(new FindMatch(messageIndex, where, callIndex, start, start + length));
            if (found.size() >= limit) {
                return false;
            }
        }
        return true;
    }
}
