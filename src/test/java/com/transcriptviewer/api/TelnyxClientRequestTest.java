package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.Role;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class TelnyxClientRequestTest extends MockServerClientFixture {

    @Test
    void messagesRequestCarriesEncodedPagingAuthAndUserAgent() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .body(JsonBodies.messagePage(0, 2, 5, 3, 2))
                .build());

        Page<Message> page = client.messages("c-1", 3, 2, new CancelToken());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget())
                .isEqualTo("/v2/ai/conversations/c-1/messages?page%5Bnumber%5D=3&page%5Bsize%5D=2");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestConfigs.SECRET);
        assertThat(request.getHeaders().get("User-Agent"))
                .matches("TranscriptViewer/\\S+")
                .isEqualTo(ApiConfig.defaultUserAgent());
        assertThat(page.items()).extracting(Message::text).containsExactly("m0", "m1");
        assertThat(page.requestedNumber()).isEqualTo(3);
        assertThat(page.requestedSize()).isEqualTo(2);
        assertThat(page.meta().totalPages()).isEqualTo(5L);
    }

    @Test
    void hostileIdStaysOnePathSegment() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .body(JsonBodies.messagePage(0, 1, 1, 1, 20))
                .build());

        client.messages("../x?y#z", 1, 20, new CancelToken());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/ai/conversations/..%2Fx%3Fy%23z/messages");
        assertThat(request.getUrl().pathSegments())
                .containsExactly("v2", "ai", "conversations", "../x?y#z", "messages");
        assertThat(request.getUrl().queryParameterNames()).containsExactlyInAnyOrder("page[number]", "page[size]");
    }

    @Test
    void percentAndSlashInIdAreEncodedNotInterpreted() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .body("{\"data\":{\"id\":\"a%2Fb/c\"}}")
                .build());

        Conversation conversation = client.conversation("a%2Fb/c", new CancelToken());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/ai/conversations/a%252Fb%2Fc");
        assertThat(conversation.id()).isEqualTo("a%2Fb/c");
    }

    @Test
    void dotSegmentIdsAreRefusedWithoutARequest() {
        for (String id : List.of("..", ".", "", "  ")) {
            assertThatThrownBy(() -> client.messages(id, 1, 20, new CancelToken()))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void baseUrlWithTrailingSlashKeepsItsPath() throws Exception {
        server.enqueue(
                new MockResponse.Builder().body("{\"data\":{\"id\":\"c\"}}").build());
        ApiConfig config = TestConfigs.forServer(server, new RecordingSleeper());
        ApiConfig slashed = new ApiConfig(
                config.baseUrl() + "/",
                config.apiKey(),
                config.userAgent(),
                config.connectTimeout(),
                config.readTimeout(),
                config.retryPolicy(),
                config.sleeper(),
                config.clock());
        try (TelnyxClient slashedClient = new TelnyxClient(slashed)) {
            slashedClient.conversation("c", new CancelToken());
        }
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/ai/conversations/c");
    }

    @Test
    void conversationListSendsPostgrestFiltersEncoded() throws Exception {
        server.enqueue(new MockResponse.Builder().body("""
                {"data":[{"id":"11111111-1111-1111-1111-111111111111","name":"Voice call","created_at":"2025-04-01T10:00:00Z",
                 "last_message_at":null,"metadata":{"telnyx_conversation_channel":"phone_call","assistant_id":"assistant-1"}}]}
                """).build());
        ConversationQuery query = ConversationQuery.all()
                .like(ConversationQuery.Field.NAME, "Voice%")
                .gte(ConversationQuery.Field.CREATED_AT, "2025-01-01")
                .metadataEq("assistant_id", "assistant-1")
                .order(ConversationQuery.Field.CREATED_AT, false)
                .limit(20);

        List<Conversation> conversations = client.conversations(query, new CancelToken());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/ai/conversations");
        assertThat(request.getUrl().queryParameter("name")).isEqualTo("like.Voice%");
        assertThat(request.getUrl().queryParameter("created_at")).isEqualTo("gte.2025-01-01");
        assertThat(request.getUrl().queryParameter("metadata->assistant_id")).isEqualTo("eq.assistant-1");
        assertThat(request.getUrl().queryParameter("order")).isEqualTo("created_at.desc");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("20");
        assertThat(request.getTarget()).contains("name=like.Voice%25");
        assertThat(conversations).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Voice call");
            assertThat(c.createdAt()).isEqualTo(Instant.parse("2025-04-01T10:00:00Z"));
            assertThat(c.lastMessageAt()).isNull();
            assertThat(c.channel()).isEqualTo("phone_call");
            assertThat(c.assistantId()).isEqualTo("assistant-1");
        });
    }

    @Test
    void singleConversationIsReadFromDataObject() throws Exception {
        server.enqueue(new MockResponse.Builder().body("""
                {"data":{"id":"c-9","name":null,"created_at":"2025-04-01T10:00:00.123456","metadata":{}}}
                """).build());

        Conversation conversation = client.conversation("c-9", new CancelToken());

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/ai/conversations/c-9");
        assertThat(conversation.id()).isEqualTo("c-9");
        assertThat(conversation.name()).isNull();
        assertThat(conversation.createdAt()).isEqualTo(Instant.parse("2025-04-01T10:00:00.123456Z"));
    }

    @Test
    void toolCallMessagesSurviveTheRoundTrip() throws Exception {
        server.enqueue(new MockResponse.Builder().body("""
                {"data":[{"role":"assistant","text":null,"tool_calls":[{"id":"call_1","type":"function",
                 "function":{"name":"transfer","arguments":"{\\"to\\": \\"+13125550100\\"}"}}]}],"meta":{}}
                """).build());

        Page<Message> page = client.messages("c", 1, 20, new CancelToken());

        Message message = page.items().get(0);
        assertThat(message.role()).isEqualTo(Role.ASSISTANT);
        assertThat(message.text()).isNull();
        assertThat(message.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.functionName()).isEqualTo("transfer");
            assertThat(call.arguments()).isEqualTo("{\"to\": \"+13125550100\"}");
        });
    }
}
