package com.transcriptviewer.testing;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Shared test data: messages of a short support call, and a synchronous context. */
public final class Fixtures {

    public static final Instant START = Instant.parse("2025-03-14T13:05:13Z");

    private Fixtures() {}

    /** Everything runs on the calling thread: formatting completes inside {@code start()}. */
    public static BubbleContext directContext() {
        return new BubbleContext(
                new JsonFormatter(),
                Runnable::run,
                Runnable::run,
                new TimeFormat(ZoneOffset.UTC, Clock.fixed(Instant.parse("2025-03-14T18:00:00Z"), ZoneOffset.UTC)));
    }

    public static Message message(Role role, String text, int secondsAfterStart, ToolCall... calls) {
        Instant at = START.plusSeconds(secondsAfterStart);
        return new Message(role, text, List.of(calls), at.minusMillis(350), at, Map.of());
    }

    public static ToolCall call(String id, String name, String arguments) {
        return new ToolCall(id, "function", name, arguments);
    }
}
