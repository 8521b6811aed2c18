package com.transcriptviewer.demo;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a scripted conversation message by message, moving a clock forward between turns the way a real exchange
 * does (callers take a few seconds to answer, tools answer within a second). {@code sent_at} trails
 * {@code created_at} by a few hundred milliseconds to a few seconds on some messages, as it does in real data.
 */
final class TranscriptBuilder {

    private final Random random;
    private final List<Message> messages = new ArrayList<>();
    private Instant clock;

    TranscriptBuilder(Instant start, long seed) {
        this.clock = start;
        this.random = new Random(seed);
    }

    TranscriptBuilder user(String text) {
        return add(Role.USER, text, List.of(), Map.of(), 2_500, 9_000);
    }

    TranscriptBuilder assistant(String text) {
        return add(Role.ASSISTANT, text, List.of(), Map.of(), 700, 2_500);
    }

    TranscriptBuilder assistantWithMetadata(String text, Map<String, Object> metadata) {
        return add(Role.ASSISTANT, text, List.of(), metadata, 700, 2_500);
    }

    /**
     * An assistant message that only calls tools (its text is null, as the API sends it). The calls get their ids
     * here, in order, before the clock moves on.
     */
    TranscriptBuilder calls(Call... calls) {
        List<ToolCall> toolCalls = new ArrayList<>(calls.length);
        for (Call call : calls) {
            toolCalls.add(new ToolCall(DemoIds.toolCallId(random), "function", call.function(), call.arguments()));
        }
        return add(Role.ASSISTANT, null, toolCalls, Map.of(), 600, 1_800);
    }

    /** A tool's result, carried in {@code text}. */
    TranscriptBuilder tool(String result) {
        return add(Role.TOOL, result, List.of(), Map.of(), 150, 900);
    }

    TranscriptBuilder other(String role, String text) {
        return add(Role.of(role), text, List.of(), Map.of(), 300, 1_500);
    }

    /** A message with no {@code sent_at}, as older conversations have. */
    TranscriptBuilder withoutSentAt(Role role, String text) {
        advance(800, 2_000);
        messages.add(new Message(role, text, List.of(), clock, null, Map.of()));
        return this;
    }

    /** A function call for {@link #calls}, which gives it its id. */
    static Call call(String function, String arguments) {
        return new Call(function, arguments);
    }

    List<Message> build() {
        return List.copyOf(messages);
    }

    private TranscriptBuilder add(
            Role role,
            String text,
            List<ToolCall> calls,
            Map<String, Object> metadata,
            int minStepMillis,
            int maxStepMillis) {
        advance(minStepMillis, maxStepMillis);
        // Spoken or texted messages reach the user a little after they are created; tool calls and results are
        // internal, so theirs match. The next message starts after this one was sent, so display order stays true.
        boolean delivered = calls.isEmpty() && role.kind() != Role.Kind.TOOL;
        Instant sentAt = delivered && random.nextInt(10) < 4 ? clock.plusMillis(200 + random.nextInt(1_800)) : clock;
        messages.add(new Message(role, text, calls, clock, sentAt, metadata));
        clock = sentAt;
        return this;
    }

    private void advance(int minStepMillis, int maxStepMillis) {
        clock = clock.plusMillis(minStepMillis + random.nextInt(maxStepMillis - minStepMillis + 1));
    }

    /** A function call to a tool, still without the id the builder gives it. */
    record Call(String function, String arguments) {}
}
