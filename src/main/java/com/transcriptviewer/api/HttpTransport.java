package com.transcriptviewer.api;

import com.transcriptviewer.api.json.ErrorBody;
import com.transcriptviewer.api.json.WireFormat;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs one GET with the retry policy: each attempt is an OkHttp call registered with the cancel token, each wait
 * goes through the injected {@link Sleeper}. OkHttp's own silent retry is off so every attempt is counted here.
 * Logs name the path and status only, never headers.
 */
final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpTransport.class.getName());
    private static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final ApiConfig config;
    private final OkHttpClient http;
    private final ApiExceptions errors;
    private final WireFormat wire;

    HttpTransport(ApiConfig config, ApiExceptions errors, WireFormat wire) {
        this.config = config;
        this.errors = errors;
        this.wire = wire;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false)
                .build();
    }

    /** The body of a 2xx answer to GET {@code url}; anything else becomes an {@link ApiException}. */
    byte[] get(HttpUrl url, String notFoundSentence, CancelToken cancel) throws ApiException {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + config.apiKey().secret())
                .header("User-Agent", config.userAgent())
                .header("Accept", "application/json")
                .get()
                .build();
        for (int retriesDone = 0; ; retriesDone++) {
            if (cancel.isCancelled()) {
                throw errors.cancelled();
            }
            RetryDecision decision;
            ApiException failure;
            Call call = http.newCall(request);
            try (CancelToken.Registration ignored = cancel.onCancel(call::cancel);
                    Response response = call.execute()) {
                int status = response.code();
                if (status >= 200 && status < 300) {
                    return response.body().bytes();
                }
                byte[] errorBody = readErrorBody(response);
                ErrorBody parsed = wire.parseErrorBody(errorBody);
                String nonJson = WireFormat.describeNonJson(errorBody);
                decision = config.retryPolicy()
                        .afterResponse(
                                retriesDone,
                                status,
                                response::header,
                                config.clock().instant());
                failure = errors.forStatus(status, parsed, nonJson, decision.serverAsked(), notFoundSentence);
                log(url, "HTTP " + status, decision, retriesDone);
            } catch (IOException io) {
                if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                    throw errors.cancelled();
                }
                decision = config.retryPolicy().afterIoError(retriesDone);
                failure = errors.forIo(io);
                log(url, io.getClass().getSimpleName(), decision, retriesDone);
                // The server may have closed every idle connection at once (an idle timeout): drop the pooled ones
                // so the retry opens a fresh connection instead of picking up another dead one.
                http.connectionPool().evictAll();
            }
            if (!decision.retry()) {
                throw failure;
            }
            sleep(decision.delay(), cancel);
        }
    }

    /**
     * Writes the body of a GET of a pre-signed {@code url} to {@code target}: no API key and no retries (a refused or
     * expired link is answered by asking the API for a new one). The URL is a secret: it is never logged and no
     * failure names it; a refusal (401, 403, 410, or 400 as some stores answer an expired signature) is FORBIDDEN.
     */
    void download(HttpUrl url, java.nio.file.Path target, CancelToken cancel) throws ApiException {
        Request request = new Request.Builder()
                .url(url)
                .header("User-Agent", config.userAgent())
                .get()
                .build();
        if (cancel.isCancelled()) {
            throw errors.cancelled();
        }
        Call call = http.newCall(request);
        try (CancelToken.Registration ignored = cancel.onCancel(call::cancel);
                Response response = call.execute()) {
            int status = response.code();
            if (status >= 200 && status < 300) {
                try (java.io.InputStream in = response.body().byteStream()) {
                    java.nio.file.Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            }
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("GET recording download -> HTTP " + status);
            }
            throw errors.downloadRefused(status);
        } catch (IOException io) {
            if (cancel.isCancelled()) {
                throw errors.cancelled();
            }
            throw errors.forDownloadIo(io);
        }
    }

    private void sleep(Duration delay, CancelToken cancel) throws ApiException {
        try {
            config.sleeper().sleep(delay, cancel);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw errors.cancelled();
        }
        if (cancel.isCancelled()) {
            throw errors.cancelled();
        }
    }

    private static byte[] readErrorBody(Response response) {
        try {
            return response.peekBody(MAX_ERROR_BODY_BYTES).bytes();
        } catch (IOException unreadable) {
            // The status alone still says what happened; a body cut short adds nothing we could trust.
            return new byte[0];
        }
    }

    private static void log(HttpUrl url, String outcome, RetryDecision decision, int retriesDone) {
        if (!LOG.isLoggable(Level.FINE)) {
            return;
        }
        String next = decision.retry()
                ? String.format(
                        Locale.ROOT,
                        "retry %d in %.2f s",
                        retriesDone + 1,
                        decision.delay().toMillis() / 1000.0)
                : "giving up";
        LOG.fine("GET " + url.encodedPath() + " -> " + outcome + "; " + next);
    }

    @Override
    public void close() {
        http.dispatcher().cancelAll();
        http.connectionPool().evictAll();
    }
}
