package com.transcriptviewer.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Telnyx API for tests of the insights: answers set per request ({@code /ai/conversations/c1/conversations-insights},
 * {@code /ai/conversations/insights?page%5Bnumber%5D=1&page%5Bsize%5D=100}, ...) in the shapes TELNYX-API.md
 * documents, and everything else forwarded to {@code upstream} (a demo server: its conversations and messages) or
 * answered 404. Records what it was asked, paths relative to {@code /v2}.
 */
public final class FakeInsightsApi implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final String upstream;
    private final HttpClient forwarder = HttpClient.newHttpClient();
    private volatile CountDownLatch hold = new CountDownLatch(0);

    /** @param upstream base URL (ending in /v2) to forward unanswered requests to; null answers them 404 */
    public FakeInsightsApi(String upstream) throws IOException {
        this.upstream = upstream;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return server.url("/v2").toString();
    }

    /** Answers {@code target} (path and encoded query after /v2) with 200 and {@code json}. */
    public FakeInsightsApi answer(String target, String json) {
        answers.put(target, json(200, json));
        return this;
    }

    /** Answers {@code target} with {@code status} and Telnyx's error shape. */
    public FakeInsightsApi fail(String target, int status, String code, String title) {
        answers.put(
                target,
                json(
                        status,
                        "{\"errors\":[{\"code\":\"" + code + "\",\"title\":\"" + title + "\",\"detail\":\"" + title
                                + ".\"}]}"));
        return this;
    }

    /** Holds every insights answer back until {@link #release()}. */
    public void holdInsights() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        hold.countDown();
    }

    /** Requests received, as paths (and queries) after /v2, in arrival order. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Requests to anything but conversations and their messages (that is: the insights, templates, assistants). */
    public List<String> insightRequests() {
        return requests().stream()
                .filter(r -> r.contains("insight") || r.contains("/assistants/"))
                .toList();
    }

    public void clearRequests() {
        requests.clear();
    }

    private MockResponse answer(RecordedRequest request) {
        String target = request.getTarget().substring("/v2".length());
        requests.add(target);
        MockResponse answer = answers.get(target);
        if (answer != null) {
            if (target.contains("conversations-insights")) {
                await();
            }
            return answer;
        }
        if (upstream != null) {
            return forward(target);
        }
        return json(404, "{\"errors\":[{\"code\":\"10005\",\"title\":\"Resource not found\"}]}");
    }

    private void await() {
        try {
            hold.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MockResponse forward(String target) {
        try {
            HttpResponse<String> response = forwarder.send(
                    HttpRequest.newBuilder(URI.create(upstream + target))
                            .header("Authorization", "Bearer demo-key")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return json(response.statusCode(), response.body());
        } catch (IOException e) {
            return json(502, "{}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return json(502, "{}");
        }
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Override
    public void close() throws IOException {
        release();
        server.close();
    }

    // ---- bodies in the documented shapes -------------------------------------------------------------------------

    /** {@code GET /ai/conversations/{id}/conversations-insights} with these runs. */
    public static String runs(String... runs) {
        return "{\"data\":[" + String.join(",", runs) + "],\"meta\":{\"total_pages\":1,\"total_results\":" + runs.length
                + ",\"page_number\":1,\"page_size\":20}}";
    }

    /** One run: {@code results} alternate insight id and result (null for none). */
    public static String run(String id, String status, String createdAt, String... results) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i + 1 < results.length; i += 2) {
            if (entries.length() > 0) {
                entries.append(',');
            }
            entries.append("{\"insight_id\":")
                    .append(quote(results[i]))
                    .append(",\"result\":")
                    .append(results[i + 1] == null ? "null" : quote(results[i + 1]))
                    .append('}');
        }
        return "{\"id\":" + quote(id) + ",\"created_at\":" + quote(createdAt) + ",\"status\":" + quote(status)
                + ",\"conversation_insights\":[" + entries + "]}";
    }

    /** An insight template; {@code schema} is a JSON object's text, or null for a text insight. */
    public static String template(String id, String name, String type, String schema) {
        return "{\"id\":" + quote(id) + ",\"name\":" + quote(name) + ",\"instructions\":\"Say what happened.\","
                + "\"insight_type\":" + quote(type) + ",\"json_schema\":" + (schema == null ? "null" : schema)
                + ",\"created_at\":\"2025-01-02T03:04:05Z\"}";
    }

    /** One page of {@code GET /ai/conversations/insights}. */
    public static String templatePage(int number, int totalPages, String... templates) {
        return "{\"data\":[" + String.join(",", templates) + "],\"meta\":{\"total_pages\":" + totalPages
                + ",\"total_results\":" + (totalPages * 100) + ",\"page_number\":" + number + ",\"page_size\":100}}";
    }

    /** The target of page {@code number} of the template list, as the client asks for it. */
    public static String templatePageTarget(int number) {
        return "/ai/conversations/insights?page%5Bnumber%5D=" + number + "&page%5Bsize%5D=100";
    }

    /** {@code GET /ai/conversations/insight-groups/{id}}. */
    public static String group(String id, String... templates) {
        return "{\"data\":{\"id\":" + quote(id) + ",\"name\":\"Support calls\",\"description\":\"What QA reads\","
                + "\"insights\":[" + String.join(",", templates) + "]}}";
    }

    /** {@code GET /ai/assistants/{id}}, bare as documented, with its insight group. */
    public static String assistant(String id, String groupId) {
        return "{\"id\":" + quote(id) + ",\"name\":\"Scheduler\",\"model\":\"gpt-4o\",\"tools\":[],"
                + "\"insight_settings\":" + (groupId == null ? "{}" : "{\"insight_group_id\":" + quote(groupId) + "}")
                + "}";
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        return "\""
                + Stream.of(text.split("", -1))
                        .map(c -> switch (c) {
                            case "\"" -> "\\\"";
                            case "\\" -> "\\\\";
                            case "\n" -> "\\n";
                            default -> c;
                        })
                        .collect(Collectors.joining())
                + "\"";
    }
}
