package com.transcriptviewer.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one request the way the Telnyx API does, without any networking: authentication, routing, validation and
 * the response body. Kept apart from the HTTP plumbing so the rules read in one place; each family of endpoints
 * answers in a route class of its own.
 */
final class DemoApi {

    private final WireJson json = new WireJson();
    private final AssistantRoutes assistants;
    private final InsightRoutes insights;
    private final ConversationRoutes conversations;
    private final DemoRecordings recordings;
    private final RecordingRoutes recordingRoutes;

    DemoApi(DemoData data) {
        this.assistants = new AssistantRoutes(data.assistants(), json);
        this.insights = new InsightRoutes(data, json);
        this.conversations = new ConversationRoutes(data, json);
        this.recordings = new DemoRecordings(data, java.time.Clock.systemUTC());
        this.recordingRoutes = new RecordingRoutes(recordings, json);
    }

    DemoRecordings recordings() {
        return recordings;
    }

    DemoResponse answer(String method, String rawPath, String rawQuery, String authorization) {
        return answer(method, rawPath, rawQuery, authorization, "http://127.0.0.1");
    }

    /** @param origin scheme, host and port the request reached, for the recordings' download links */
    DemoResponse answer(String method, String rawPath, String rawQuery, String authorization, String origin) {
        if (RecordingRoutes.isDownload(rawPath) && method.equals("GET")) {
            // A pre-signed link carries its own permission, and the client sends it no API key.
            return recordingRoutes.download(rawPath, QueryParameters.parse(rawQuery));
        }
        if (!isBearerToken(authorization)) {
            return DemoResponse.json(
                    401,
                    json.telnyxError(
                            "10009",
                            "Authentication failed",
                            "The API key is missing or malformed. Send it as 'Authorization: Bearer <API key>'."));
        }
        if (RecordingRoutes.handles(rawPath)) {
            if (!method.equals("GET")) {
                return new DemoResponse(
                        405,
                        Map.of("Allow", "GET"),
                        json.telnyxError("10015", "Method not allowed", "Only GET is supported on " + rawPath + "."));
            }
            try {
                return recordingRoutes.answer(rawPath, QueryParameters.parse(rawQuery), origin);
            } catch (InvalidQueryException e) {
                return DemoResponse.json(422, json.validationErrors(e.errors()));
            }
        }
        Optional<DemoRoute> route = DemoPath.segments(rawPath).flatMap(this::route);
        if (route.isEmpty()) {
            return DemoResponse.json(404, json.notFound("No route matches " + rawPath + "."));
        }
        if (!method.equals("GET")) {
            return new DemoResponse(
                    405,
                    Map.of("Allow", "GET"),
                    json.telnyxError("10015", "Method not allowed", "Only GET is supported on " + rawPath + "."));
        }
        try {
            return route.get().get(QueryParameters.parse(rawQuery));
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

    /** Insight routes come before conversation routes: both live under {@code /ai/conversations/}. */
    private Optional<DemoRoute> route(List<String> segments) {
        return assistants.route(segments).or(() -> insights.route(segments)).or(() -> conversations.route(segments));
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
