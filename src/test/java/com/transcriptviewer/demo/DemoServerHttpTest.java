package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoHttp.json;
import static com.transcriptviewer.demo.DemoHttp.messagesPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.model.Message;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoServerHttpTest {

    private static DemoServer server;
    private static DemoHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.start(DemoData.generate());
        http = new DemoHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackWithTheV2BaseUrl() {
        assertThat(server.port()).isPositive();
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/v2");
    }

    @Test
    void pagesTheSmsChatIntoTwelvePagesOfAHundred() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int page = 1; page <= 12; page++) {
            JsonNode body = http.getJson(messagesPath(DemoData.SMS_CHAT_ID, 100, page));
            assertThat(body.get("data").size()).isEqualTo(100);
            assertThat(body.at("/meta/total_pages").asInt()).isEqualTo(12);
            assertThat(body.at("/meta/total_results").asInt()).isEqualTo(1_200);
            assertThat(body.at("/meta/page_number").asInt()).isEqualTo(page);
            assertThat(body.at("/meta/page_size").asInt()).isEqualTo(100);
            body.get("data").forEach(m -> texts.add(m.get("text").asText()));
        }
        JsonNode beyond = http.getJson(messagesPath(DemoData.SMS_CHAT_ID, 100, 13));

        assertThat(texts).hasSize(1_200);
        assertThat(texts)
                .isEqualTo(server.data().messages(DemoData.SMS_CHAT_ID).stream()
                        .map(Message::text)
                        .toList());
        assertThat(beyond.get("data")).isEmpty();
        assertThat(beyond.at("/meta/page_number").asInt()).isEqualTo(13);
    }

    @Test
    void shortLastPageAndDefaultPageSize() throws Exception {
        JsonNode last = http.getJson(messagesPath(DemoData.STRESS_TEST_ID, 30, 334));
        JsonNode defaults = http.getJson("/ai/conversations/" + DemoData.STRESS_TEST_ID + "/messages");

        assertThat(last.get("data").size()).isEqualTo(10);
        assertThat(last.at("/meta/total_pages").asInt()).isEqualTo(334);
        assertThat(defaults.get("data").size()).isEqualTo(20);
        assertThat(defaults.at("/meta/page_size").asInt()).isEqualTo(20);
        assertThat(defaults.at("/meta/page_number").asInt()).isEqualTo(1);
        assertThat(defaults.at("/meta/total_pages").asInt()).isEqualTo(500);
    }

    @Test
    void messagesComeOldestFirstInTheWireShape() throws Exception {
        JsonNode data = http.getJson(messagesPath(DemoData.APPOINTMENT_BOOKING_ID, 100, 1))
                .get("data");

        for (int i = 1; i < data.size(); i++) {
            assertThat(data.get(i).get("created_at").asText())
                    .isGreaterThanOrEqualTo(data.get(i - 1).get("created_at").asText());
        }
        JsonNode call = data.get(4);
        assertThat(call.get("role").asText()).isEqualTo("assistant");
        assertThat(call.get("text").isNull()).isTrue();
        assertThat(call.at("/tool_calls/0/type").asText()).isEqualTo("function");
        assertThat(call.at("/tool_calls/0/id").asText()).startsWith("call_");
        assertThat(call.at("/tool_calls/0/function/name").asText()).isEqualTo("check_availability");
        assertThat(call.at("/tool_calls/0/function/arguments").isTextual()).isTrue();
        assertThat(call.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(call.get("sent_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(data.get(5).get("role").asText()).isEqualTo("tool");
    }

    @Test
    void edgeCasesSurviveTheWire() throws Exception {
        JsonNode data =
                http.getJson(messagesPath(DemoData.QA_EDGE_CASES_ID, 100, 1)).get("data");
        List<Message> expected = server.data().messages(DemoData.QA_EDGE_CASES_ID);

        assertThat(data.size()).isEqualTo(expected.size());
        for (int i = 0; i < data.size(); i++) {
            Message message = expected.get(i);
            JsonNode wire = data.get(i);
            assertThat(wire.get("role").asText()).isEqualTo(message.role().rawName());
            assertThat(wire.get("text").isNull() ? null : wire.get("text").asText())
                    .isEqualTo(message.text());
            for (int c = 0; c < message.toolCalls().size(); c++) {
                assertThat(wire.at("/tool_calls/" + c + "/function/arguments").asText())
                        .isEqualTo(message.toolCalls().get(c).arguments());
            }
        }
        assertThat(data)
                .anySatisfy(m -> assertThat(m.at("/metadata/tags").isArray()).isTrue());
    }

    @Test
    void answersJsonInUtf8() throws Exception {
        HttpResponse<String> response = http.get("/ai/conversations");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }

    @Test
    void returnsOneConversationById() throws Exception {
        JsonNode body = http.getJson("/ai/conversations/" + DemoData.SMS_CHAT_ID);

        assertThat(body.at("/data/id").asText()).isEqualTo(DemoData.SMS_CHAT_ID);
        assertThat(body.at("/data/name").asText()).isEqualTo("Delivery rescheduling over SMS");
        assertThat(body.at("/data/metadata/telnyx_conversation_channel").asText())
                .isEqualTo("sms_chat");
        assertThat(body.at("/data/last_message_at").asText()).endsWith("Z");
    }

    @Test
    void listHasDataButNoMeta() throws Exception {
        JsonNode body = http.getJson("/ai/conversations");

        assertThat(body.has("meta")).isFalse();
        assertThat(body.get("data").size())
                .isEqualTo(server.data().conversations().size());
        assertThat(body.at("/data/0/id").asText()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "page%5Bsize%5D=101, page[size], less_than_equal, Input should be less than or equal to 100",
        "page%5Bsize%5D=0, page[size], greater_than_equal, Input should be greater than or equal to 1",
        "page%5Bsize%5D=ten, page[size], int_parsing, 'Input should be a valid integer, unable to parse string as an integer'",
        "page%5Bsize%5D=2.5, page[size], int_parsing, 'Input should be a valid integer, unable to parse string as an integer'",
        "page%5Bnumber%5D=0, page[number], greater_than_equal, Input should be greater than or equal to 1",
        "page%5Bnumber%5D=-3, page[number], greater_than_equal, Input should be greater than or equal to 1",
        "page%5Bnumber%5D=x, page[number], int_parsing, 'Input should be a valid integer, unable to parse string as an integer'",
    })
    void invalidPagingIsA422InFastApiShape(String query, String parameter, String type, String msg) throws Exception {
        HttpResponse<String> response = http.get("/ai/conversations/" + DemoData.SMS_CHAT_ID + "/messages?" + query);
        JsonNode detail = json(response).get("detail");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(detail.size()).isEqualTo(1);
        assertThat(detail.get(0).get("loc").get(0).asText()).isEqualTo("query");
        assertThat(detail.get(0).get("loc").get(1).asText()).isEqualTo(parameter);
        assertThat(detail.get(0).get("msg").asText()).isEqualTo(msg);
        assertThat(detail.get(0).get("type").asText()).isEqualTo(type);
        assertThat(detail.get(0).size()).isEqualTo(3);
    }

    @Test
    void reportsBothBadPagingParametersTogether() throws Exception {
        HttpResponse<String> response = http.get(
                "/ai/conversations/" + DemoData.SMS_CHAT_ID + "/messages?page%5Bsize%5D=500&page%5Bnumber%5D=0");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("detail"))
                .extracting(d -> d.at("/loc/1").asText())
                .containsExactly("page[size]", "page[number]");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "test-key"})
    void withoutABearerTokenIsA401InTelnyxShape(String authorization) throws Exception {
        HttpResponse<String> response = http.get(messagesPath(DemoData.SMS_CHAT_ID, 10, 1), authorization);
        JsonNode error = json(response).at("/errors/0");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error.get("code").asText()).isEqualTo("10009");
        assertThat(error.get("title").asText()).isEqualTo("Authentication failed");
        assertThat(error.get("detail").asText()).isNotBlank();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }

    @Test
    void anyNonEmptyBearerTokenIsAccepted() throws Exception {
        assertThat(http.get("/ai/conversations", "Bearer x").statusCode()).isEqualTo(200);
        assertThat(http.get("/ai/conversations", "bearer KEY0123456789").statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/ai/conversations/00000000-0000-0000-0000-000000000000",
                "/ai/conversations/00000000-0000-0000-0000-000000000000/messages",
                "/ai/conversations/" + DemoData.SMS_CHAT_ID + "/insights",
                "/ai/conversations/insights/" + DemoData.SUMMARY_INSIGHT_ID + "/results",
                "/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID + "/tools",
                "/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID + "/versions/" + DemoData.SHOP_VERSION_ID + "/x",
                "/ai/assistants//versions",
                "/nothing/here",
            })
    void unknownIdsAndPathsAreA404InTelnyxShape(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        JsonNode error = json(response).at("/errors/0");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error.get("code").asText()).isEqualTo("10005");
        assertThat(error.get("title").asText()).isEqualTo("Resource not found");
        assertThat(error.get("detail").asText()).isNotBlank();
    }

    @Test
    void anEncodedSlashStaysPartOfTheId() throws Exception {
        HttpResponse<String> slashInId = http.get("/ai/conversations/" + DemoData.SMS_CHAT_ID + "%2Fmessages");
        HttpResponse<String> slashInMessagesId =
                http.get("/ai/conversations/" + DemoData.SMS_CHAT_ID + "%2F..%2Fx/messages?page%5Bsize%5D=5");

        assertThat(slashInId.statusCode()).isEqualTo(404);
        assertThat(json(slashInId).at("/errors/0/detail").asText()).contains(DemoData.SMS_CHAT_ID + "/messages");
        assertThat(slashInMessagesId.statusCode()).isEqualTo(404);
        assertThat(json(slashInMessagesId).at("/errors/0/detail").asText()).contains(DemoData.SMS_CHAT_ID + "/../x");
    }

    @Test
    void anEncodedIdOfAKnownConversationIsFound() throws Exception {
        String encoded = DemoData.SMS_CHAT_ID.replace("-", "%2D");

        assertThat(http.getJson("/ai/conversations/" + encoded).at("/data/id").asText())
                .isEqualTo(DemoData.SMS_CHAT_ID);
    }

    @Test
    void onlyGetIsAllowed() throws Exception {
        HttpResponse<String> response = http.send("DELETE", "/ai/conversations/" + DemoData.SMS_CHAT_ID);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(json(response).at("/errors/0/title").asText()).isEqualTo("Method not allowed");
    }

    @Test
    void emptyConversationHasNoMessagesAndNoPages() throws Exception {
        JsonNode body = http.getJson(messagesPath(DemoData.EMPTY_CONVERSATION_ID, 100, 1));

        assertThat(body.get("data")).isEmpty();
        assertThat(body.at("/meta/total_results").asInt()).isZero();
        assertThat(body.at("/meta/total_pages").asInt()).isZero();
    }

    @Test
    void closeStopsTheServerPromptly() throws Exception {
        DemoServer other = DemoServer.start(DemoData.generate());
        DemoHttp otherHttp = new DemoHttp(other);
        assertThat(otherHttp.get("/ai/conversations").statusCode()).isEqualTo(200);

        long start = System.nanoTime();
        other.close();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(1_500);
        assertThatThrownBy(() -> new DemoHttp(other).get("/ai/conversations")).isInstanceOf(ConnectException.class);
        other.close();
    }

    @Test
    void startsOnAGivenPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (DemoServer fixed = DemoServer.start(DemoData.generate(), port, DemoFaults.NONE)) {
            assertThat(fixed.port()).isEqualTo(port);
            assertThat(fixed.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/v2");
            assertThat(new DemoHttp(fixed).get("/ai/conversations").statusCode())
                    .isEqualTo(200);
        }
    }
}
