package com.transcriptviewer.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import com.transcriptviewer.model.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    private final WireFormat wire = WireFormat.shared();

    private Page<Message> page(String json) throws WireFormatException {
        return wire.parseMessagePage(json.getBytes(StandardCharsets.UTF_8), 1, 20);
    }

    @Test
    void readsAFullMessageAndIgnoresUnknownFields() throws Exception {
        Page<Message> page = page("""
                {"data":[{"role":"assistant","text":"Hello","future_field":{"x":[1,2]},
                  "created_at":"2025-04-01T10:00:00Z","sent_at":"2025-04-01T10:00:01.5+02:00",
                  "metadata":{"s":"v","n":3,"f":1.5,"b":true,"l":["a",2,false],"nil":null}}],
                 "meta":{"total_pages":3,"total_results":41,"page_number":1,"page_size":20},"links":{}}
                """);

        Message message = page.items().get(0);
        assertThat(message.role()).isEqualTo(Role.ASSISTANT);
        assertThat(message.text()).isEqualTo("Hello");
        assertThat(message.createdAt()).isEqualTo(Instant.parse("2025-04-01T10:00:00Z"));
        assertThat(message.sentAt()).isEqualTo(Instant.parse("2025-04-01T08:00:01.5Z"));
        assertThat(message.metadata())
                .containsEntry("s", "v")
                .containsEntry("n", 3)
                .containsEntry("f", 1.5)
                .containsEntry("b", true)
                .containsEntry("l", List.of("a", 2, false))
                .containsKey("nil");
        assertThat(page.meta()).isEqualTo(new PageMeta(3L, 41L, 1L, 20L));
    }

    @Test
    void keepsEachMessageObjectExactlyAsSent() throws Exception {
        String first = "{\"role\":\"user\",  \"text\":\"caf\u00e9 \\u00e9 \\\"q\\\"\", \"x\":{\"y\":[1, 2]}}";
        String second = "{\"role\":\"tool\",\"text\":null}";
        Page<Message> page = page("{\"data\":[ " + first + " ,\n" + second + "],\"meta\":{}}");
        List<Message> array =
                wire.parseMessageArray(("[" + second + "," + first + "]").getBytes(StandardCharsets.UTF_8));

        assertThat(page.items()).extracting(m -> m.rawJson().text()).containsExactly(first, second);
        assertThat(array).extracting(m -> m.rawJson().text()).containsExactly(second, first);
        assertThat(page.items())
                .allSatisfy(m -> assertThat(m.rawJson().inMemory()).isTrue());
        assertThat(new Message(Role.USER, "built in code", null, null, null, null).rawJson())
                .isNull();
    }

    @Test
    void toleratesNullAndMissingTextAndToolCalls() throws Exception {
        Page<Message> page = page("""
                {"data":[{"role":"tool","text":null},{"role":"user"},{"role":"assistant","tool_calls":null},
                 {"role":"assistant","tool_calls":[]},{"role":"assistant","text":"x","tool_calls":"oops"}]}
                """);

        assertThat(page.items()).hasSize(5);
        assertThat(page.items()).extracting(Message::text).containsExactly(null, null, null, null, "x");
        assertThat(page.items()).allSatisfy(m -> assertThat(m.toolCalls()).isEmpty());
    }

    @Test
    void unknownRolesAreKeptWithTheirName() throws Exception {
        Page<Message> page = page("{\"data\":[{\"role\":\"system\"},{\"role\":null},{\"text\":\"no role\"}]}");

        assertThat(page.items())
                .extracting(Message::role)
                .containsExactly(Role.of("system"), Role.of(null), Role.of(null));
        assertThat(page.items().get(0).role().rawName()).isEqualTo("system");
        assertThat(page.items().get(0).role().isUnknown()).isTrue();
    }

    @Test
    void argumentsAreTheDecodedStringExactlyAsSent() throws Exception {
        String wireArguments = "{ \\\"city\\\" :\\t\\\"M\\u00fcnchen \\ud83d\\ude00\\\",\\n  \\\"n\\\": 1.50 }";
        Page<Message> page = page("{\"data\":[{\"role\":\"assistant\",\"tool_calls\":["
                + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\""
                + wireArguments + "\"}},"
                + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"broken\",\"arguments\":\"{not json,\"}}"
                + "]}]}");

        List<com.transcriptviewer.model.ToolCall> calls = page.items().get(0).toolCalls();
        assertThat(calls.get(0).arguments()).isEqualTo("{ \"city\" :\t\"München 😀\",\n  \"n\": 1.50 }");
        assertThat(calls.get(0).id()).isEqualTo("call_1");
        assertThat(calls.get(0).functionName()).isEqualTo("lookup");
        assertThat(calls.get(1).arguments()).isEqualTo("{not json,");
    }

    @Test
    void argumentsSentAsAnObjectBecomeItsJsonText() throws Exception {
        Page<Message> page = page("{\"data\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\","
                + "\"function\":{\"name\":\"f\",\"arguments\":{\"a\":[1,true]}}}]}]}");

        assertThat(page.items().get(0).toolCalls().get(0).arguments()).isEqualTo("{\"a\":[1,true]}");
    }

    @Test
    void missingOrPartialMetaGivesNullFields() throws Exception {
        assertThat(page("{\"data\":[]}").meta()).isEqualTo(PageMeta.UNKNOWN);
        assertThat(page("{\"data\":[],\"meta\":{\"total_pages\":\"7\",\"page_size\":null}}")
                        .meta())
                .isEqualTo(new PageMeta(7L, null, null, null));
        assertThat(page("{\"data\":[],\"meta\":{\"total_pages\":99999999999999999999999}}")
                        .meta()
                        .totalPages())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void unparsableTimestampsBecomeNull() throws Exception {
        Page<Message> page = page("{\"data\":[{\"role\":\"user\",\"created_at\":\"yesterday\",\"sent_at\":42}]}");

        assertThat(page.items().get(0).createdAt()).isNull();
        assertThat(page.items().get(0).sentAt()).isNull();
    }

    @Test
    void parsesFromAStream() throws Exception {
        byte[] body = "{\"data\":[{\"role\":\"user\",\"text\":\"hi\"}]}".getBytes(StandardCharsets.UTF_8);

        Page<Message> page = wire.parseMessagePage(new ByteArrayInputStream(body), 2, 20);

        assertThat(page.items()).extracting(Message::text).containsExactly("hi");
        assertThat(page.requestedNumber()).isEqualTo(2);
    }

    @Test
    void wrongShapesSayWhatWasWrong() {
        assertThatThrownBy(() -> page("{\"data\":\"nope\"}")).hasMessage("\"data\" is a string, not an array");
        assertThatThrownBy(() -> page("{\"data\":null}")).hasMessage("\"data\" is null, not an array");
        assertThatThrownBy(() -> page("{}")).hasMessage("the answer has no \"data\" field");
        assertThatThrownBy(() -> page("[1,2]")).hasMessage("the answer is an array, not a JSON object");
        assertThatThrownBy(() -> page("{\"data\":[1]}")).hasMessage("\"data[0]\" is a number, not an object");
        assertThatThrownBy(() -> page("")).hasMessage("the body was empty");
        assertThatThrownBy(() -> page("  <html></html>")).hasMessageContaining("HTML page");
        assertThatThrownBy(() -> page("hello")).hasMessage("the body is not JSON");
        assertThatThrownBy(() -> page("{\"data\":[{]}"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("the body is malformed JSON at line 1, column");
    }

    @Test
    void readsConversationLists() throws Exception {
        List<Conversation> list = wire.parseConversationList("""
                {"data":[{"id":"a","name":"One","created_at":"2025-01-01T00:00:00","last_message_at":"2025-01-02T00:00:00+0100",
                 "metadata":{"telnyx_conversation_channel":"sms_chat"}},{"id":"b"}]}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(list).extracting(Conversation::id).containsExactly("a", "b");
        assertThat(list.get(0).createdAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(list.get(0).lastMessageAt()).isEqualTo(Instant.parse("2025-01-01T23:00:00Z"));
        assertThat(list.get(0).channel()).isEqualTo("sms_chat");
        assertThat(list.get(1).name()).isNull();
        assertThat(list.get(1).metadata()).isEmpty();
    }

    @Test
    void singleConversationNeedsAnObject() {
        assertThatThrownBy(() -> wire.parseConversation("{\"data\":[]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("\"data\" is an array, not a conversation object");
    }

    @Test
    void readsBothErrorShapes() {
        ErrorBody telnyx = wire.parseErrorBody("""
                {"errors":[{"code":"10009","title":"Authentication failed","detail":"The key is wrong",
                 "source":{"pointer":"/auth"},"meta":{"url":"https://developers.telnyx.com"}}]}
                """.getBytes(StandardCharsets.UTF_8));
        ErrorBody fastApiList = wire.parseErrorBody("""
                {"detail":[{"loc":["query","page[size]",0],"msg":"too big","type":"value_error"}]}
                """.getBytes(StandardCharsets.UTF_8));
        ErrorBody fastApiText = wire.parseErrorBody("{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(telnyx.errors())
                .containsExactly(
                        new ErrorBody.TelnyxError("10009", "Authentication failed", "The key is wrong", "/auth"));
        assertThat(telnyx.lines()).containsExactly("Authentication failed: The key is wrong");
        assertThat(telnyx.firstCode()).isEqualTo("10009");
        assertThat(fastApiList.details())
                .containsExactly(new ErrorBody.Detail("query.page[size].0", "too big", "value_error"));
        assertThat(fastApiText.detailText()).isEqualTo("Not Found");
        assertThat(fastApiText.lines()).containsExactly("Not Found");
    }

    @Test
    void unreadableErrorBodiesAreEmptyNotFatal() {
        for (String body : List.of("", "<html>502</html>", "{\"errors\":", "[]", "{\"other\":1}")) {
            assertThat(wire.parseErrorBody(body.getBytes(StandardCharsets.UTF_8))
                            .isEmpty())
                    .as(body)
                    .isTrue();
        }
        assertThat(wire.parseErrorBody(null).isEmpty()).isTrue();
    }
}
