package com.transcriptviewer.api;

/** One complaint of a 422 answer: where (e.g. {@code query.page[size]}) and what the server said about it. */
public record ValidationIssue(String location, String message) {

    public ValidationIssue {
        location = location == null ? "" : location;
        message = message == null ? "" : message;
    }

    /** "query.page[size]: ensure this value is less than or equal to 100", or just the message without a location. */
    public String describe() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
