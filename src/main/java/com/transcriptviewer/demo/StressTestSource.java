package com.transcriptviewer.demo;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A very long conversation for load and scrolling tests, computed per message from a fixed ten-message turn:
 * user, assistant, user, a tool call and its result, assistant, user, two parallel tool calls and their two results.
 * Every turn gets its own seeded random, so message {@code i} is the same whenever and in whatever order it is asked
 * for.
 */
final class StressTestSource extends ComputedMessageSource {

    static final int TURN_LENGTH = 10;
    private static final long TURN_SPACING_MILLIS = 45_000L;
    /** Offset of each position inside a turn, in milliseconds. */
    private static final int[] OFFSETS = {0, 1_800, 7_500, 9_100, 9_600, 11_000, 17_400, 19_000, 19_700, 19_900};

    private static final String[] QUESTIONS = {
        "Can you check the status of ticket %d?",
        "What's the balance on account %d?",
        "Has shipment %d left the warehouse?",
        "Please look up invoice %d.",
    };
    private static final String[] ANSWERS = {
        "Let me look that up for you.", "One moment while I check.", "Sure, checking now.", "I'll pull that up.",
    };
    private static final String[] FOLLOW_UPS = {
        "Also, can you confirm my address and my last payment?",
        "And what are my open orders and my plan?",
        "Can you check both my devices and my contract?",
    };

    StressTestSource(Instant start, int size, long seed) {
        super(start, size, seed);
    }

    @Override
    Message compute(int index) {
        int turn = index / TURN_LENGTH;
        int position = index % TURN_LENGTH;
        Random random = randomFor(turn);
        int topic = random.nextInt(QUESTIONS.length);
        int reference = 100_000 + random.nextInt(900_000);
        String callA = DemoIds.toolCallId(random);
        String callB = DemoIds.toolCallId(random);
        String callC = DemoIds.toolCallId(random);

        Instant created = start().plusMillis(turn * TURN_SPACING_MILLIS + OFFSETS[position]);
        Random timing = new Random(seed() * 7_919L + index);
        Instant sent = timing.nextInt(10) < 3 ? created.plusMillis(200 + timing.nextInt(1_500)) : created;

        return switch (position) {
            case 0 ->
                message(
                        Role.USER,
                        "Turn " + (turn + 1) + ": " + String.format(QUESTIONS[topic], reference),
                        List.of(),
                        created,
                        sent);
            case 1 -> message(Role.ASSISTANT, ANSWERS[random.nextInt(ANSWERS.length)], List.of(), created, sent);
            case 2 -> message(Role.USER, "It's urgent, thanks.", List.of(), created, sent);
            case 3 ->
                message(
                        Role.ASSISTANT,
                        null,
                        List.of(new ToolCall(
                                callA,
                                "function",
                                "lookup_record",
                                "{\"kind\":\"" + kind(topic) + "\",\"reference\":" + reference + ",\"turn\":"
                                        + (turn + 1) + "}")),
                        created,
                        sent);
            case 4 ->
                message(
                        Role.TOOL,
                        "{\"reference\":" + reference + ",\"status\":\""
                                + (reference % 3 == 0 ? "closed" : "open") + "\",\"updated_at\":\""
                                + DemoTimes.format(created)
                                + "\"}",
                        List.of(),
                        created,
                        sent);
            case 5 ->
                message(
                        Role.ASSISTANT,
                        "Record " + reference + " is " + (reference % 3 == 0 ? "closed" : "still open")
                                + ". Anything else?",
                        List.of(),
                        created,
                        sent);
            case 6 -> message(Role.USER, FOLLOW_UPS[random.nextInt(FOLLOW_UPS.length)], List.of(), created, sent);
            case 7 ->
                message(
                        Role.ASSISTANT,
                        null,
                        List.of(
                                new ToolCall(
                                        callB,
                                        "function",
                                        "get_profile",
                                        "{\"field\":\"address\",\"turn\":" + (turn + 1) + "}"),
                                new ToolCall(
                                        callC, "function", "get_billing", "{\"last\":1,\"turn\":" + (turn + 1) + "}")),
                        created,
                        sent);
            case 8 ->
                message(
                        Role.TOOL,
                        "{\"address\":\"" + (100 + turn % 900) + " W Madison St, Chicago, IL\"}",
                        List.of(),
                        created,
                        sent);
            default ->
                message(
                        Role.TOOL,
                        "{\"last_payment\":{\"amount\":" + (20 + reference % 180) + ".00,\"currency\":\"USD\"}}",
                        List.of(),
                        created,
                        sent);
        };
    }

    private static String kind(int topic) {
        return switch (topic) {
            case 0 -> "ticket";
            case 1 -> "account";
            case 2 -> "shipment";
            default -> "invoice";
        };
    }

    private static Message message(Role role, String text, List<ToolCall> calls, Instant created, Instant sent) {
        return new Message(role, text, calls, created, sent, Map.of());
    }
}
