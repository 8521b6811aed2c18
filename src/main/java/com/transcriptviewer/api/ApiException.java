package com.transcriptviewer.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * A failed API call, typed so a UI can speak from it: {@link #userMessage()} is one plain sentence for a support
 * agent, {@link #kind()} says which action fits. Messages never contain the API key or any request header.
 */
public class ApiException extends Exception {

    private final ErrorKind kind;
    private final String userMessage;
    private final int status;
    private final Duration retryAfter;
    private final List<ValidationIssue> validationIssues;

    public ApiException(
            ErrorKind kind,
            String userMessage,
            int status,
            Duration retryAfter,
            List<ValidationIssue> validationIssues,
            String technicalDetail,
            Throwable cause) {
        super(compose(userMessage, status, technicalDetail), cause);
        this.kind = kind;
        this.userMessage = userMessage;
        this.status = status;
        this.retryAfter = retryAfter;
        this.validationIssues = validationIssues == null ? List.of() : List.copyOf(validationIssues);
    }

    /**
     * A bug or a source that broke its contract, met while {@code doing} ("reading this page"): said plainly to the
     * user, with the exception's type as the technical detail, so the view can keep what it shows and offer Retry.
     */
    public static ApiException unexpected(String doing, Throwable cause) {
        return new ApiException(
                ErrorKind.BAD_RESPONSE,
                "Something unexpected went wrong while " + doing + ".",
                0,
                null,
                List.of(),
                cause.getClass().getSimpleName(),
                cause);
    }

    /**
     * The app's connection could not be set up (the demo server did not start, the credential store failed);
     * {@code failure} may come wrapped by the future that carried it.
     */
    public static ApiException notConnected(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return new ApiException(
                ErrorKind.NETWORK,
                "The viewer could not set up its connection ("
                        + cause.getClass().getSimpleName() + ").",
                0,
                null,
                List.of(),
                null,
                cause);
    }

    /** The work was cancelled (the user switched away, closed the window or pressed Cancel). */
    public static ApiException cancelled() {
        return new ApiException(ErrorKind.CANCELLED, "Cancelled.", 0, null, List.of(), null, null);
    }

    private static String compose(String userMessage, int status, String technicalDetail) {
        StringBuilder text = new StringBuilder(userMessage);
        if (status > 0) {
            text.append(" [HTTP ").append(status).append(']');
        }
        if (technicalDetail != null && !technicalDetail.isBlank()) {
            text.append(" [").append(technicalDetail).append(']');
        }
        return text.toString();
    }

    public ErrorKind kind() {
        return kind;
    }

    public String userMessage() {
        return userMessage;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** How long the server asked us to wait before trying again, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public List<ValidationIssue> validationIssues() {
        return validationIssues;
    }
}
