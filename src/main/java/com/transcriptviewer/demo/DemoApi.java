package com.transcriptviewer.demo;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one request the way the Telnyx API does, without any networking: authentication, routing, validation and
 * the response body. Kept apart from the HTTP plumbing so the rules read in one place.
 */
final class DemoApi {

    static final String CONVERSATIONS_PATH = "/v2/ai/conversations";
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    private final DemoData data;
    private final WireJson json = new WireJson();

    DemoApi(DemoData data) {
        this.data = data;
    }

    DemoResponse answer(String method, String rawPath, String rawQuery, String authorization) {
        if (!isBearerToken(authorization)) {
            return DemoResponse.json(
                    401,
                    json.telnyxError(
                            "10009",
                            "Authentication failed",
                            "The API key is missing or malformed. Send it as 'Authorization: Bearer <API key>'."));
        }
        Optional<List<String>> route = route(rawPath);
        if (route.isEmpty()) {
            return notFound("No route matches " + rawPath + ".");
        }
        if (!method.equals("GET")) {
            return new DemoResponse(
                    405,
                    Map.of("Allow", "GET"),
                    json.telnyxError("10015", "Method not allowed", "Only GET is supported on " + rawPath + "."));
        }
        List<String> segments = route.get();
        QueryParameters query = QueryParameters.parse(rawQuery);
        try {
            if (segments.isEmpty()) {
                return conversations(query);
            }
            if (segments.size() == 1) {
                return conversation(segments.get(0));
            }
            return messages(segments.get(0), query);
        } catch (InvalidQueryException e) {
            return DemoResponse.json(422, json.validationErrors(e.errors()));
        }
    }

    DemoResponse serverError() {
        return DemoResponse.json(
                500, json.telnyxError("10007", "Unexpected error", "An unexpected error occurred. Please try again."));
    }

    DemoResponse rateLimited(int retryAfterSeconds) {
        String seconds = Integer.toString(retryAfterSeconds);
        return new DemoResponse(
                429,
                Map.of(
                        "Retry-After",
                        seconds,
                        "x-ratelimit-limit",
                        "100",
                        "x-ratelimit-remaining",
                        "0",
                        "x-ratelimit-reset",
                        seconds),
                json.telnyxError(
                        "10011", "Too many requests", "Rate limit exceeded. Retry after " + seconds + " seconds."));
    }

    private DemoResponse conversations(QueryParameters query) throws InvalidQueryException {
        ConversationListQuery listQuery = ConversationListQuery.parse(query);
        return DemoResponse.json(200, json.conversationList(listQuery.apply(data.conversations())));
    }

    private DemoResponse conversation(String id) {
        return data.conversation(id)
                .map(c -> DemoResponse.json(200, json.singleConversation(c)))
                .orElseGet(() -> unknownConversation(id));
    }

    private DemoResponse messages(String id, QueryParameters query) throws InvalidQueryException {
        List<FieldError> errors = new ArrayList<>();
        long size = integerParameter(query, "page[size]", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, errors);
        long number = integerParameter(query, "page[number]", 1, Long.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        Optional<Conversation> conversation = data.conversation(id);
        if (conversation.isEmpty()) {
            return unknownConversation(id);
        }
        int total = data.messageCount(id);
        long from = (number - 1) * size;
        List<Message> page = from >= total || from < 0
                ? List.of()
                : data.messages(id, (int) from, (int) Math.min(total, from + size));
        return DemoResponse.json(200, json.messagePage(page, number, (int) size, total));
    }

    /** Pydantic's checks on an integer query parameter: parses, at least 1, at most {@code max}. */
    private static long integerParameter(
            QueryParameters query, String name, long fallback, long max, List<FieldError> errors) {
        Optional<String> text = query.last(name);
        if (text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.get().trim());
        } catch (NumberFormatException e) {
            errors.add(FieldError.query(
                    name, "Input should be a valid integer, unable to parse string as an integer", "int_parsing"));
            return fallback;
        }
        if (value < 1) {
            errors.add(FieldError.query(name, "Input should be greater than or equal to 1", "greater_than_equal"));
        } else if (value > max) {
            errors.add(FieldError.query(name, "Input should be less than or equal to " + max, "less_than_equal"));
        }
        return value;
    }

    private DemoResponse unknownConversation(String id) {
        return notFound("No conversation with id '" + id + "' was found.");
    }

    private DemoResponse notFound(String detail) {
        return DemoResponse.json(404, json.telnyxError("10005", "Resource not found", detail));
    }

    /**
     * The decoded path segments after {@code /v2/ai/conversations}: none for the list, {@code [id]} or
     * {@code [id, "messages"]}. Splitting happens before decoding, so an id holding an encoded {@code /} stays one
     * segment and is looked up literally.
     */
    static Optional<List<String>> route(String rawPath) {
        if (rawPath.equals(CONVERSATIONS_PATH) || rawPath.equals(CONVERSATIONS_PATH + "/")) {
            return Optional.of(List.of());
        }
        if (!rawPath.startsWith(CONVERSATIONS_PATH + "/")) {
            return Optional.empty();
        }
        String[] raw = rawPath.substring(CONVERSATIONS_PATH.length() + 1).split("/", -1);
        if (raw.length > 2 || raw[0].isEmpty() || (raw.length == 2 && !raw[1].equals("messages"))) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : raw) {
            String decoded = decodePathSegment(segment);
            if (decoded == null) {
                return Optional.empty();
            }
            segments.add(decoded);
        }
        return Optional.of(segments);
    }

    /** Percent-decodes a path segment; unlike a query, a {@code +} in a path is a plus. Null when malformed. */
    private static String decodePathSegment(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** Any non-empty token after {@code Bearer} is accepted: the demo has no accounts. */
    static boolean isBearerToken(String authorization) {
        if (authorization == null) {
            return false;
        }
        String trimmed = authorization.trim();
        return trimmed.length() > 7
                && trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")
                && !trimmed.substring(7).isBlank();
    }
}
