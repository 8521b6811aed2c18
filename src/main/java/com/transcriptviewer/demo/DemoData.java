package com.transcriptviewer.demo;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The conversations the demo server serves. Everything is fixed: ids, names, dates and every message are the same on
 * each run, so screenshots, tests and bug reports can name them. Generating is cheap (the long conversations compute
 * each message from its index when asked), because the app builds this at launch.
 */
public final class DemoData {

    /** A short phone call that ends with a {@code transfer} tool call to billing. */
    public static final String BILLING_TRANSFER_ID = "3f2b8c1e-7d4a-4e59-9b0c-1a6d2e8f4c73";
    /** A dental appointment booking: check_availability, book_appointment, send_dtmf, hangup, each with a result. */
    public static final String APPOINTMENT_BOOKING_ID = "9a41d6e2-5c3b-4f87-8e1d-0b7c2a9f6e15";
    /** One assistant message with three parallel tool calls, followed by the three results. */
    public static final String PARALLEL_TOOLS_ID = "c7e05b93-2f16-4a8d-b4e7-6d9a1c3f8b20";
    /** A 1,200-message SMS chat ({@code sms_chat} channel). */
    public static final String SMS_CHAT_ID = "5d8f2a6c-9e14-4b37-a2c5-8f0e6b1d4a97";
    /** A 10,000-message conversation for scrolling and paging under load. */
    public static final String STRESS_TEST_ID = "e2a9c4f7-1b68-4d0e-8c3a-5f7b9d2e6a41";
    /** QA edge cases: invalid and huge arguments, deep nesting, null text, unknown roles, scripts, markup. */
    public static final String QA_EDGE_CASES_ID = "1b6e9d3a-4c72-4f05-9a8e-2d5c7b0f3e68";
    /** A web chat about a password reset. */
    public static final String PASSWORD_RESET_ID = "7c3a1f58-0e9d-4b26-8f4c-3a6e9d1b5c02";
    /** An SMS appointment reminder that the customer confirms. */
    public static final String APPOINTMENT_REMINDER_ID = "4e8b2d71-6a3f-4c9e-b5d0-7f1a3c6e9b84";
    /** A roadside-assistance call handed off to a dispatcher. */
    public static final String ROADSIDE_HANDOFF_ID = "b0d7e3a5-8c26-4f1b-9e4d-6a2c8f5b1d39";
    /** A conversation that has no name and no messages yet. */
    public static final String EMPTY_CONVERSATION_ID = "f6c1a8e4-3d97-4b52-a0e6-9c4f2b7d8e13";

    static final int SMS_CHAT_MESSAGES = 1_200;
    static final int STRESS_TEST_MESSAGES = 10_000;

    private static final String AGENT_LINE = "+13125550100";
    /** One assistant per channel, as a small business would configure them. */
    private static final Map<String, String> ASSISTANTS = Map.of(
            "phone_call", "assistant-2f9a0d4c-1b7e-4c3a-8e6d-7a5b9c1d2e3f",
            "web_chat", "assistant-8d41c7a2-5e93-4f06-b1c8-3e7d9a2f6b54",
            "sms_chat", "assistant-c5e27b9f-0a4d-4d81-9f3e-6b1a8c4d7e20",
            "sms", "assistant-71b3e8d6-4f2a-4c95-a7d0-9e5c2b8f1a63");

    /** Newest first, the list endpoint's default order. */
    private final List<DemoConversation> conversations;

    private final Map<String, DemoConversation> byId;

    private DemoData(List<DemoConversation> conversations) {
        List<DemoConversation> sorted = new ArrayList<>(conversations);
        sorted.sort(
                Comparator.comparing((DemoConversation c) -> c.conversation().createdAt())
                        .reversed());
        this.conversations = List.copyOf(sorted);
        Map<String, DemoConversation> index = new LinkedHashMap<>();
        sorted.forEach(c -> index.put(c.conversation().id(), c));
        this.byId = index;
    }

