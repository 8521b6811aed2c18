package com.transcriptviewer.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain JDK HTTP client for talking to a running {@link DemoServer} in tests. */
final class DemoHttp {

    static final String TOKEN = "test-key";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    DemoHttp(DemoServer server) {
        this.baseUrl = server.baseUrl();
    }

    /** GET {@code baseUrl + pathAndQuery} with a valid bearer token. */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, "Bearer " + TOKEN);
    }

    /** GET with the given Authorization header, or none when null. */
    HttpResponse<String> get(String pathAndQuery, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** GET that must answer 200; returns the parsed body. */
    JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "expected 200 for " + pathAndQuery + " but got " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String messagesPath(String id, int size, int number) {
        return "/ai/conversations/" + id + "/messages?page%5Bsize%5D=" + size + "&page%5Bnumber%5D=" + number;
    }
}
