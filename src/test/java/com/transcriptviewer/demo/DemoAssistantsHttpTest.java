package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.model.Conversation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The assistant endpoints over real HTTP: shapes (bare or wrapped), versions, 404s, and each conversation's assistant. */
class DemoAssistantsHttpTest {

    private static final String VERSION_ID = "\\d{8}T\\d{12}";
    private static final String ASSISTANT_ID = "assistant-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

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
    void theListIsWrappedInDataWithoutPaging() throws Exception {
        JsonNode body = http.getJson("/ai/assistants");

        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("data").size())
                .isEqualTo(server.data().assistants().all().size())
                .isGreaterThanOrEqualTo(8);
        body.get("data").forEach(DemoAssistantsHttpTest::assertAssistantShape);
        assertThat(body.get("data")).extracting(a -> a.get("id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void oneAssistantIsBareNotWrapped() throws Exception {
        JsonNode shop = http.getJson("/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID);

        assertThat(shop.has("data")).isFalse();
        assertAssistantShape(shop);
        assertThat(shop.get("id").asText()).isEqualTo(DemoData.SHOP_ASSISTANT_ID);
        assertThat(shop.get("name").asText()).isEqualTo("Harbor & Pine web assistant");
        assertThat(shop.get("version_id").asText()).isEqualTo(DemoData.SHOP_VERSION_ID);
        assertThat(shop.get("version_created_at").asText()).isEqualTo("2025-04-08T14:17:52.066Z");
        assertThat(shop.at("/insight_settings/insight_group_id").asText()).isEqualTo(DemoData.SUPPORT_INSIGHT_GROUP_ID);
        assertThat(shop.at("/telephony_settings/recording_settings/enabled").asBoolean())
                .isFalse();
    }

    @Test
    void versionsAreWrappedNewestFirstAndOneVersionIsBare() throws Exception {
        JsonNode versions = http.getJson("/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID + "/versions");
        JsonNode current = http.getJson("/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID);
        JsonNode old = http.getJson(
                "/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID + "/versions/" + DemoData.SHOP_OLD_VERSION_ID);

        assertThat(versions.get("data"))
                .extracting(v -> v.get("version_id").asText())
                .containsExactly(DemoData.SHOP_VERSION_ID, DemoData.SHOP_OLD_VERSION_ID);
        assertThat(versions.at("/data/0")).isEqualTo(current);
        assertThat(old.has("data")).isFalse();
        assertAssistantShape(old);
        assertThat(old.get("version_id").asText()).isEqualTo(DemoData.SHOP_OLD_VERSION_ID);
        assertThat(old.get("version_name").asText()).isEqualTo("Spring launch");
    }

    @Test
    void theOlderShopVersionTookOrderNumberWhereTheCurrentOneTakesOrderId() throws Exception {
        JsonNode current = http.getJson("/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID);
        JsonNode old = http.getJson(
                "/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID + "/versions/" + DemoData.SHOP_OLD_VERSION_ID);

        assertThat(webhook(current, "get_order_status").at("/path_parameters/required"))
                .extracting(JsonNode::asText)
                .containsExactly("order_id");
        assertThat(webhook(old, "get_order_status").at("/path_parameters/required"))
                .extracting(JsonNode::asText)
                .containsExactly("order_number");
        assertThat(webhook(old, "get_order_status")
                        .at("/path_parameters/properties")
                        .has("order_id"))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/ai/assistants/" + DemoData.GONE_ASSISTANT_ID,
                "/ai/assistants/" + DemoData.GONE_ASSISTANT_ID + "/versions",
                "/ai/assistants/" + DemoData.GONE_ASSISTANT_ID + "/versions/20250220T111505000000",
                "/ai/assistants/" + DemoData.PARCELNET_ASSISTANT_ID + "/versions/" + DemoData.MISSING_VERSION_ID,
                "/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID + "/versions/" + DemoData.PARCELNET_VERSION_ID,
                "/ai/assistants/assistant-00000000-0000-0000-0000-000000000000",
                "/ai/assistants/not-an-assistant",
            })
    void unknownAssistantsAndVersionsAreA404InTelnyxShape(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        JsonNode error = json(response).at("/errors/0");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error.get("code").asText()).isEqualTo("10005");
        assertThat(error.get("title").asText()).isEqualTo("Resource not found");
        assertThat(error.get("detail").asText()).isNotBlank();
        assertThat(error.at("/meta/url").asText()).endsWith("10005");
    }

    @Test
    void assistantsNeedTheKeyAndOnlyAnswerGet() throws Exception {
        HttpResponse<String> noKey = http.get("/ai/assistants", null);
        HttpResponse<String> post = http.send("POST", "/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID);

        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(json(noKey).at("/errors/0/code").asText()).isEqualTo("10009");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void everyToolIsItsTypeWithTheConfigUnderTheTypesName() throws Exception {
        Set<String> types = new HashSet<>();
        for (JsonNode assistant : http.getJson("/ai/assistants").get("data")) {
            for (JsonNode tool : assistant.get("tools")) {
                String type = tool.get("type").asText();
                types.add(type);
                assertThat(tool.get(type))
                        .as("%s in %s", type, assistant.get("name"))
                        .isNotNull();
                assertThat(tool.get(type).isObject()).isTrue();
                if (type.equals("webhook")) {
                    assertWebhookShape(tool.get("webhook"));
                }
            }
        }

        assertThat(types)
                .contains(
                        "webhook",
                        "client_side_tool",
                        "transfer",
                        "hangup",
                        "skip_turn",
                        "send_dtmf",
                        "send_message",
                        "handoff",
                        "refer",
                        "invite",
                        "retrieval",
                        "pay",
                        "update_dynamic_variables")
                .as("older tool types, which readers must show generically")
                .contains("book_appointment", "check_availability");
    }

    @Test
    void builtInToolsCarryTheirSettings() throws Exception {
        JsonNode billing = http.getJson("/ai/assistants/" + PhoneAssistants.NORTHWIND_BILLING);
        JsonNode roadside = http.getJson("/ai/assistants/" + PhoneAssistants.ROADSIDE);
        JsonNode reminders = http.getJson("/ai/assistants/" + MessagingAssistants.LAKESIDE_REMINDERS);

        assertThat(tool(billing, "transfer").get("targets"))
                .extracting(t -> t.get("to").asText() + " " + t.get("name").asText())
                .containsExactly("+13125550123 Billing", "+13125550124 Outages");
        assertThat(tool(billing, "transfer").get("from").asText()).isEqualTo("+13125550100");
        assertThat(tool(roadside, "handoff").at("/ai_assistants/0/id").asText()).isEqualTo(PhoneAssistants.DISPATCH);
        assertThat(tool(reminders, "check_availability").get("event_type_id").asInt())
                .isPositive();
        assertThat(http.get("/ai/assistants/" + PhoneAssistants.DISPATCH).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyConversationsAssistantAndVersionResolveOrAreGoneAsIntended() throws Exception {
        List<String> missingVersions = new ArrayList<>();
        List<String> goneAssistants = new ArrayList<>();
        List<String> withoutVersion = new ArrayList<>();
        for (Conversation conversation : server.data().conversations()) {
            String assistantId = conversation.assistantId();
            Object versionId = conversation.metadata().get("assistant_version_id");
            HttpResponse<String> assistant = http.get("/ai/assistants/" + assistantId);
            if (assistant.statusCode() == 404) {
                goneAssistants.add(conversation.id());
                continue;
            }
            assertThat(assistant.statusCode()).as(conversation.id()).isEqualTo(200);
            if (versionId == null) {
                withoutVersion.add(conversation.id());
                continue;
            }
            assertThat(versionId.toString()).matches(VERSION_ID);
            HttpResponse<String> version = http.get("/ai/assistants/" + assistantId + "/versions/" + versionId);
            if (version.statusCode() == 404) {
                missingVersions.add(conversation.id());
            } else {
                assertThat(json(version).get("version_id").asText()).isEqualTo(versionId.toString());
            }
        }

        assertThat(goneAssistants).containsExactly(DemoData.ASSISTANT_GONE_ID);
        assertThat(missingVersions).containsExactly(DemoData.VERSION_MISSING_ID);
        assertThat(withoutVersion)
                .containsExactlyInAnyOrder(DemoData.STRESS_TEST_ID, DemoData.EMPTY_CONVERSATION_ID)
                .hasSizeLessThan(server.data().conversations().size() / 2);
    }

    @Test
    void conversationsAreSpreadOverAssistantsPerBusiness() {
        Map<String, String> expected = Map.of(
                DemoData.BILLING_TRANSFER_ID, PhoneAssistants.NORTHWIND_BILLING,
                DemoData.APPOINTMENT_BOOKING_ID, PhoneAssistants.LAKESIDE_DESK,
                DemoData.ROADSIDE_HANDOFF_ID, PhoneAssistants.ROADSIDE,
                DemoData.PARALLEL_TOOLS_ID, DemoData.SHOP_ASSISTANT_ID,
                DemoData.OLD_VERSION_ID, DemoData.SHOP_ASSISTANT_ID,
                DemoData.TOOL_ERRORS_ID, DemoData.BISTRO_ASSISTANT_ID,
                DemoData.SMS_CHAT_ID, DemoData.PARCELNET_ASSISTANT_ID,
                DemoData.VERSION_MISSING_ID, DemoData.PARCELNET_ASSISTANT_ID,
                DemoData.ASSISTANT_GONE_ID, DemoData.GONE_ASSISTANT_ID);

        expected.forEach((conversation, assistant) -> assertThat(
                        server.data().conversation(conversation).orElseThrow().assistantId())
                .as(conversation)
                .isEqualTo(assistant));
        assertThat(server.data()
                        .conversation(DemoData.OLD_VERSION_ID)
                        .orElseThrow()
                        .metadata())
                .containsEntry("assistant_version_id", DemoData.SHOP_OLD_VERSION_ID);
    }

    @Test
    void answersAreTheSameOnEveryRun() throws Exception {
        try (DemoServer other = DemoServer.start(DemoData.generate())) {
            DemoHttp otherHttp = new DemoHttp(other);
            for (String path : List.of(
                    "/ai/assistants",
                    "/ai/assistants/" + DemoData.BISTRO_ASSISTANT_ID,
                    "/ai/assistants/" + DemoData.SHOP_ASSISTANT_ID + "/versions")) {
                assertThat(otherHttp.get(path).body())
                        .as(path)
                        .isEqualTo(http.get(path).body());
            }
        }
    }

    private static void assertAssistantShape(JsonNode assistant) {
        String name = assistant.path("name").asText();
        assertThat(assistant.get("id").asText()).as(name).matches(ASSISTANT_ID);
        assertThat(name).isNotBlank();
        for (String field : List.of("description", "instructions", "model", "version_name")) {
            assertThat(assistant.get(field).asText())
                    .as("%s of %s", field, name)
                    .isNotBlank();
        }
        assertThat(assistant.get("created_at").asText()).matches(TIMESTAMP);
        assertThat(assistant.get("version_id").asText()).matches(VERSION_ID);
        assertThat(assistant.get("version_created_at").asText()).matches(TIMESTAMP);
        assertThat(assistant.get("tools").isArray()).isTrue();
        assertThat(assistant.at("/insight_settings/insight_group_id").asText()).isNotBlank();
        JsonNode recording = assistant.at("/telephony_settings/recording_settings");
        assertThat(recording.get("enabled").isBoolean()).isTrue();
        assertThat(recording.get("channels").asText()).isIn("single", "dual");
        assertThat(recording.get("format").asText()).isIn("wav", "mp3");
    }

    private static void assertWebhookShape(JsonNode webhook) {
        assertThat(webhook.get("name").asText()).matches("[a-z_]+");
        assertThat(webhook.get("description").asText()).isNotBlank();
        assertThat(webhook.get("url").asText()).startsWith("https://");
        assertThat(webhook.get("method").asText()).isIn("GET", "POST", "PUT", "PATCH", "DELETE");
        int locations = 0;
        for (String location : List.of("body_parameters", "path_parameters", "query_parameters")) {
            JsonNode schema = webhook.get(location);
            if (schema != null) {
                locations++;
                assertThat(schema.get("type").asText()).isEqualTo("object");
                assertThat(schema.get("properties").isObject()).isTrue();
                schema.path("required")
                        .forEach(r -> assertThat(schema.get("properties").has(r.asText()))
                                .isTrue());
            }
        }
        assertThat(locations).as(webhook.get("name").asText()).isPositive();
    }

    private static JsonNode tool(JsonNode assistant, String type) {
        for (JsonNode tool : assistant.get("tools")) {
            if (tool.get("type").asText().equals(type)) {
                return tool.get(type);
            }
        }
        throw new AssertionError("no " + type + " tool in " + assistant.get("name"));
    }

    private static JsonNode webhook(JsonNode assistant, String name) {
        for (JsonNode tool : assistant.get("tools")) {
            if (tool.path("webhook").path("name").asText().equals(name)) {
                return tool.get("webhook");
            }
        }
        throw new AssertionError("no webhook " + name + " in " + assistant.get("name"));
    }
}
