package com.transcriptviewer.api;

import com.transcriptviewer.api.json.ErrorBody;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns statuses, error bodies and I/O failures into {@link ApiException}s with sentences a support agent can act
 * on. Every text taken from a server is scrubbed of the API key first, in case a gateway echoes it back.
 */
final class ApiExceptions {

    private static final int MAX_SERVER_TEXT = 300;

    private final String host;
    private final ApiKey key;

    ApiExceptions(String host, ApiKey key) {
        this.host = host;
        this.key = key;
    }

    /**
     * @param notFound   the sentence for a 404 ("No conversation with id …."), or null for a generic one
     * @param retryAfter the wait the server asked for, or null
     */
    ApiException forStatus(int status, ErrorBody body, String nonJsonProblem, Duration retryAfter, String notFound) {
        List<String> serverLines = body.lines().stream().map(this::serverText).toList();
        String serverSays = serverLines.isEmpty() ? null : String.join("; ", serverLines);
        String technical = technicalDetail(body, serverSays, nonJsonProblem);
        return switch (status) {
            case 401 ->
                new ApiException(
                        ErrorKind.UNAUTHORIZED,
                        "API key rejected — open Settings to enter a valid key.",
                        status,
                        null,
                        null,
                        technical,
                        null);
            case 403 ->
                new ApiException(
                        ErrorKind.FORBIDDEN,
                        "This API key isn't allowed to read these conversations — check its permissions in the Telnyx "
                                + "portal.",
                        status,
                        null,
                        null,
                        technical,
                        null);
            case 404 ->
                new ApiException(
                        ErrorKind.NOT_FOUND,
                        notFound != null ? notFound : "Telnyx found nothing at that address.",
                        status,
                        null,
                        null,
                        technical,
                        null);
            case 422 -> validation(status, body, serverSays, technical);
            case 429 ->
                new ApiException(
                        ErrorKind.RATE_LIMITED,
                        retryAfter != null
                                ? "Rate-limited by Telnyx; try again in " + Waits.describe(retryAfter) + "."
                                : "Rate-limited by Telnyx; try again in a moment.",
                        status,
                        retryAfter,
                        null,
                        technical,
                        null);
            default ->
                status >= 500
                        ? new ApiException(
                                ErrorKind.SERVER,
                                "Telnyx had a problem answering (HTTP " + status + "); try again shortly.",
                                status,
                                retryAfter,
                                null,
                                technical,
                                null)
                        : new ApiException(
                                ErrorKind.CLIENT,
                                "Telnyx refused the request (HTTP " + status + ")"
                                        + (serverSays != null ? ": " + serverSays : "") + ".",
                                status,
                                retryAfter,
                                null,
                                technical,
                                null);
        };
    }

    private ApiException validation(int status, ErrorBody body, String serverSays, String technical) {
        List<ValidationIssue> issues = new ArrayList<>();
        body.details()
                .forEach(detail ->
                        issues.add(new ValidationIssue(serverText(detail.location()), serverText(detail.message()))));
        body.errors()
                .forEach(error -> issues.add(new ValidationIssue(
                        serverText(error.pointer()),
                        serverText(error.detail() != null ? error.detail() : error.title()))));
        String said = issues.isEmpty()
                ? serverSays
                : String.join(
                        "; ", issues.stream().map(ValidationIssue::describe).toList());
        String sentence = said == null || said.isBlank()
                ? "Telnyx rejected the request as invalid."
                : "Telnyx rejected the request: " + said + ".";
        return new ApiException(ErrorKind.VALIDATION, sentence, status, null, issues, technical, null);
    }

    ApiException forIo(IOException failure) {
        String sentence;
        if (failure instanceof UnknownHostException
                || failure instanceof ConnectException
                || failure instanceof NoRouteToHostException) {
            sentence = "Can't reach " + host + " — check your connection.";
        } else if (failure instanceof SocketTimeoutException
                || (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage()))) {
            sentence = host + " took too long to answer — try again.";
        } else {
            sentence = "The connection to " + host + " dropped while loading — try again.";
        }
        return new ApiException(
                ErrorKind.NETWORK,
                sentence,
                0,
                null,
                null,
                failure.getClass().getSimpleName() + ": " + serverText(failure.getMessage()),
                failure);
    }

    ApiException badResponse(int status, String problem, Throwable cause) {
        return new ApiException(
                ErrorKind.BAD_RESPONSE,
                "Telnyx sent an answer the viewer can't read: " + serverText(problem) + ".",
                status,
                null,
                null,
                null,
                cause);
    }

    /** A pre-signed download answered {@code status}: refused or expired links are FORBIDDEN, the rest by kind. */
    ApiException downloadRefused(int status) {
        boolean refused = status == 400 || status == 401 || status == 403 || status == 410;
        ErrorKind kind = refused ? ErrorKind.FORBIDDEN : status == 404 ? ErrorKind.NOT_FOUND : ErrorKind.SERVER;
        String sentence = refused
                ? "The recording's download link was refused (it may have expired)."
                : "The recording could not be downloaded (HTTP " + status + ").";
        return new ApiException(kind, sentence, status, null, null, null, null);
    }

    /**
     * A download that failed on the network. The exception's own text is left out: for a pre-signed link it could
     * hold the link, which is a secret.
     */
    ApiException forDownloadIo(IOException failure) {
        return new ApiException(
                ErrorKind.NETWORK,
                "The recording's download was cut off — try again.",
                0,
                null,
                null,
                failure.getClass().getSimpleName(),
                null);
    }

    ApiException cancelled() {
        return new ApiException(ErrorKind.CANCELLED, "Cancelled.", 0, null, null, null, null);
    }

    ApiException invalidId(String id, String what) {
        String shown = id == null ? "(none)" : "\"" + serverText(id) + "\"";
        ValidationIssue issue =
                new ValidationIssue("path." + what.replace(' ', '_') + "_id", "not a usable " + what + " id");
        return new ApiException(
                ErrorKind.VALIDATION, shown + " is not an " + what + " id.", 0, null, List.of(issue), null, null);
    }

    ApiException invalidConversationId(String id) {
        String shown = id == null ? "(none)" : "\"" + serverText(id) + "\"";
        ValidationIssue issue = new ValidationIssue("path.conversation_id", "not a usable conversation id");
        return new ApiException(
                ErrorKind.VALIDATION, shown + " is not a conversation id.", 0, null, List.of(issue), null, null);
    }

    private String technicalDetail(ErrorBody body, String serverSays, String nonJsonProblem) {
        StringBuilder detail = new StringBuilder();
        if (body.firstCode() != null) {
            detail.append("code ").append(serverText(body.firstCode()));
        }
        if (serverSays != null) {
            detail.append(detail.length() > 0 ? ", " : "").append(serverSays);
        }
        if (nonJsonProblem != null) {
            detail.append(detail.length() > 0 ? ", " : "").append(nonJsonProblem);
        }
        return detail.toString();
    }

    /** A text that came from outside: key removed, kept short. */
    private String serverText(String text) {
        if (text == null) {
            return "";
        }
        String scrubbed = key.scrub(text.strip());
        return scrubbed.length() > MAX_SERVER_TEXT ? scrubbed.substring(0, MAX_SERVER_TEXT) + "…" : scrubbed;
    }
}
