package com.transcriptviewer.api;

import java.time.Duration;

/**
 * What to do after a failed attempt: retry after {@code delay}, or give up. {@code serverAsked} is the wait the server
 * named in its headers (null when it named none); it is reported to the user when we give up.
 */
public record RetryDecision(boolean retry, Duration delay, Duration serverAsked) {

    public static RetryDecision retryAfter(Duration delay, Duration serverAsked) {
        return new RetryDecision(true, delay, serverAsked);
    }

    public static RetryDecision giveUp(Duration serverAsked) {
        return new RetryDecision(false, Duration.ZERO, serverAsked);
    }
}
