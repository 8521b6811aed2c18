package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.assistant.AssistantDefinition;
import com.transcriptviewer.assistant.ToolCallChecker;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every demo tool call checked by the app's own checker against its assistant's definitions as the server serves them
 * (the conversation's version, else the current assistant): all green except the deliberate problems, each of which
 * breaks its definition one way.
 */
class DemoToolCallsTest {

    /** Conversations whose calls are meant to be checked and not all ok. */
    private static final Set<String> DELIBERATE =
            Set.of(DemoData.TOOL_ERRORS_ID, DemoData.QA_EDGE_CASES_ID, DemoData.ASSISTANT_GONE_ID);

    private static final ToolCallChecker CHECKER = new ToolCallChecker();

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
    void everyOtherCallMatchesItsDefinition() throws Exception {
        int checked = 0;
        for (Conversation conversation : server.data().conversations()) {
            if (DELIBERATE.contains(conversation.id())) {
                continue;
            }
            JsonNode assistant = definitions(conversation);
            for (Map.Entry<String, Verdict> verdict :
                    verdicts(conversation.id(), assistant).entrySet()) {
                assertThat(verdict.getValue().status())
                        .as(
                                "%s %s %s",
                                conversation.name(),
                                verdict.getKey(),
                                verdict.getValue().problems())
                        .isEqualTo("ok");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3_000);
    }

    @Test
    void theTableBookingBreaksItsDefinitionsOneWayPerCall() throws Exception {
        Conversation booking =
                server.data().conversation(DemoData.TOOL_ERRORS_ID).orElseThrow();
        Map<String, Verdict> verdicts = verdicts(booking.id(), definitions(booking));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("#2 check_table_availability", "schema_mismatch [/party_size]");
        expected.put("#4 check_table_availability", "schema_mismatch [/seating]");
        expected.put("#6 check_table_availability", "ok []");
        expected.put("#10 book_table", "schema_mismatch [/time]");
        expected.put("#12 book_table", "schema_mismatch [/date]");
        expected.put("#14 book_table", "schema_mismatch [/guest/phone]");
        expected.put("#18 book_table", "schema_mismatch [/guest/phone]");
        expected.put("#20 book_table", "schema_mismatch [/guest/phone]");
        expected.put("#23 book_table", "schema_mismatch [/high_chair]");
        expected.put("#25 book_table", "schema_mismatch [/dietary_needs/1]");
        expected.put("#28 book_table", "schema_mismatch [/party_size]");
        expected.put("#31 transfer", "schema_mismatch [/targets/0/to]");
        expected.put("#34 reserve_parking", "unknown_function []");
        expected.put("#36 book_table", "invalid_json []");
        expected.put("#38 book_table", "ok []");
        expected.put("#41 send_message", "ok []");
        expected.put("#44 hangup", "ok []");
        Map<String, String> actual = new LinkedHashMap<>();
        verdicts.forEach((call, verdict) -> actual.put(call, verdict.status() + " " + verdict.problems()));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void theQaEdgeCasesOnlyFailWhereTheArgumentsAreNotJsonOrTooDeepToCheck() throws Exception {
        Conversation qa = server.data().conversation(DemoData.QA_EDGE_CASES_ID).orElseThrow();
        Map<String, Verdict> verdicts = verdicts(qa.id(), definitions(qa));

        assertThat(verdicts).hasSize(6);
        verdicts.forEach((call, verdict) -> assertThat(verdict.status())
                .as(call)
                .isEqualTo(
                        switch (call) {
                            case "#3 lookup_weather" -> "invalid_json";
                            // 500 levels of nesting: said to be too deep to check, at the arguments as a whole.
                            case "#7 update_dynamic_variables" -> "schema_mismatch";
                            default -> "ok";
                        }));
    }

    @Test
    void theOlderVersionsCallMatchesThatVersionButNotTheCurrentAssistant() throws Exception {
        Conversation old = server.data().conversation(DemoData.OLD_VERSION_ID).orElseThrow();
        JsonNode current = http.getJson("/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID);

        assertThat(definitions(old).get("version_id").asText()).isEqualTo(DemoData.SHOP_OLD_VERSION_ID);
        assertThat(verdicts(old.id(), definitions(old)))
                .containsOnlyKeys("#1 get_order_status")
                .allSatisfy((call, verdict) -> assertThat(verdict.status()).isEqualTo("ok"));
        assertThat(verdicts(old.id(), current).get("#1 get_order_status").problems())
                .containsExactly("/order_id");
    }

    @Test
    void aMissingVersionFallsBackToTheCurrentAssistantAndAGoneAssistantToNothing() throws Exception {
        Conversation missing =
                server.data().conversation(DemoData.VERSION_MISSING_ID).orElseThrow();
        Conversation gone =
                server.data().conversation(DemoData.ASSISTANT_GONE_ID).orElseThrow();

        assertThat(definitions(missing).get("version_id").asText()).isEqualTo(DemoData.PARCELNET_VERSION_ID);
        assertThat(verdicts(missing.id(), definitions(missing)).values())
                .extracting(Verdict::status)
                .containsExactly("ok");
        assertThat(definitions(gone)).isNull();
        assertThat(verdicts(gone.id(), null).values())
                .extracting(Verdict::status)
                .containsExactly("no_definition");
    }

    /** The conversation's version of its assistant, else the current assistant, else null (both 404). */
    private static JsonNode definitions(Conversation conversation) throws Exception {
        String assistant = "/ai/assistants/" + conversation.assistantId();
        Object version = conversation.metadata().get("assistant_version_id");
        if (version != null) {
            HttpResponse<String> response = http.get(assistant + "/versions/" + version);
            if (response.statusCode() == 200) {
                return json(response);
            }
        }
        HttpResponse<String> response = http.get(assistant);
        return response.statusCode() == 200 ? json(response) : null;
    }

    /** What the app's checker says of a call: its status and the pointers of its problems. */
    private record Verdict(String status, List<String> problems) {}

    /** Each call of a conversation, as "#index function", checked by the app's checker against {@code assistant}. */
    private static Map<String, Verdict> verdicts(String conversationId, JsonNode assistant) throws Exception {
        AssistantDefinition definition = assistant == null ? null : AssistantDefinition.read(assistant);
        List<Message> messages = server.data().messages(conversationId);
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            for (ToolCall call : messages.get(i).toolCalls()) {
                String key = "#" + i + " " + call.functionName();
                ToolCallCheck check = definition == null
                        ? ToolCallCheck.noDefinition("no assistant")
                        : CHECKER.check(call, definition, "");
                verdicts.put(
                        verdicts.containsKey(key) ? key + " (" + call.id() + ")" : key,
                        new Verdict(
                                check.status().wireName(),
                                check.problems().stream()
                                        .map(ToolCallCheck.Problem::pointer)
                                        .toList()));
            }
        }
        return verdicts;
    }
}
