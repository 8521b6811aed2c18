package com.transcriptviewer.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach the Telnyx API. {@link Clock} and {@link Sleeper} are injected so retry waits can be tested without
 * real time passing. The whole call (all bytes of one attempt) is bounded too: see {@link #callTimeout()}.
 */
public record ApiConfig(
        String baseUrl,
        ApiKey apiKey,
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        RetryPolicy retryPolicy,
        Sleeper sleeper,
        Clock clock) {

    public static final String DEFAULT_BASE_URL = "https://api.telnyx.com/v2";

    public ApiConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        userAgent = userAgent == null || userAgent.isBlank() ? defaultUserAgent() : userAgent;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        retryPolicy = retryPolicy == null ? RetryPolicy.defaults() : retryPolicy;
        sleeper = sleeper == null ? Sleeper.onCancelToken() : sleeper;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Desktop defaults: connect 5 s, read 15 s, 2 retries, real clock and sleeper. */
    public static ApiConfig defaults(String baseUrl, ApiKey key) {
        return new ApiConfig(
                baseUrl,
                key,
                defaultUserAgent(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(15),
                RetryPolicy.defaults(),
                Sleeper.onCancelToken(),
                Clock.systemUTC());
    }

    /** One attempt may take at most this long end to end: a connect plus two full read timeouts. */
    public Duration callTimeout() {
        return connectTimeout.plus(readTimeout.multipliedBy(2));
    }

    public ApiConfig withTimeouts(Duration connect, Duration read) {
        return new ApiConfig(baseUrl, apiKey, userAgent, connect, read, retryPolicy, sleeper, clock);
    }

    public ApiConfig withRetryPolicy(RetryPolicy policy) {
        return new ApiConfig(baseUrl, apiKey, userAgent, connectTimeout, readTimeout, policy, sleeper, clock);
    }

    public ApiConfig withSleeper(Sleeper newSleeper) {
        return new ApiConfig(baseUrl, apiKey, userAgent, connectTimeout, readTimeout, retryPolicy, newSleeper, clock);
    }

    public ApiConfig withClock(Clock newClock) {
        return new ApiConfig(baseUrl, apiKey, userAgent, connectTimeout, readTimeout, retryPolicy, sleeper, newClock);
    }

    /** {@code TranscriptViewer/<version>}, the version read from the build's {@code app.properties}. */
    public static String defaultUserAgent() {
        return "TranscriptViewer/" + appVersion();
    }

    /** The version Maven wrote into {@code app.properties}, or "dev" when running unfiltered sources. */
    public static String appVersion() {
        try (InputStream in = ApiConfig.class.getResourceAsStream("/com/transcriptviewer/app.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.contains("${") ? "dev" : version;
        } catch (IOException unreadable) {
            return "dev";
        }
    }
}
