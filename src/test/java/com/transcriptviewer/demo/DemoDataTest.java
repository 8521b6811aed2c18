package com.transcriptviewer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final DemoData data = DemoData.generate();

    @Test
    void generatingTwiceGivesEqualData() {
        DemoData again = DemoData.generate();

        assertThat(again.conversations()).isEqualTo(data.conversations());
        assertThat(again.summaries()).isEqualTo(data.summaries());
        for (Conversation conversation : data.conversations()) {
            assertThat(again.messages(conversation.id()))
                    .as(conversation.id())
                    .isEqualTo(data.messages(conversation.id()));
            assertThat(again.insights().runs(conversation.id()))
                    .isEqualTo(data.insights().runs(conversation.id()));
        }
        assertThat(again.assistants().all()).isEqualTo(data.assistants().all());
        for (DemoAssistant assistant : data.assistants().all()) {
            assertThat(again.assistants().versions(assistant.id()))
                    .isEqualTo(data.assistants().versions(assistant.id()));
        }
        assertThat(again.insights().templates()).isEqualTo(data.insights().templates());
        assertThat(again.insights().groups()).isEqualTo(data.insights().groups());
    }

    @Test
    void theOriginalConversationsKeepTheirMessages() {
        Map<String, Integer> counts = Map.of(
                DemoData.BILLING_TRANSFER_ID, 7,
                DemoData.APPOINTMENT_BOOKING_ID, 20,
                DemoData.PARALLEL_TOOLS_ID, 8,
                DemoData.PASSWORD_RESET_ID, 7,
                DemoData.APPOINTMENT_REMINDER_ID, 5,
                DemoData.ROADSIDE_HANDOFF_ID, 7,
                DemoData.QA_EDGE_CASES_ID, 28,
                DemoData.SMS_CHAT_ID, 1_200,
                DemoData.STRESS_TEST_ID, 10_000,
                DemoData.EMPTY_CONVERSATION_ID, 0);

        counts.forEach((id, count) -> assertThat(data.messageCount(id)).as(id).isEqualTo(count));
        assertThat(data.messages(DemoData.BILLING_TRANSFER_ID).get(0).text())
                .isEqualTo("Thanks for calling Northwind Energy, this is Ava. How can I help you today?");
        assertThat(data.messages(DemoData.ROADSIDE_HANDOFF_ID).get(5).metadata())
                .containsEntry(
                        "handoff_from",
                        data.conversation(DemoData.ROADSIDE_HANDOFF_ID)
                                .orElseThrow()
                                .assistantId());
    }

    @Test
    void theConversationsAboutAssistantsAreThere() {
        Map<String, String> channels = Map.of(
                DemoData.TOOL_ERRORS_ID, "phone_call",
                DemoData.OLD_VERSION_ID, "web_chat",
                DemoData.VERSION_MISSING_ID, "sms",
                DemoData.ASSISTANT_GONE_ID, "web_chat");

        channels.forEach((id, channel) -> {
            Conversation conversation = data.conversation(id).orElseThrow();
            assertThat(conversation.channel()).as(id).isEqualTo(channel);
            assertThat(conversation.name()).isNotBlank();
            assertThat(data.messageCount(id)).isPositive();
        });
        assertThat(data.conversation(DemoData.TOOL_ERRORS_ID).orElseThrow().assistantId())
                .isEqualTo(DemoData.BISTRO_ASSISTANT_ID);
        assertThat(data.conversation(DemoData.OLD_VERSION_ID).orElseThrow().metadata())
                .containsEntry("assistant_version_id", DemoData.SHOP_OLD_VERSION_ID);
        assertThat(data.conversation(DemoData.VERSION_MISSING_ID).orElseThrow().metadata())
                .containsEntry("assistant_version_id", DemoData.MISSING_VERSION_ID);
        assertThat(data.assistants().version(DemoData.PARCELNET_ASSISTANT_ID, DemoData.MISSING_VERSION_ID))
                .isEmpty();
        assertThat(data.assistants().current(DemoData.GONE_ASSISTANT_ID)).isEmpty();
        assertThat(data.conversations()).hasSize(18);
    }

    @Test
    void indexedMessagesAreTheSameInAnyOrderOfAccess() {
        List<Message> forward = data.messages(DemoData.STRESS_TEST_ID, 9_000, 9_010);
        DemoData fresh = DemoData.generate();
        Message tenth = fresh.messages(DemoData.STRESS_TEST_ID, 9_009, 9_010).get(0);

        assertThat(tenth).isEqualTo(forward.get(9));
    }

    @Test
    void theLongConversationAsksAboutEveryKindOfRecord() {
        List<Message> firstTurns = data.messages(DemoData.STRESS_TEST_ID).subList(0, 400);

        assertThat(firstTurns)
                .filteredOn(m -> m.role() == Role.USER && m.text().startsWith("Turn "))
                .extracting(Message::text)
                .anyMatch(t -> t.contains("ticket"))
                .anyMatch(t -> t.contains("account"))
                .anyMatch(t -> t.contains("shipment"))
                .anyMatch(t -> t.contains("invoice"));
    }

    @Test
    void holdsTheNamedConversationsWithTheirSizes() {
        assertThat(data.messageCount(DemoData.SMS_CHAT_ID)).isEqualTo(1_200);
        assertThat(data.messageCount(DemoData.STRESS_TEST_ID)).isEqualTo(10_000);
        assertThat(data.conversation(DemoData.SMS_CHAT_ID).orElseThrow().channel())
                .isEqualTo("sms_chat");
        assertThat(data.conversations())
                .extracting(Conversation::channel)
                .contains("phone_call", "sms_chat", "web_chat", "sms");
        assertThat(data.conversations()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(data.messages("no-such-id")).isEmpty();
        assertThat(data.messageCount("no-such-id")).isZero();
    }

    @Test
    void billingCallEndsInATransferToBilling() {
        List<Message> messages = data.messages(DemoData.BILLING_TRANSFER_ID);
        Message last = messages.get(messages.size() - 1);

        assertThat(messages.size()).isBetween(4, 12);
        assertThat(last.role()).isEqualTo(Role.ASSISTANT);
        assertThat(last.text()).isNull();
        assertThat(last.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.functionName()).isEqualTo("transfer");
            JsonNode arguments = parse(call.arguments());
            assertThat(arguments.at("/targets/0/to").asText()).isEqualTo("+13125550123");
            assertThat(arguments.at("/targets/0/name").asText()).isEqualTo("Billing");
        });
    }

    @Test
    void appointmentBookingAnswersEveryToolCallWithAJsonResult() {
        List<Message> messages = data.messages(DemoData.APPOINTMENT_BOOKING_ID);
        List<String> functions = messages.stream()
                .flatMap(m -> m.toolCalls().stream())
                .map(ToolCall::functionName)
                .toList();

        assertThat(functions).containsExactly("check_availability", "book_appointment", "send_dtmf", "hangup");
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).hasToolCalls()) {
                Message result = messages.get(i + 1);
                assertThat(result.role()).isEqualTo(Role.TOOL);
                assertThat(parse(result.text()).isObject()).isTrue();
            }
        }
    }

    @Test
    void parallelCallsAreFollowedByOneResultEach() {
        List<Message> messages = data.messages(DemoData.PARALLEL_TOOLS_ID);
        int index = indexOf(messages, m -> m.toolCalls().size() > 1);
        int calls = messages.get(index).toolCalls().size();

        assertThat(calls).isBetween(2, 3);
        assertThat(messages.subList(index + 1, index + 1 + calls)).allMatch(m -> m.role() == Role.TOOL);
        assertThat(messages.get(index).toolCalls()).extracting(ToolCall::id).doesNotHaveDuplicates();
    }

    @Test
    void edgeCaseConversationHoldsEveryTrap() throws Exception {
        List<Message> messages = data.messages(DemoData.QA_EDGE_CASES_ID);
        List<ToolCall> calls =
                messages.stream().flatMap(m -> m.toolCalls().stream()).toList();
        ObjectMapper strict = new ObjectMapper();

        assertThat(calls)
                .anySatisfy(call -> assertThatThrownBy(() -> strict.readTree(call.arguments()))
                        .isInstanceOf(Exception.class));
        ToolCall large = calls.stream()
                .filter(c -> c.arguments().length() >= 2 * 1024 * 1024)
                .findFirst()
                .orElseThrow();
        assertThat(parse(large.arguments()).at("/document/chunks").size()).isGreaterThan(1_000);

        ToolCall nested = calls.stream()
                .filter(c -> c.functionName().equals("update_dynamic_variables"))
                .findFirst()
                .orElseThrow();
        assertThat(depth(parse(nested.arguments()))).isEqualTo(500);

        assertThat(messages).anyMatch(m -> m.text() == null && !m.hasToolCalls());
        assertThat(messages).anyMatch(m -> "".equals(m.text()));
        Set<String> unknownRoles = messages.stream()
                .map(Message::role)
                .filter(Role::isUnknown)
                .map(Role::rawName)
                .collect(Collectors.toSet());
        assertThat(unknownRoles).contains("system", "supervisor");
        assertThat(texts(messages)).anyMatch(t -> t.codePoints().anyMatch(cp -> cp >= 0x1F300)); // emoji
        assertThat(texts(messages)).anyMatch(t -> t.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)); // Arabic
        assertThat(texts(messages)).anyMatch(t -> t.chars().anyMatch(c -> c >= 0x0590 && c <= 0x05FF)); // Hebrew
        assertThat(texts(messages)).anyMatch(t -> t.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)); // CJK
        assertThat(texts(messages)).anyMatch(t -> t.length() == 50_000 && t.indexOf('\n') < 0);
        assertThat(texts(messages)).anyMatch(t -> t.contains("<script>alert(1)</script>"));
        assertThat(messages).anyMatch(m -> m.sentAt() == null);
        assertThat(messages)
                .anyMatch(m -> m.metadata().get("tags") instanceof List<?>
                        && m.metadata().get("interrupted") instanceof Boolean);
    }

    @Test
    void conversationsCarryRealisticMetadata() {
        for (Conversation conversation : data.conversations()) {
            assertThat(conversation.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(conversation.assistantId()).matches("assistant-[0-9a-f]{8}-[0-9a-f-]{27}");
            Object version = conversation.metadata().get("assistant_version_id");
            if (version != null) {
                assertThat(version.toString()).matches("\\d{8}T\\d{12}");
            }
            assertThat(conversation.agentTarget()).matches("\\+1312555\\d{4}");
            assertThat(conversation.endUserTarget()).matches("\\+1312555\\d{4}");
            assertThat(conversation.channel()).isIn("phone_call", "sms_chat", "web_chat", "sms");
            if (conversation.channel().equals("phone_call")) {
                assertThat(Objects.toString(conversation.metadata().get(Conversation.CALL_CONTROL_ID)))
                        .matches("v3:[A-Za-z0-9_-]{20,}");
            }
            assertThat(conversation.createdAt()).isBefore(Instant.parse("2025-07-01T00:00:00Z"));
        }
        assertThat(data.conversations()).anyMatch(c -> c.name() == null && c.lastMessageAt() == null);
    }

    @Test
    void messagesAreOldestFirstAndLastMessageTimeMatches() {
        for (Conversation conversation : data.conversations()) {
            List<Message> messages = data.messages(conversation.id());
            for (int i = 1; i < messages.size(); i++) {
                assertThat(messages.get(i).createdAt())
                        .as("%s #%d", conversation.id(), i)
                        .isAfterOrEqualTo(messages.get(i - 1).createdAt());
            }
            if (!messages.isEmpty()) {
                assertThat(conversation.lastMessageAt())
                        .isEqualTo(messages.get(messages.size() - 1).createdAt());
                assertThat(conversation.createdAt()).isBefore(messages.get(0).createdAt());
            }
        }
    }

    @Test
    void sentAtSometimesTrailsCreatedAtBySecondsAtMost() {
        List<Message> all = data.conversations().stream()
                .flatMap(c -> data.messages(c.id()).stream())
                .filter(m -> m.sentAt() != null)
                .toList();

        assertThat(all).anyMatch(m -> m.sentAt().equals(m.createdAt()));
        assertThat(all).anyMatch(m -> m.sentAt().isAfter(m.createdAt()));
        assertThat(all)
                .allMatch(m -> !m.sentAt().isBefore(m.createdAt())
                        && m.sentAt().toEpochMilli() - m.createdAt().toEpochMilli() <= 5_000);
    }

    @Test
    void summariesGiveTitleAndCountForEveryConversation() {
        List<DemoConversationSummary> summaries = data.summaries();

        assertThat(summaries).hasSameSizeAs(data.conversations());
        assertThat(summaries).allMatch(s -> !s.title().isBlank());
        assertThat(summaries)
                .filteredOn(s -> s.id().equals(DemoData.SMS_CHAT_ID))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.messageCount()).isEqualTo(1_200);
                    assertThat(s.title()).isEqualTo("Delivery rescheduling over SMS");
                });
        assertThat(summaries)
                .filteredOn(s -> s.id().equals(DemoData.EMPTY_CONVERSATION_ID))
                .singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Unnamed web chat"));
    }

    private static List<String> texts(List<Message> messages) {
        return messages.stream().map(Message::text).filter(Objects::nonNull).toList();
    }

    private static int indexOf(List<Message> messages, Predicate<Message> test) {
        for (int i = 0; i < messages.size(); i++) {
            if (test.test(messages.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no matching message");
    }

    private static int depth(JsonNode node) {
        int depth = 0;
        JsonNode current = node;
        while (current != null && current.isContainerNode()) {
            depth++;
            current = current.has("level") ? current.get("level") : null;
        }
        return depth;
    }

    private static JsonNode parse(String json) {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(50_000_000)
                        .build());
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not valid JSON: " + e.getMessage(), e);
        }
    }
}
