package com.transcriptviewer.demo;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.time.Duration;
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

    /**
     * A table booking by phone whose tool calls break Bistro Verde's tool definitions, one way per call: wrong type,
     * enum, missing required, pattern, nested required and type, additionalProperties, array item, maximum; then a
     * transfer to an undeclared number, an unknown function and arguments that are not JSON. The others check ok.
     */
    public static final String TOOL_ERRORS_ID = "8e2d4b6f-1a3c-4e57-9b0d-2f6a8c1e3d95";
    /**
     * A web chat made with the shop assistant's older version {@link #SHOP_OLD_VERSION_ID}, whose order lookup took
     * {@code order_number}: its call checks ok against that version, but not against the current assistant.
     */
    public static final String OLD_VERSION_ID = "2c7f9a1e-5b3d-4c68-8e0a-4d1b7f3c9e26";
    /**
     * An SMS whose {@code assistant_version_id} ({@link #MISSING_VERSION_ID}) answers 404: checking falls back to
     * the current assistant, against which its call is ok.
     */
    public static final String VERSION_MISSING_ID = "6a1d3f8b-9e25-4b70-a3c6-1e8f5d2b7c40";
    /** A web chat whose assistant ({@link #GONE_ASSISTANT_ID}) was deleted: the assistant and its version are 404. */
    public static final String ASSISTANT_GONE_ID = "d4e6a2c8-3b1f-4a95-8d07-5c9e1b3f6a82";

    /** The order question on the shop assistant's "Spring launch" version: compare with {@link #ORDER_NEW_VERSION_ID}. */
    public static final String ORDER_OLD_VERSION_ID = "a1c4e7f2-3b5d-4f68-9a0c-2e4f6a8c0b13";
    /** The same order question on the current version: a renamed argument, a skipped call and an added one. */
    public static final String ORDER_NEW_VERSION_ID = "b2d5f8a3-4c6e-4a79-8b1d-3f5a7b9d1c24";
    /** A disputed bill on Northwind's "Billing v2", which hangs up: compare with {@link #BILL_NEW_VERSION_ID}. */
    public static final String BILL_OLD_VERSION_ID = "c3e6a9b4-5d7f-4b8a-9c2e-4a6b8c0e2d35";
    /** The same disputed bill on "Billing v3", which looks the bill up and adds a transfer to billing. */
    public static final String BILL_NEW_VERSION_ID = "d4f7b0c5-6e8a-4c9b-8d3f-5b7c9d1f3e46";

    /** The conversation whose insight run is still pending, with no results yet. */
    public static final String INSIGHTS_PENDING_ID = QA_EDGE_CASES_ID;
    /** The conversation whose only insight run failed. */
    public static final String INSIGHTS_FAILED_ID = STRESS_TEST_ID;
    /** The conversation with no insight runs at all. */
    public static final String NO_INSIGHTS_ID = EMPTY_CONVERSATION_ID;

    /** Bistro Verde's reservations assistant, whose definitions {@link #TOOL_ERRORS_ID}'s calls break. */
    public static final String BISTRO_ASSISTANT_ID = "assistant-e8f1b4c7-6d2a-4935-8b0e-7c3a9f5d1e62";
    /** The web shop's assistant (order status, store hours, password reset). */
    public static final String SHOP_ASSISTANT_ID = "assistant-8d41c7a2-5e93-4f06-b1c8-3e7d9a2f6b54";
    /** The shop assistant's current version: {@code get_order_status} takes {@code order_id}. */
    public static final String SHOP_VERSION_ID = "20250408T141752066000";
    /** The shop assistant's older version: {@code get_order_status} took {@code order_number}. */
    public static final String SHOP_OLD_VERSION_ID = "20250301T093044802000";
    /** The parcel-delivery SMS assistant. */
    public static final String PARCELNET_ASSISTANT_ID = "assistant-c5e27b9f-0a4d-4d81-9f3e-6b1a8c4d7e20";
    /** The delivery assistant's current version. */
    public static final String PARCELNET_VERSION_ID = "20250320T101122334000";
    /** A version of the delivery assistant that is no longer on record (404). */
    public static final String MISSING_VERSION_ID = "20250314T120940777000";
    /** An assistant that has been deleted (404), still named by {@link #ASSISTANT_GONE_ID}. */
    public static final String GONE_ASSISTANT_ID = "assistant-0d9c7b6a-5e4f-4321-9a8b-7c6d5e4f3a21";

    /** The "Customer support" insight group: Summary, Sentiment, Resolution. */
    public static final String SUPPORT_INSIGHT_GROUP_ID = "5c1e8b7a-3f2d-4a96-b8e0-6d4a2c9f1e73";
    /** The "Summary" insight template (default, free text). */
    public static final String SUMMARY_INSIGHT_ID = "0f7c2b9e-4a13-4d58-8e6a-2b9d1c7f3a40";
    /** The "Sentiment" insight template (default; JSON: sentiment positive|neutral|negative, score). */
    public static final String SENTIMENT_INSIGHT_ID = "6b2e9d41-8c7a-4f13-a5d0-3e8f1b6c9a27";
    /** The "Resolution" insight template (custom; JSON: resolved, reason). */
    public static final String RESOLUTION_INSIGHT_ID = "a3d85f1c-2e69-4b07-9c4a-7f1e0d2b8c56";
    /**
     * The "Escalation risk" insight template, in no group: results of it (in {@link #BILLING_TRANSFER_ID} and
     * {@link #PASSWORD_RESET_ID}) are named only through the template list. Its schema is served as JSON text.
     */
    public static final String ESCALATION_INSIGHT_ID = "d2b6e8a3-7f41-4c95-b3e0-9a1c5d8f2e67";

    static final int SMS_CHAT_MESSAGES = 1_200;
    static final int STRESS_TEST_MESSAGES = 10_000;

    private static final String AGENT_LINE = "+13125550100";
    private static final String ASSISTANT_VERSION_ID = "assistant_version_id";

    /** Newest first, the list endpoint's default order. */
    private final List<DemoConversation> conversations;

    private final Map<String, DemoConversation> byId;
    private final DemoAssistants assistants = DemoAssistants.catalogue();
    private final DemoInsights insights;

    private DemoData(List<DemoConversation> conversations) {
        List<DemoConversation> sorted = new ArrayList<>(conversations);
        sorted.sort(
                Comparator.comparing((DemoConversation c) -> c.conversation().createdAt())
                        .reversed());
        this.conversations = List.copyOf(sorted);
        Map<String, DemoConversation> index = new LinkedHashMap<>();
        sorted.forEach(c -> index.put(c.conversation().id(), c));
        this.byId = index;
        this.insights = DemoInsights.catalogue(this::endOf);
    }

    /** Builds the demo conversations; every call returns equal data. */
    public static DemoData generate() {
        return new DemoData(demoConversations());
    }

    /**
     * The demo conversations and {@code extra} more made from the scripted ones, each with its own id, a number in
     * its name and the times moved (one every 37 minutes from 2024-01-01, before every demo one), for syncing and
     * searching many conversations. Every call with the same {@code extra} returns equal data.
     */
    public static DemoData generate(int extra) {
        List<DemoConversation> all = demoConversations();
        List<Function<Instant, List<Message>>> scripts = List.of(
                ScriptedTranscripts::billingTransfer,
                ScriptedTranscripts::appointmentBooking,
                ScriptedTranscripts::parallelToolCalls,
                ScriptedTranscripts::passwordReset,
                ScriptedTranscripts::roadsideAssistance);
        List<AssistantUse> assistants = List.of(
                new AssistantUse(PhoneAssistants.NORTHWIND_BILLING, PhoneAssistants.NORTHWIND_VERSION),
                new AssistantUse(PhoneAssistants.LAKESIDE_DESK, PhoneAssistants.LAKESIDE_DESK_VERSION),
                new AssistantUse(SHOP_ASSISTANT_ID, SHOP_VERSION_ID),
                new AssistantUse(SHOP_ASSISTANT_ID, SHOP_OLD_VERSION_ID),
                new AssistantUse(PhoneAssistants.ROADSIDE, PhoneAssistants.ROADSIDE_VERSION));
        List<String> names = List.of(
                "Billing question", "Book a cleaning", "Order and store hours", "Password reset", "Roadside help");
        List<String> channels = List.of("phone_call", "phone_call", "web_chat", "web_chat", "phone_call");
        Instant first = Instant.parse("2024-01-01T08:00:00.000Z");
        for (int i = 0; i < extra; i++) {
            int kind = i % scripts.size();
            String id = java.util
                    .UUID
                    .nameUUIDFromBytes(("generated-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
            Instant created = first.plus(Duration.ofMinutes(37L * i));
            all.add(conversation(
                    id,
                    names.get(kind) + " #" + (i + 1),
                    channels.get(kind),
                    created,
                    String.format("+1312555%04d", i % 10_000),
                    MessageSource.of(scripts.get(kind).apply(created)),
                    assistants.get(kind),
                    Map.of("generated", i + 1)));
        }
        return new DemoData(all);
    }

    private static List<DemoConversation> demoConversations() {
        List<DemoConversation> all = new ArrayList<>();
        all.add(scripted(
                BILLING_TRANSFER_ID,
                "Billing question - transfer to billing",
                "phone_call",
                "2025-04-15T13:07:21.512Z",
                "+13125550142",
                ScriptedTranscripts::billingTransfer,
                new AssistantUse(PhoneAssistants.NORTHWIND_BILLING, PhoneAssistants.NORTHWIND_VERSION),
                Map.of("account_last4", "4471", "department", "billing")));
        all.add(scripted(
                APPOINTMENT_BOOKING_ID,
                "Lakeside Dental - book a cleaning",
                "phone_call",
                "2025-04-17T15:42:09.208Z",
                "+13125550187",
                ScriptedTranscripts::appointmentBooking,
                new AssistantUse(PhoneAssistants.LAKESIDE_DESK, PhoneAssistants.LAKESIDE_DESK_VERSION),
                Map.of("clinic", "Lakeside Dental", "language", "en-US")));
        all.add(scripted(
                PARALLEL_TOOLS_ID,
                "Order A-10293 and store hours",
                "web_chat",
                "2025-05-02T09:15:44.037Z",
                "+13125550161",
                ScriptedTranscripts::parallelToolCalls,
                new AssistantUse(SHOP_ASSISTANT_ID, SHOP_VERSION_ID),
                Map.of("order_id", "A-10293", "customer_tier", "gold")));
        all.add(scripted(
                PASSWORD_RESET_ID,
                "Password reset help",
                "web_chat",
                "2025-03-11T18:03:52.690Z",
                "+13125550119",
                ScriptedTranscripts::passwordReset,
                new AssistantUse(SHOP_ASSISTANT_ID, SHOP_OLD_VERSION_ID),
                Map.of("customer_tier", "standard")));
        all.add(scripted(
                APPOINTMENT_REMINDER_ID,
                "Appointment reminder - Sam",
                "sms",
                "2025-02-26T16:30:00.125Z",
                "+13125550176",
                ScriptedTranscripts::appointmentReminder,
                new AssistantUse(
                        MessagingAssistants.LAKESIDE_REMINDERS, MessagingAssistants.LAKESIDE_REMINDERS_VERSION),
                Map.of("clinic", "Lakeside Dental", "campaign", "reminders")));
        all.add(scripted(
                ROADSIDE_HANDOFF_ID,
                "Roadside assistance - flat tire on I-90",
                "phone_call",
                "2025-06-03T21:47:13.874Z",
                "+13125550133",
                ScriptedTranscripts::roadsideAssistance,
                new AssistantUse(PhoneAssistants.ROADSIDE, PhoneAssistants.ROADSIDE_VERSION),
                Map.of("priority", 1, "vip", true)));
        all.add(scripted(
                QA_EDGE_CASES_ID,
                "QA edge cases",
                "web_chat",
                "2025-06-10T11:00:00.001Z",
                "+13125550199",
                EdgeCaseTranscript::build,
                new AssistantUse(MessagingAssistants.QA_SANDBOX, MessagingAssistants.QA_SANDBOX_VERSION),
                Map.of("tags", List.of("qa", "edge-cases"), "build", 4711)));

        Instant smsStart = Instant.parse("2025-01-06T14:20:31.118Z");
        all.add(indexed(
                SMS_CHAT_ID,
                "Delivery rescheduling over SMS",
                "sms_chat",
                smsStart,
                "+13125550158",
                new SmsChatSource(smsStart, SMS_CHAT_MESSAGES, 1_200),
                new AssistantUse(PARCELNET_ASSISTANT_ID, MessagingAssistants.PARCELNET_OLD_VERSION),
                Map.of("carrier", "Parcelnet")));
        Instant stressStart = Instant.parse("2025-05-20T08:00:05.406Z");
        all.add(indexed(
                STRESS_TEST_ID,
                "Account review - 10,000 messages",
                "phone_call",
                stressStart,
                "+13125550111",
                new StressTestSource(stressStart, STRESS_TEST_MESSAGES, 10_000),
                new AssistantUse(PhoneAssistants.ACCOUNTS, null),
                Map.of("load_test", true)));

        Instant emptyCreated = Instant.parse("2025-06-12T07:58:40.300Z");
        all.add(new DemoConversation(
                new Conversation(
                        EMPTY_CONVERSATION_ID,
                        null,
                        emptyCreated,
                        null,
                        metadata(
                                EMPTY_CONVERSATION_ID,
                                "web_chat",
                                "+13125550104",
                                new AssistantUse(SHOP_ASSISTANT_ID, null),
                                Map.of())),
                MessageSource.of(List.of())));
        addAssistantCases(all);
        addComparePairs(all);
        return all;
    }

    /**
     * The conversations added to show checking tool calls against their assistant: the broken calls, an older
     * version, a version no longer on record, and an assistant since deleted.
     */
    private static void addAssistantCases(List<DemoConversation> all) {
        all.add(scripted(
                TOOL_ERRORS_ID,
                "Bistro Verde - table booking, tool calls that break their definitions",
                "phone_call",
                "2025-05-23T19:05:17.640Z",
                "+13125550148",
                ToolErrorsTranscript::build,
                new AssistantUse(BISTRO_ASSISTANT_ID, PhoneAssistants.BISTRO_VERSION),
                Map.of("restaurant", "Bistro Verde", "qa_case", "tool-call-schema")));
        all.add(scripted(
                OLD_VERSION_ID,
                "Order A-09817 - made with an older assistant version",
                "web_chat",
                "2025-03-19T10:12:33.451Z",
                "+13125550166",
                AssistantCaseTranscripts::olderVersion,
                new AssistantUse(SHOP_ASSISTANT_ID, SHOP_OLD_VERSION_ID),
                Map.of("order_id", "A-09817", "customer_tier", "standard")));
        all.add(scripted(
                VERSION_MISSING_ID,
                "Parcel redelivery - assistant version no longer on record",
                "sms",
                "2025-03-27T08:41:05.902Z",
                "+13125550172",
                AssistantCaseTranscripts::missingVersion,
                new AssistantUse(PARCELNET_ASSISTANT_ID, MISSING_VERSION_ID),
                Map.of("carrier", "Parcelnet")));
        all.add(scripted(
                ASSISTANT_GONE_ID,
                "Gift card balance - assistant since deleted",
                "web_chat",
                "2025-04-02T19:26:48.317Z",
                "+13125550181",
                AssistantCaseTranscripts::assistantGone,
                new AssistantUse(GONE_ASSISTANT_ID, "20250220T111505000000"),
                Map.of("customer_tier", "standard")));
    }

    /** Pairs worth comparing: the same scenario handled by two versions of one assistant. */
    private static void addComparePairs(List<DemoConversation> all) {
        all.add(scripted(
                ORDER_OLD_VERSION_ID,
                "Order A-11520 - Spring launch version",
                "web_chat",
                "2025-03-21T10:02:14.205Z",
                "+13125550153",
                CompareTranscripts::orderOnSpringLaunch,
                new AssistantUse(SHOP_ASSISTANT_ID, SHOP_OLD_VERSION_ID),
                Map.of("order_id", "A-11520", "compare_pair", "order-a-11520")));
        all.add(scripted(
                ORDER_NEW_VERSION_ID,
                "Order A-11520 - Order lookup by id version",
                "web_chat",
                "2025-04-11T10:04:51.730Z",
                "+13125550153",
                CompareTranscripts::orderOnLookupById,
                new AssistantUse(SHOP_ASSISTANT_ID, SHOP_VERSION_ID),
                Map.of("order_id", "A-11520", "compare_pair", "order-a-11520")));
        all.add(scripted(
                BILL_OLD_VERSION_ID,
                "April bill dispute - Billing v2",
                "phone_call",
                "2025-03-03T16:11:38.402Z",
                "+13125550127",
                CompareTranscripts::billOnV2,
                new AssistantUse(PhoneAssistants.NORTHWIND_BILLING, PhoneAssistants.NORTHWIND_V2),
                Map.of("account_last4", "5820", "compare_pair", "april-bill")));
        all.add(scripted(
                BILL_NEW_VERSION_ID,
                "April bill dispute - Billing v3",
                "phone_call",
                "2025-04-14T16:09:02.918Z",
                "+13125550127",
                CompareTranscripts::billOnV3,
                new AssistantUse(PhoneAssistants.NORTHWIND_BILLING, PhoneAssistants.NORTHWIND_VERSION),
                Map.of("account_last4", "5820", "compare_pair", "april-bill")));
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

    /** The assistants: every one of them, and every version of each, as the assistant endpoints serve them. */
    DemoAssistants assistants() {
        return assistants;
    }

    /** The insight templates and groups, and each conversation's insight runs. */
    DemoInsights insights() {
        return insights;
    }

    /** When a conversation ended: its last message, or its creation when it has none. */
    private Instant endOf(String id) {
        Conversation conversation = byId.get(id).conversation();
        return conversation.lastMessageAt() != null ? conversation.lastMessageAt() : conversation.createdAt();
    }

    private static DemoConversation scripted(
            String id,
            String name,
            String channel,
            String created,
            String endUser,
            Function<Instant, List<Message>> script,
            AssistantUse assistant,
            Map<String, Object> custom) {
        Instant createdAt = Instant.parse(created);
        MessageSource messages = MessageSource.of(script.apply(createdAt));
        return conversation(id, name, channel, createdAt, endUser, messages, assistant, custom);
    }

    private static DemoConversation indexed(
            String id,
            String name,
            String channel,
            Instant firstMessage,
            String endUser,
            MessageSource messages,
            AssistantUse assistant,
            Map<String, Object> custom) {
        return conversation(id, name, channel, firstMessage.minusMillis(412), endUser, messages, assistant, custom);
    }

    private static DemoConversation conversation(
            String id,
            String name,
            String channel,
            Instant createdAt,
            String endUser,
            MessageSource messages,
            AssistantUse assistant,
            Map<String, Object> custom) {
        Instant lastMessageAt =
                messages.size() == 0 ? null : messages.get(messages.size() - 1).createdAt();
        Conversation conversation =
                new Conversation(id, name, createdAt, lastMessageAt, metadata(id, channel, endUser, assistant, custom));
        return new DemoConversation(conversation, messages);
    }

    private static Map<String, Object> metadata(
            String id, String channel, String endUser, AssistantUse assistant, Map<String, Object> custom) {
        Random random = new Random(id.hashCode());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(Conversation.ASSISTANT_ID, assistant.assistantId());
        if (assistant.versionId() != null) {
            metadata.put(ASSISTANT_VERSION_ID, assistant.versionId());
        }
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

    /** The assistant a conversation was made with, and the version when the conversation names one. */
    private record AssistantUse(String assistantId, String versionId) {}

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
