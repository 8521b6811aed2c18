package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.model.Conversation;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoServerFilterTest {

    private static DemoServer server;
    private static DemoHttp http;
    private static List<Conversation> all;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.start(DemoData.generate());
        http = new DemoHttp(server);
        all = server.data().conversations();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Ids returned for a query given as name=value pairs, which are URL-encoded here as a client would. */
    private static List<String> ids(String... nameValues) throws Exception {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.append(i == 0 ? "?" : "&")
                    .append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        List<String> ids = new ArrayList<>();
        http.getJson("/ai/conversations" + query)
                .get("data")
                .forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void defaultsToNewestFirstAndTwentyAtMost() throws Exception {
        List<String> expected = all.stream()
                .sorted(Comparator.comparing(Conversation::createdAt).reversed())
                .map(Conversation::id)
                .limit(20)
                .toList();

        assertThat(ids()).isEqualTo(expected);
    }

    @Test
    void eqMatchesIdExactly() throws Exception {
        assertThat(ids("id", "eq." + DemoData.SMS_CHAT_ID)).containsExactly(DemoData.SMS_CHAT_ID);
        assertThat(ids("id", "eq.5d8f2a6c")).isEmpty();
    }

    @Test
    void likeSupportsPercentAndStarWildcards() throws Exception {
        assertThat(ids("name", "like.Lakeside%")).containsExactly(DemoData.APPOINTMENT_BOOKING_ID);
        assertThat(ids("name", "like.*SMS")).containsExactly(DemoData.SMS_CHAT_ID);
        assertThat(ids("name", "like.%a%")).hasSizeGreaterThan(3);
        assertThat(ids("name", "like.lakeside%")).isEmpty();
        assertThat(ids("name", "ilike.lakeside%")).containsExactly(DemoData.APPOINTMENT_BOOKING_ID);
    }

    @Test
    void gteAndLteCompareTimestampsAndDates() throws Exception {
        Instant from = Instant.parse("2025-04-01T00:00:00Z");
        Instant to = Instant.parse("2025-06-01T00:00:00Z");
        List<String> expected = all.stream()
                .filter(c -> !c.createdAt().isBefore(from) && !c.createdAt().isAfter(to))
                .map(Conversation::id)
                .toList();

        assertThat(ids("created_at", "gte.2025-04-01", "created_at", "lte.2025-06-01T00:00:00.000Z"))
                .containsExactlyInAnyOrderElementsOf(expected)
                .isNotEmpty()
                .hasSizeLessThan(all.size());
    }

    @Test
    void lastMessageAtFilterSkipsConversationsWithoutMessages() throws Exception {
        List<String> ids = ids("last_message_at", "lte.2030-01-01");

        assertThat(ids).hasSize(all.size() - 1).doesNotContain(DemoData.EMPTY_CONVERSATION_ID);
        assertThat(ids("last_message_at", "gte.2025-06-01"))
                .containsExactlyInAnyOrder(DemoData.QA_EDGE_CASES_ID, DemoData.ROADSIDE_HANDOFF_ID);
    }

    @Test
    void filtersOnMetadataKeys() throws Exception {
        Conversation sms = server.data().conversation(DemoData.SMS_CHAT_ID).orElseThrow();
        String callControlId = (String) server.data()
                .conversation(DemoData.BILLING_TRANSFER_ID)
                .orElseThrow()
                .metadata()
                .get(Conversation.CALL_CONTROL_ID);

        assertThat(ids("metadata->telnyx_conversation_channel", "eq.sms_chat")).containsExactly(DemoData.SMS_CHAT_ID);
        assertThat(ids("metadata->telnyx_end_user_target", "eq." + sms.endUserTarget()))
                .containsExactly(DemoData.SMS_CHAT_ID);
        assertThat(ids("metadata->telnyx_agent_target", "eq.+13125550100")).hasSize(all.size());
        assertThat(ids("metadata->call_control_id", "eq." + callControlId))
                .containsExactly(DemoData.BILLING_TRANSFER_ID);
        assertThat(ids("metadata->assistant_id", "eq." + sms.assistantId())).contains(DemoData.SMS_CHAT_ID);
        assertThat(ids("metadata->customer_tier", "eq.gold")).containsExactly(DemoData.PARALLEL_TOOLS_ID);
        assertThat(ids("metadata->priority", "lte.1")).containsExactly(DemoData.ROADSIDE_HANDOFF_ID);
        assertThat(ids("metadata->vip", "eq.true")).containsExactly(DemoData.ROADSIDE_HANDOFF_ID);
        assertThat(ids("metadata->tags", "eq.qa")).containsExactly(DemoData.QA_EDGE_CASES_ID);
        assertThat(ids("metadata->no_such_key", "eq.x")).isEmpty();
        assertThat(ids("metadata->assistant_id", "eq." + DemoData.BISTRO_ASSISTANT_ID))
                .containsExactly(DemoData.TOOL_ERRORS_ID);
        assertThat(ids("metadata->assistant_version_id", "eq." + DemoData.SHOP_OLD_VERSION_ID))
                .containsExactlyInAnyOrder(
                        DemoData.OLD_VERSION_ID, DemoData.PASSWORD_RESET_ID, DemoData.ORDER_OLD_VERSION_ID);
    }

    @Test
    void filtersCombineWithAnd() throws Exception {
        assertThat(ids("metadata->telnyx_conversation_channel", "eq.phone_call", "name", "like.Lakeside%"))
                .containsExactly(DemoData.APPOINTMENT_BOOKING_ID);
        assertThat(ids("metadata->telnyx_conversation_channel", "eq.sms", "name", "like.Lakeside%"))
                .isEmpty();
    }

    @Test
    void ordersByAnyFieldBothWays() throws Exception {
        List<String> byLastAsc = all.stream()
                .filter(c -> c.lastMessageAt() != null)
                .sorted(Comparator.comparing(Conversation::lastMessageAt))
                .map(Conversation::id)
                .toList();
        List<String> byNameDesc = ids("order", "name.desc");

        List<String> lastAsc = ids("order", "last_message_at.asc");
        assertThat(lastAsc.subList(0, byLastAsc.size())).isEqualTo(byLastAsc);
        assertThat(lastAsc.get(lastAsc.size() - 1)).isEqualTo(DemoData.EMPTY_CONVERSATION_ID);
        assertThat(ids("order", "created_at.asc"))
                .isEqualTo(all.stream()
                        .sorted(Comparator.comparing(Conversation::createdAt))
                        .map(Conversation::id)
                        .toList());
        // PostgreSQL puts NULLs first when descending: the unnamed conversation leads.
        assertThat(byNameDesc.get(0)).isEqualTo(DemoData.EMPTY_CONVERSATION_ID);
        assertThat(byNameDesc.get(1)).isEqualTo(DemoData.ROADSIDE_HANDOFF_ID);
    }

    @Test
    void limitCutsTheListAndIsAtLeastOne() throws Exception {
        List<String> newest = ids();

        assertThat(ids("limit", "3")).isEqualTo(newest.subList(0, 3));
        assertThat(ids("limit", "0")).isEqualTo(newest.subList(0, 1));
        assertThat(ids("limit", "-5")).hasSize(1);
        assertThat(ids("limit", "1000")).hasSize(all.size());
        assertThat(ids("order", "created_at.asc", "limit", "2"))
                .containsExactly(DemoData.SMS_CHAT_ID, DemoData.APPOINTMENT_REMINDER_ID);
    }

    @Test
    void orMatchesWhenAnyConditionHolds() throws Exception {
        assertThat(ids("or", "(name.like.Lakeside*,metadata->telnyx_conversation_channel.eq.sms_chat)"))
                .containsExactlyInAnyOrder(DemoData.APPOINTMENT_BOOKING_ID, DemoData.SMS_CHAT_ID);
        List<String> recent = ids("or", "(created_at.gte.2025-06-01,last_message_at.gte.2025-06-01T00:00:00.000Z)");
        assertThat(recent)
                .containsExactlyInAnyOrder(
                        DemoData.EMPTY_CONVERSATION_ID, DemoData.QA_EDGE_CASES_ID, DemoData.ROADSIDE_HANDOFF_ID);
        assertThat(ids("or", "(name.eq.\"QA edge cases\",id.eq.nothing)")).containsExactly(DemoData.QA_EDGE_CASES_ID);
    }

    @Test
    void aLiteralPlusMustBeEncoded() throws Exception {
        // A raw '+' in a query means a space, as in every form-encoded query string.
        HttpResponse<String> raw = http.get("/ai/conversations?metadata-%3Etelnyx_end_user_target=eq.+13125550158");
        HttpResponse<String> encoded =
                http.get("/ai/conversations?metadata-%3Etelnyx_end_user_target=eq.%2B13125550158");

        assertThat(json(raw).get("data")).isEmpty();
        assertThat(json(encoded).at("/data/0/id").asText()).isEqualTo(DemoData.SMS_CHAT_ID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name=startswith.Voice", "name=Voice", "created_at=gte.yesterday", "order=colour.asc",
                "order=created_at.sideways", "limit=ten", "or=created_at.gte.2025-01-01", "or=(colour.eq.red)",
            })
    void malformedFiltersAreA422(String query) throws Exception {
        HttpResponse<String> response = http.get("/ai/conversations?" + query);
        JsonNode detail = json(response).at("/detail/0");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(detail.at("/loc/0").asText()).isEqualTo("query");
        assertThat(detail.at("/loc/1").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
        assertThat(detail.get("msg").asText()).isNotBlank();
        assertThat(detail.get("type").asText()).isNotBlank();
    }

    @Test
    void unknownParametersAreIgnored() throws Exception {
        assertThat(ids("colour", "eq.red")).isEqualTo(ids());
    }
}
