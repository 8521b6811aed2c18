package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.transcriptviewer.model.Conversation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The insight endpoints over real HTTP: templates (paged), groups, and each conversation's runs and results. */
class DemoInsightsHttpTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
    void theTemplateListPagesWithMeta() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode body = http.getJson(templatesPath(3, page));
            assertThat(body.at("/meta/total_pages").asInt()).isEqualTo(3);
            assertThat(body.at("/meta/total_results").asInt()).isEqualTo(7);
            assertThat(body.at("/meta/page_number").asInt()).isEqualTo(page);
            assertThat(body.at("/meta/page_size").asInt()).isEqualTo(3);
            assertThat(body.get("data").size()).isEqualTo(page < 3 ? 3 : 1);
            body.get("data").forEach(t -> ids.add(t.get("id").asText()));
        }
        JsonNode beyond = http.getJson(templatesPath(3, 4));
        JsonNode defaults = http.getJson("/ai/conversations/insights");

        assertThat(ids).hasSize(7).doesNotHaveDuplicates();
        assertThat(beyond.get("data")).isEmpty();
        assertThat(defaults.get("data")).extracting(t -> t.get("id").asText()).isEqualTo(ids);
        assertThat(defaults.at("/meta/page_size").asInt()).isEqualTo(20);
        assertThat(defaults.at("/meta/total_pages").asInt()).isEqualTo(1);
    }

    @Test
    void templatesHaveTheirShapeAndSchemasAreObjectsOrText() throws Exception {
        JsonNode templates = http.getJson("/ai/conversations/insights").get("data");

        for (JsonNode template : templates) {
            assertThat(template.get("id").asText()).matches("[0-9a-f-]{36}");
            assertThat(template.get("name").asText()).isNotBlank();
            assertThat(template.get("instructions").asText()).isNotBlank();
            assertThat(template.get("insight_type").asText()).isIn("custom", "default");
            assertThat(template.get("created_at").asText()).endsWith("Z");
            JsonNode schema = template.get("json_schema");
            assertThat(schema == null || schema.isObject() || schema.isTextual())
                    .isTrue();
        }
        assertThat(templates)
                .extracting(t -> t.get("name").asText())
                .contains("Summary", "Sentiment", "Resolution", "Escalation risk");
        assertThat(byName(templates, "Summary").has("json_schema")).isFalse();
        assertThat(byName(templates, "Sentiment").at("/json_schema/properties/sentiment/enum"))
                .extracting(JsonNode::asText)
                .containsExactly("positive", "neutral", "negative");
        assertThat(byName(templates, "Resolution").get("insight_type").asText()).isEqualTo("custom");
        assertThat(byName(templates, "Escalation risk").get("json_schema").isTextual())
                .isTrue();
    }

    @Test
    void oneTemplateIsWrappedInData() throws Exception {
        JsonNode body = http.getJson("/ai/conversations/insights/" + DemoData.SENTIMENT_INSIGHT_ID);

        assertThat(body.size()).isEqualTo(1);
        assertThat(body.at("/data/id").asText()).isEqualTo(DemoData.SENTIMENT_INSIGHT_ID);
        assertThat(body.at("/data/name").asText()).isEqualTo("Sentiment");
    }

    @Test
    void aGroupIsWrappedInDataWithItsTemplates() throws Exception {
        JsonNode group = http.getJson("/ai/conversations/insight-groups/" + DemoData.SUPPORT_INSIGHT_GROUP_ID)
                .get("data");

        assertThat(group.get("id").asText()).isEqualTo(DemoData.SUPPORT_INSIGHT_GROUP_ID);
        assertThat(group.get("name").asText()).isEqualTo("Customer support");
        assertThat(group.get("description").asText()).isNotBlank();
        assertThat(group.get("insights"))
                .extracting(t -> t.get("id").asText())
                .containsExactly(
                        DemoData.SUMMARY_INSIGHT_ID, DemoData.SENTIMENT_INSIGHT_ID, DemoData.RESOLUTION_INSIGHT_ID);
        assertThat(group.at("/insights/1/json_schema/type").asText()).isEqualTo("object");
    }

    @Test
    void everyAssistantsGroupResolvesAndSomeTemplatesAreInNoGroup() throws Exception {
        Set<String> grouped = new HashSet<>();
        for (JsonNode assistant : http.getJson("/ai/assistants").get("data")) {
            String groupId = assistant.at("/insight_settings/insight_group_id").asText();
            JsonNode group =
                    http.getJson("/ai/conversations/insight-groups/" + groupId).get("data");
            group.get("insights").forEach(t -> grouped.add(t.get("id").asText()));
        }
        JsonNode groups = http.getJson("/ai/conversations/insight-groups?page%5Bsize%5D=2");

        assertThat(grouped).doesNotContain(DemoData.ESCALATION_INSIGHT_ID).hasSizeLessThan(7);
        assertThat(groups.get("data").size()).isEqualTo(2);
        assertThat(groups.at("/meta/total_results").asInt()).isEqualTo(3);
        assertThat(groups.at("/meta/total_pages").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/ai/conversations/insights/00000000-0000-0000-0000-000000000000",
                "/ai/conversations/insight-groups/00000000-0000-0000-0000-000000000000",
                "/ai/conversations/00000000-0000-0000-0000-000000000000/conversations-insights",
            })
    void unknownTemplatesGroupsAndConversationsAreA404InTelnyxShape(String path) throws Exception {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).at("/errors/0/code").asText()).isEqualTo("10005");
        assertThat(json(response).at("/errors/0/title").asText()).isEqualTo("Resource not found");
    }

    @Test
    void badPagingOfTemplatesIsA422() throws Exception {
        HttpResponse<String> response = http.get("/ai/conversations/insights?page%5Bsize%5D=0");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/detail/0/loc/1").asText()).isEqualTo("page[size]");
    }

    @Test
    void completedRunsHoldResultsThatMatchTheirTemplates() throws Exception {
        Map<String, JsonNode> templates = new HashMap<>();
        http.getJson("/ai/conversations/insights")
                .get("data")
                .forEach(t -> templates.put(t.get("id").asText(), t));
        int completed = 0;
        for (Conversation conversation : server.data().conversations()) {
            JsonNode body = http.getJson(insightsPath(conversation.id()));
            assertThat(body.at("/meta/total_results").asInt())
                    .isEqualTo(body.get("data").size());
            for (JsonNode run : body.get("data")) {
                assertThat(run.get("id").asText()).matches("[0-9a-f-]{36}");
                assertThat(run.get("created_at").asText()).endsWith("Z");
                assertThat(run.get("status").asText()).isIn("pending", "in_progress", "completed", "failed");
                if (!run.get("status").asText().equals("completed")) {
                    assertThat(run.get("conversation_insights")).isEmpty();
                    continue;
                }
                completed++;
                assertThat(run.get("conversation_insights")).isNotEmpty();
                for (JsonNode insight : run.get("conversation_insights")) {
                    JsonNode template = templates.get(insight.get("insight_id").asText());
                    assertThat(template)
                            .as("template of a result in %s", conversation.id())
                            .isNotNull();
                    assertThat(insight.get("result").isTextual()).isTrue();
                    assertResultFitsTemplate(insight.get("result").asText(), template);
                }
            }
        }
        assertThat(completed).isGreaterThanOrEqualTo(10);
    }

    @Test
    void pendingFailedAndMissingRunsAreWhereTheDemoSays() throws Exception {
        JsonNode pending = http.getJson(insightsPath(DemoData.INSIGHTS_PENDING_ID));
        JsonNode failed = http.getJson(insightsPath(DemoData.INSIGHTS_FAILED_ID));
        JsonNode none = http.getJson(insightsPath(DemoData.NO_INSIGHTS_ID));
        JsonNode roadside = http.getJson(insightsPath(DemoData.ROADSIDE_HANDOFF_ID));

        assertThat(pending.get("data"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("status").asText()).isIn("pending", "in_progress"));
        assertThat(failed.get("data"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("status").asText()).isEqualTo("failed"));
        assertThat(none.get("data")).isEmpty();
        assertThat(none.at("/meta/total_results").asInt()).isZero();
        assertThat(none.at("/meta/total_pages").asInt()).isZero();
        assertThat(roadside.get("data"))
                .extracting(r -> r.get("status").asText())
                .containsExactly("completed", "failed");
    }

    @Test
    void resultsSayWhatHappenedInTheConversation() throws Exception {
        JsonNode booking =
                http.getJson(insightsPath(DemoData.APPOINTMENT_BOOKING_ID)).at("/data/0/conversation_insights");
        JsonNode billing =
                http.getJson(insightsPath(DemoData.BILLING_TRANSFER_ID)).at("/data/0/conversation_insights");

        assertThat(result(booking, DemoData.SUMMARY_INSIGHT_ID).asText()).contains("LD-48213");
        assertThat(result(booking, DemoInsights.BOOKING)
                        .get("confirmation_code")
                        .asText())
                .isEqualTo("LD-48213");
        assertThat(result(billing, DemoData.RESOLUTION_INSIGHT_ID)
                        .get("resolved")
                        .asBoolean())
                .isFalse();
        assertThat(result(billing, DemoData.ESCALATION_INSIGHT_ID).get("risk").asText())
                .isEqualTo("medium");
        assertThat(result(billing, DemoData.SENTIMENT_INSIGHT_ID)
                        .get("sentiment")
                        .asText())
                .isEqualTo("neutral");
    }

    @Test
    void answersAreTheSameOnEveryRun() throws Exception {
        try (DemoServer other = DemoServer.start(DemoData.generate())) {
            DemoHttp otherHttp = new DemoHttp(other);
            for (String path : List.of(
                    "/ai/conversations/insights",
                    "/ai/conversations/insight-groups/" + DemoData.SUPPORT_INSIGHT_GROUP_ID,
                    insightsPath(DemoData.ROADSIDE_HANDOFF_ID),
                    insightsPath(DemoData.TOOL_ERRORS_ID))) {
                assertThat(otherHttp.get(path).body())
                        .as(path)
                        .isEqualTo(http.get(path).body());
            }
        }
    }

    private static void assertResultFitsTemplate(String result, JsonNode template) throws Exception {
        JsonNode schema = template.get("json_schema");
        if (schema == null) {
            assertThat(result).isNotBlank().doesNotStartWith("{");
            return;
        }
        JsonNode schemaTree = schema.isTextual() ? MAPPER.readTree(schema.asText()) : schema;
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(schemaTree)
                        .validate(MAPPER.readTree(result)))
                .as("%s: %s", template.get("name").asText(), result)
                .isEmpty();
    }

    /** The result of one template in a run's insights: the text, or for a schema result the parsed JSON. */
    private static JsonNode result(JsonNode insights, String templateId) throws Exception {
        for (JsonNode insight : insights) {
            if (insight.get("insight_id").asText().equals(templateId)) {
                String text = insight.get("result").asText();
                return text.startsWith("{") ? MAPPER.readTree(text) : insight.get("result");
            }
        }
        throw new AssertionError("no result of " + templateId);
    }

    private static JsonNode byName(JsonNode templates, String name) {
        for (JsonNode template : templates) {
            if (template.get("name").asText().equals(name)) {
                return template;
            }
        }
        throw new AssertionError("no template named " + name);
    }

    private static String templatesPath(int size, int number) {
        return "/ai/conversations/insights?page%5Bnumber%5D=" + number + "&page%5Bsize%5D=" + size;
    }

    private static String insightsPath(String conversationId) {
        return "/ai/conversations/" + conversationId + "/conversations-insights";
    }
}
