package com.transcriptviewer.assistant;

import static com.transcriptviewer.assistant.AssistantFixtures.read;
import static com.transcriptviewer.assistant.AssistantFixtures.scheduler;
import static com.transcriptviewer.assistant.AssistantFixtures.schedulerJson;
import static com.transcriptviewer.assistant.AssistantFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transcriptviewer.model.ToolSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistantDefinitionTest {

    @Test
    void readsTheBareAssistantWithItsVersionFields() {
        AssistantDefinition assistant = scheduler();
        assertThat(assistant.id()).isEqualTo("assistant-3f9c2a1e-7b4d-4e8a-9c1f-2d5e6a7b8c9d");
        assertThat(assistant.name()).isEqualTo("Scheduler");
        assertThat(assistant.versionId()).isEqualTo("20260729T054457360842");
        assertThat(assistant.versionName()).isEqualTo("Summer menu");
        assertThat(assistant.insightGroupId()).isEqualTo("ig-7c1d2e3f");
        assertThat(assistant.tools()).hasSize(16);
    }

    @Test
    void readsTheAssistantWrappedInData() {
        ObjectNode wrapped = AssistantFixtures.JSON.createObjectNode();
        wrapped.set("data", schedulerJson());
        AssistantDefinition assistant = read(wrapped);
        assertThat(assistant.describe()).isEqualTo(scheduler().describe());
        assertThat(assistant.insightGroupId()).isEqualTo("ig-7c1d2e3f");
        assertThat(assistant.tools())
                .extracting(ToolDefinition::functionName)
                .isEqualTo(scheduler().tools().stream()
                        .map(ToolDefinition::functionName)
                        .toList());
    }

    @Test
    void missingStringsAreEmptyNeverNull() {
        AssistantDefinition assistant = read("{\"id\": \"assistant-1\"}");
        assertThat(assistant.name()).isEmpty();
        assertThat(assistant.versionId()).isEmpty();
        assertThat(assistant.versionName()).isEmpty();
        assertThat(assistant.insightGroupId()).isEmpty();
        assertThat(assistant.tools()).isEmpty();
        AssistantDefinition made = new AssistantDefinition(null, null, null, null, null, null);
        assertThat(List.of(made.id(), made.name(), made.versionId(), made.versionName(), made.insightGroupId()))
                .containsOnly("");
        assertThat(made.tools()).isEmpty();
    }

    @Test
    void describeNamesTheAssistantAndItsVersion() {
        assertThat(scheduler().describe()).isEqualTo("Scheduler, version 20260729T054457360842 (Summer menu)");
        assertThat(read("{\"name\": \"Scheduler\", \"version_id\": \"20260729T054457360842\"}")
                        .describe())
                .isEqualTo("Scheduler, version 20260729T054457360842");
        assertThat(read("{\"name\": \"Scheduler\"}").describe()).isEqualTo("Scheduler");
        assertThat(read("{\"name\": \"Scheduler\", \"version_name\": \"v3\"}").describe())
                .isEqualTo("Scheduler, version v3");
        assertThat(read("{\"id\": \"assistant-1\"}").describe()).isEqualTo("assistant-1");
        assertThat(read("{\"tools\": []}").describe()).isEqualTo("the assistant");
    }

    @ParameterizedTest(name = "{0} is called {1}")
    @CsvSource({
        "webhook, book_table",
        "webhook, find_slots",
        "client_side_tool, show_menu",
        "transfer, transfer",
        "hangup, hangup",
        "skip_turn, skip_turn",
        "send_dtmf, send_dtmf",
        "send_message, send_message",
        "handoff, handoff",
        "refer, refer",
        "invite, invite",
        "retrieval, retrieval",
        "pay, pay",
        "update_dynamic_variables, remember_caller",
        "check_availability, check_availability",
        "book_appointment, book_dentist"
    })
    void eachToolTypeIsCalledByItsNameOrItsType(String type, String functionName) {
        ToolDefinition tool = scheduler().tool(functionName).orElseThrow();
        assertThat(tool.type()).isEqualTo(type);
        assertThat(tool.functionName()).isEqualTo(functionName);
        assertThat(tool.spec().type()).isEqualTo(type);
        assertThat(tool.spec().name()).isEqualTo(functionName);
    }

    @Test
    void customToolsAreNotCalledByTheirType() {
        assertThat(scheduler().tool("webhook")).isEmpty();
        assertThat(scheduler().tool("client_side_tool")).isEmpty();
        assertThat(scheduler().tool("update_dynamic_variables")).isEmpty();
        assertThat(scheduler().tool("book_appointment")).isEmpty();
        assertThat(scheduler().tool(null)).isEmpty();
    }

    @Test
    void aBuiltInWithAConfigNameAnswersToBoth() {
        AssistantDefinition assistant = AssistantFixtures.withTool(
                "{\"type\": \"hangup\", \"hangup\": {\"name\": \"end_call\", \"description\": \"Ends it\"}}");
        ToolDefinition byType = assistant.tool("hangup").orElseThrow();
        assertThat(assistant.tool("end_call")).containsSame(byType);
        assertThat(byType.functionName()).isEqualTo("hangup");
        assertThat(byType.names()).containsExactlyInAnyOrder("hangup", "end_call");
    }

    @Test
    void aCustomToolWithoutANameIsCalledByItsType() {
        AssistantDefinition assistant = AssistantFixtures.withTool("{\"type\": \"webhook\", \"webhook\": {}}");
        assertThat(assistant.tool("webhook")).isPresent();
    }

    @Test
    void typesAreMatchedIgnoringCase() {
        AssistantDefinition assistant = AssistantFixtures.withTool(
                "{\"type\": \"Transfer\", \"Transfer\": {\"targets\": [{\"to\": \"+13125550123\"}]}}");
        ToolDefinition tool = assistant.tool("Transfer").orElseThrow();
        assertThat(tool.spec().targets()).containsExactly("+13125550123");
    }

    @Test
    void theSpecListsAWebhooksParametersWithWhereTheyGo() {
        ToolSpec spec = scheduler().tool("book_table").orElseThrow().spec();
        assertThat(spec.description()).isEqualTo("Books a table");
        assertThat(spec.parameters())
                .extracting(ToolSpec.Parameter::name)
                .containsExactly(
                        "date",
                        "party_size",
                        "service",
                        "phone",
                        "patient",
                        "patient.name",
                        "items",
                        "items[].quantity",
                        "restaurant_id",
                        "notify");
        assertThat(spec.parameters().get(1))
                .isEqualTo(new ToolSpec.Parameter("party_size", "integer", true, "1 to 12", "Guests", "body"));
        assertThat(spec.parameters().get(2).allowed()).isEqualTo("one of: cleaning, checkup, whitening");
        assertThat(spec.parameters().get(3).allowed()).isEqualTo("matches ^\\+1\\d{10}$");
        assertThat(spec.parameters().get(5))
                .isEqualTo(
                        new ToolSpec.Parameter("patient.name", "string", true, "2 to 40 characters long", "", "body"));
        assertThat(spec.parameters().get(6).allowed()).isEqualTo("1 to 5 items");
        assertThat(spec.parameters().get(8).location()).isEqualTo("path");
        assertThat(spec.parameters().get(9).location()).isEqualTo("query");
    }

    @Test
    void theSpecOfOtherTools() {
        AssistantDefinition assistant = scheduler();
        assertThat(assistant.tool("show_menu").orElseThrow().spec().parameters())
                .containsExactly(
                        new ToolSpec.Parameter("section", "string", true, "one of: starters, mains, desserts", "", ""));
        assertThat(assistant.tool("transfer").orElseThrow().spec().targets())
                .containsExactly("+13125550123 (Billing)", "+13125550124 (Support)");
        assertThat(assistant.tool("handoff").orElseThrow().spec().targets())
                .containsExactly("assistant-5a6b7c8d (Billing bot)");
        assertThat(assistant.tool("refer").orElseThrow().spec().targets())
                .containsExactly("sip:frontdesk@example.com (Front desk)");
        assertThat(assistant.tool("send_message").orElseThrow().spec().description())
                .isEqualTo("Sends: Your booking for {{date}} is confirmed.");
        assertThat(assistant.tool("pay").orElseThrow().description()).isEqualTo("Takes the deposit");
        assertThat(assistant.tool("hangup").orElseThrow().takesParameters()).isFalse();
        assertThat(assistant.tool("check_availability").orElseThrow().spec().parameters())
                .isEmpty();
        assertThat(assistant.tool("remember_caller").orElseThrow().spec().parameters())
                .containsExactly(
                        new ToolSpec.Parameter(
                                "caller_name", "string", false, "", "How the caller wants to be called", ""),
                        new ToolSpec.Parameter("visits", "integer", false, "", "Visits so far", ""),
                        new ToolSpec.Parameter("mood", "", false, "", "Free text", ""));
    }

    @Test
    void aTemplateTransferSaysItAcceptsAnyDestination() {
        AssistantDefinition assistant = AssistantFixtures.withTool(
                "{\"type\": \"transfer\", \"transfer\": {\"targets\": \"{{transfer_to}}\"}}");
        assertThat(assistant.tool("transfer").orElseThrow().spec().targets())
                .containsExactly("{{transfer_to}} (a template: any destination is accepted)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[] | The assistant is not a JSON object.",
                "\"Scheduler\" | The assistant is not a JSON object.",
                "{} | The answer is not an assistant: it has no id, name or tools.",
                "{\"errors\": [{\"title\": \"Not found\"}]} | The answer is not an assistant: it has no id, name or tools.",
                "{\"data\": [{\"id\": \"assistant-1\"}]} | The answer is a list of assistants, not one assistant.",
                "{\"data\": \"assistant-1\"} | The answer's data is not an assistant.",
                "{\"id\": \"a\", \"tools\": {\"type\": \"hangup\"}} | The assistant's tools are not a list.",
                "{\"id\": \"a\", \"tools\": [\"hangup\"]} | Tool 1 of the assistant is not a JSON object.",
                "{\"id\": \"a\", \"tools\": [{\"type\": \"hangup\"}, {\"hangup\": {}}]} | Tool 2 of the assistant has no type.",
                "{\"id\": \"a\", \"tools\": [{\"type\": \"webhook\", \"webhook\": \"book\"}]} | Tool 1 (webhook) has a webhook config that is not a JSON object.",
                "{\"id\": \"a\", \"tools\": [{\"type\": \"webhook\", \"webhook\": {\"name\": \"book\", \"body_parameters\": \"date\"}}]} | Tool 1 (book) declares body_parameters that are not a JSON Schema object.",
                "{\"id\": \"a\", \"tools\": [{\"type\": \"transfer\", \"transfer\": {\"targets\": 5}}]} | Tool 1 (transfer) has targets that are neither a list nor a template.",
                "{\"id\": \"a\", \"tools\": [{\"type\": \"transfer\", \"transfer\": {\"targets\": [{\"name\": \"Billing\"}]}}]} | Tool 1 (transfer): target 1 has no destination (to).",
                "{\"id\": \"a\", \"tools\": [{\"type\": \"update_dynamic_variables\", \"update_dynamic_variables\": {\"name\": \"u\", \"updatable_variables\": [{\"type\": \"string\"}]}}]} | Tool 1 (u): updatable variable 1 has no name.",
                "{\"id\": \"a\", \"tools\": [{\"type\": \"update_dynamic_variables\", \"update_dynamic_variables\": {\"name\": \"u\", \"updatable_variables\": {}}}]} | Tool 1 (u) has updatable_variables that are not a list."
            })
    void malformedAssistantsAreRefusedWithASentence(String json, String sentence) {
        assertThatThrownBy(() -> AssistantDefinition.read(tree(json)))
                .isInstanceOf(AssistantFormatException.class)
                .hasMessage(sentence);
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> AssistantDefinition.read(null))
                .isInstanceOf(AssistantFormatException.class)
                .hasMessage("The assistant is not a JSON object.");
    }
}