    /** Builds the demo conversations; every call returns equal data. */
    public static DemoData generate() {
        List<DemoConversation> all = new ArrayList<>();
        all.add(scripted(
                BILLING_TRANSFER_ID,
                "Billing question - transfer to billing",
                "phone_call",
                "2025-04-15T13:07:21.512Z",
                "+13125550142",
                ScriptedTranscripts::billingTransfer,
                Map.of("account_last4", "4471", "department", "billing")));
        all.add(scripted(
                APPOINTMENT_BOOKING_ID,
                "Lakeside Dental - book a cleaning",
                "phone_call",
                "2025-04-17T15:42:09.208Z",
                "+13125550187",
                ScriptedTranscripts::appointmentBooking,
                Map.of("clinic", "Lakeside Dental", "language", "en-US")));
        all.add(scripted(
                PARALLEL_TOOLS_ID,
                "Order A-10293 and store hours",
                "web_chat",
                "2025-05-02T09:15:44.037Z",
                "+13125550161",
                ScriptedTranscripts::parallelToolCalls,
                Map.of("order_id", "A-10293", "customer_tier", "gold")));
        all.add(scripted(
                PASSWORD_RESET_ID,
                "Password reset help",
                "web_chat",
                "2025-03-11T18:03:52.690Z",
                "+13125550119",
                ScriptedTranscripts::passwordReset,
                Map.of("customer_tier", "standard")));
        all.add(scripted(
                APPOINTMENT_REMINDER_ID,
                "Appointment reminder - Sam",
                "sms",
                "2025-02-26T16:30:00.125Z",
                "+13125550176",
                ScriptedTranscripts::appointmentReminder,
                Map.of("clinic", "Lakeside Dental", "campaign", "reminders")));
        all.add(scripted(
                ROADSIDE_HANDOFF_ID,
                "Roadside assistance - flat tire on I-90",
                "phone_call",
                "2025-06-03T21:47:13.874Z",
                "+13125550133",
                ScriptedTranscripts::roadsideAssistance,
                Map.of("priority", 1, "vip", true)));
        all.add(scripted(
                QA_EDGE_CASES_ID,
                "QA edge cases",
                "web_chat",
                "2025-06-10T11:00:00.001Z",
                "+13125550199",
                EdgeCaseTranscript::build,
                Map.of("tags", List.of("qa", "edge-cases"), "build", 4711)));

        Instant smsStart = Instant.parse("2025-01-06T14:20:31.118Z");
        all.add(indexed(
                SMS_CHAT_ID,
                "Delivery rescheduling over SMS",
                "sms_chat",
                smsStart,
                "+13125550158",
                new SmsChatSource(smsStart, SMS_CHAT_MESSAGES, 1_200),
                Map.of("carrier", "Parcelnet")));
        Instant stressStart = Instant.parse("2025-05-20T08:00:05.406Z");
        all.add(indexed(
                STRESS_TEST_ID,
                "Account review - 10,000 messages",
                "phone_call",
                stressStart,
                "+13125550111",
                new StressTestSource(stressStart, STRESS_TEST_MESSAGES, 10_000),
                Map.of("load_test", true)));

        Instant emptyCreated = Instant.parse("2025-06-12T07:58:40.300Z");
        all.add(new DemoConversation(
                new Conversation(
                        EMPTY_CONVERSATION_ID,
                        null,
                        emptyCreated,
                        null,
                        metadata(EMPTY_CONVERSATION_ID, "web_chat", "+13125550104", Map.of())),
                MessageSource.of(List.of())));
        return new DemoData(all);
    }

    /** Conversations newest first, as {@code GET /ai/conversations} returns them by default. */
    public List<Conversation> conversations() {
        return conversations.stream().map(DemoConversation::conversation).toList();
    }

    /** One line per conversation for the app's side list, newest first. */
    public List<DemoConversationSummary> summaries() {
        return conversations.stream().map(DemoConversation::summary).toList();
    }

    public Optional<Conversation> conversation(String id) {
        return Optional.ofNullable(byId.get(id)).map(DemoConversation::conversation);
    }

    /** How many messages a conversation holds; 0 for an unknown id. */
    public int messageCount(String id) {
        DemoConversation conversation = byId.get(id);
        return conversation == null ? 0 : conversation.messages().size();
    }

    /** Messages {@code from} (inclusive) to {@code to} (exclusive), oldest first; empty for an unknown id. */
    public List<Message> messages(String id, int from, int to) {
        DemoConversation conversation = byId.get(id);
        return conversation == null ? List.of() : conversation.messages().slice(from, to);
    }

    /** Every message of a conversation, oldest first; empty for an unknown id. */
    public List<Message> messages(String id) {
        return messages(id, 0, Integer.MAX_VALUE);
    }

    private static DemoConversation scripted(
            String id,
            String name,
            String channel,
            String created,
            String endUser,
            Function<Instant, List<Message>> script,
            Map<String, Object> custom) {
        Instant createdAt = Instant.parse(created);
        MessageSource messages = MessageSource.of(script.apply(createdAt));
        return conversation(id, name, channel, createdAt, endUser, messages, custom);
    }

    private static DemoConversation indexed(
            String id,
            String name,
            String channel,
            Instant firstMessage,
            String endUser,
            MessageSource messages,
            Map<String, Object> custom) {
        return conversation(id, name, channel, firstMessage.minusMillis(412), endUser, messages, custom);
    }

    private static DemoConversation conversation(
            String id,
            String name,
            String channel,
            Instant createdAt,
            String endUser,
            MessageSource messages,
            Map<String, Object> custom) {
        Instant lastMessageAt =
                messages.size() == 0 ? null : messages.get(messages.size() - 1).createdAt();
        Conversation conversation =
                new Conversation(id, name, createdAt, lastMessageAt, metadata(id, channel, endUser, custom));
        return new DemoConversation(conversation, messages);
    }

    private static Map<String, Object> metadata(String id, String channel, String endUser, Map<String, Object> custom) {
        Random random = new Random(id.hashCode());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(Conversation.ASSISTANT_ID, ASSISTANTS.get(channel));
        if (channel.equals("phone_call")) {
            metadata.put(Conversation.CALL_CONTROL_ID, DemoIds.callControlId(random));
        }
        metadata.put(Conversation.CHANNEL, channel);
        metadata.put(Conversation.AGENT_TARGET, AGENT_LINE);
        metadata.put(Conversation.END_USER_TARGET, endUser);
        custom.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> metadata.put(entry.getKey(), entry.getValue()));
        return metadata;
    }

    /** A conversation with its messages. */
    record DemoConversation(Conversation conversation, MessageSource messages) {

        DemoConversationSummary summary() {
            String title = conversation.name() != null && !conversation.name().isBlank()
                    ? conversation.name()
                    : "Unnamed " + conversation.channel().replace('_', ' ');
            return new DemoConversationSummary(
                    conversation.id(), title, conversation.channel(), messages.size(), conversation.lastMessageAt());
        }
    }
}
