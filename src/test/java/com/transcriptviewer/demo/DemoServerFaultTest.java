package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoHttp.json;
import static com.transcriptviewer.demo.DemoHttp.messagesPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoServerFaultTest {

    private DemoServer server;
    private DemoHttp http;

    @BeforeEach
    void start() throws Exception {
        server = DemoServer.start(DemoData.generate());
        http = new DemoHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void serverErrorRateOfOneAnswersEveryRequestWith500() throws Exception {
        server.setFaults(DemoFaults.NONE.withServerErrorRate(1.0));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = http.get(messagesPath(DemoData.SMS_CHAT_ID, 10, 1));
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).at("/errors/0/code").asText()).isEqualTo("10007");
        }
    }

    @Test
    void rateLimitedRequestsCarryRetryAfter() throws Exception {
        server.setFaults(DemoFaults.NONE.withRateLimits(1.0, 7));

        HttpResponse<String> response = http.get(messagesPath(DemoData.SMS_CHAT_ID, 10, 1));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.headers().firstValue("x-ratelimit-remaining")).hasValue("0");
        assertThat(json(response).at("/errors/0/code").asText()).isEqualTo("10011");
        assertThat(json(response).at("/errors/0/title").asText()).isEqualTo("Too many requests");
    }

    @Test
    void droppedConnectionIsAnIoErrorForTheJdkClient() {
        server.setFaults(DemoFaults.NONE.withDropConnectionRate(1.0));

        long start = System.nanoTime();
        assertThatThrownBy(() -> http.get(messagesPath(DemoData.SMS_CHAT_ID, 100, 1)))
                .isInstanceOf(IOException.class);
        assertThat((System.nanoTime() - start) / 1_000_000)
                .as("fails at once, not by timeout")
                .isLessThan(5_000);
    }

    @Test
    void droppedConnectionIsAnIoErrorForOkHttpAfterTheHeaders() throws Exception {
        server.setFaults(DemoFaults.NONE.withDropConnectionRate(1.0));
        OkHttpClient client = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .readTimeout(10, TimeUnit.SECONDS)
                .build();
        Request request = new Request.Builder()
                .url(server.baseUrl() + messagesPath(DemoData.SMS_CHAT_ID, 100, 1))
                .header("Authorization", "Bearer x")
                .build();

        try (Response response = client.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Length")).isNotNull();
            assertThatThrownBy(() -> response.body().string()).isInstanceOf(IOException.class);
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        server.setFaults(DemoFaults.NONE.withLatencyMillis(300));

        long start = System.nanoTime();
        assertThat(http.get("/ai/conversations").statusCode()).isEqualTo(200);

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void faultsCanBeGivenAtStartAndChangedAtRuntime() throws Exception {
        try (DemoServer faulty = DemoServer.start(DemoData.generate(), 0, DemoFaults.NONE.withServerErrorRate(1.0))) {
            DemoHttp faultyHttp = new DemoHttp(faulty);
            assertThat(faulty.faults().serverErrorRate()).isEqualTo(1.0);
            assertThat(faultyHttp.get("/ai/conversations").statusCode()).isEqualTo(500);

            faulty.setFaults(DemoFaults.NONE);

            assertThat(faulty.faults()).isEqualTo(DemoFaults.NONE);
            assertThat(faultyHttp.get("/ai/conversations").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theSameSeedGivesTheSameFaultsInTheSameOrder() throws Exception {
        DemoFaults flaky = new DemoFaults(0, 0.3, 0.3, 1, 0, 42);

        server.setFaults(flaky);
        List<Integer> first = statuses(20);
        server.setFaults(flaky);
        List<Integer> second = statuses(20);
        server.setFaults(flaky.withSeed(43));
        List<Integer> otherSeed = statuses(20);

        assertThat(first).isEqualTo(second);
        assertThat(first).contains(200, 429, 500);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void sixteenParallelRequestsAllSucceedAndOverlap() throws Exception {
        server.setFaults(DemoFaults.NONE.withLatencyMillis(400));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<JsonNode>> calls = new ArrayList<>();
            for (int page = 1; page <= 16; page++) {
                int number = page;
                calls.add(() -> http.getJson(messagesPath(DemoData.STRESS_TEST_ID, 100, number)));
            }
            long start = System.nanoTime();
            List<Future<JsonNode>> results = pool.invokeAll(calls);
            long millis = (System.nanoTime() - start) / 1_000_000;

            for (int i = 0; i < results.size(); i++) {
                JsonNode body = results.get(i).get();
                assertThat(body.get("data").size()).isEqualTo(100);
                assertThat(body.at("/meta/page_number").asInt()).isEqualTo(i + 1);
            }
            // Sixteen 400 ms requests one after another would take 6.4 s.
            assertThat(millis).isLessThan(3_000);
            assertThat(server.requestCount()).isEqualTo(16);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordsEachRequestPathAndQuery() throws Exception {
        http.get("/ai/conversations?limit=2");
        http.get(messagesPath(DemoData.SMS_CHAT_ID, 5, 2), null);

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.requests())
                .containsExactly(
                        "/v2/ai/conversations?limit=2",
                        "/v2/ai/conversations/" + DemoData.SMS_CHAT_ID
                                + "/messages?page%5Bsize%5D=5&page%5Bnumber%5D=2");

        server.clearRequests();

        assertThat(server.requestCount()).isZero();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void faultSettingsAreValidated() {
        assertThatThrownBy(() -> DemoFaults.NONE.withServerErrorRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoFaults.NONE.withLatencyMillis(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoFaults(0, 0.6, 0.6, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DemoFaults.NONE.isNone()).isTrue();
        assertThat(DemoFaults.NONE.withLatencyMillis(5).isNone()).isFalse();
    }

    private List<Integer> statuses(int count) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(http.get("/ai/conversations?limit=1").statusCode());
        }
        return statuses;
    }
}
