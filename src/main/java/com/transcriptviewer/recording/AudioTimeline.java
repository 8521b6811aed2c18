package com.transcriptviewer.recording;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where each message lies in a recording: its {@code sent_at} (when the caller heard or said it; {@code created_at}
 * when it has none) minus the recording's {@code recording_started_at}. Both are instants, so their time zones
 * cancel out. A message from before the recording started sits at 0 and says so. Immutable; built off the FX thread
 * and read on it.
 */
public final class AudioTimeline {

    /** What a mark stands for, which sets its colour and shape. */
    public enum Kind {
        CALLER,
        ASSISTANT,
        TOOL_CALL,
        TOOL_RESULT,
        OTHER
    }

    /**
     * One message on the timeline.
     *
     * @param messageIndex the message's index in the conversation
     * @param offsetMillis its place in the audio, never below 0
     * @param beforeStart the message came before the recording started (shown at 0)
     * @param fromCreatedAt the message has no {@code sent_at}: its {@code created_at} was used
     * @param label what hovering the mark says ("Caller: Hi, I was charged…", "Tool call: transfer")
     */
    public record Mark(
            int messageIndex, long offsetMillis, Kind kind, boolean beforeStart, boolean fromCreatedAt, String label) {}

    /** A message of the conversation with its index there. */
    public record Indexed(int index, Message message) {}

    private static final int LABEL_CHARS = 60;

    private final List<Mark> marks;
    private final long[] offsets;

    private AudioTimeline(List<Mark> marks) {
        this.marks = List.copyOf(marks);
        this.offsets = marks.stream().mapToLong(Mark::offsetMillis).toArray();
    }

    public static final AudioTimeline EMPTY = new AudioTimeline(List.of());

    /** The marks of {@code messages} for a recording that started at {@code startedAt} (none when that is null). */
    public static AudioTimeline of(Instant startedAt, List<Indexed> messages) {
        if (startedAt == null) {
            return EMPTY;
        }
        List<Mark> marks = new ArrayList<>(messages.size());
        for (Indexed indexed : messages) {
            Message message = indexed.message();
            Instant time = message.sentAt() != null ? message.sentAt() : message.createdAt();
            if (time == null) {
                continue;
            }
            long offset = time.toEpochMilli() - startedAt.toEpochMilli();
            marks.add(new Mark(
                    indexed.index(),
                    Math.max(0, offset),
                    kindOf(message),
                    offset < 0,
                    message.sentAt() == null,
                    label(message)));
        }
        // Stable: messages at the same instant keep the conversation's order.
        marks.sort(Comparator.comparingLong(Mark::offsetMillis));
        return new AudioTimeline(marks);
    }

    public List<Mark> marks() {
        return marks;
    }

    /** The place of message {@code messageIndex} in the audio, or -1 when it has none (no time at all). */
    public long offsetOf(int messageIndex) {
        for (Mark mark : marks) {
            if (mark.messageIndex() == messageIndex) {
                return mark.offsetMillis();
            }
        }
        return -1;
    }

    /**
     * The message playing at {@code positionMillis}: the last one that started at or before it; -1 before the first.
     */
    public int messageAt(long positionMillis) {
        int found = Arrays.binarySearch(offsets, positionMillis);
        int at;
        if (found >= 0) {
            // The last of several marks at the same offset.
            at = found;
            while (at + 1 < offsets.length && offsets[at + 1] == positionMillis) {
                at++;
            }
        } else {
            at = -found - 2;
        }
        return at < 0 ? -1 : marks.get(at).messageIndex();
    }

    /** The mark nearest to {@code positionMillis} within {@code toleranceMillis}, or null. */
    public Mark markNear(long positionMillis, long toleranceMillis) {
        Mark best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Mark mark : marks) {
            long distance = Math.abs(mark.offsetMillis() - positionMillis);
            if (distance <= toleranceMillis && distance < bestDistance) {
                best = mark;
                bestDistance = distance;
            }
        }
        return best;
    }

    static Kind kindOf(Message message) {
        Role.Kind role = message.role().kind();
        if (message.hasToolCalls()) {
            return Kind.TOOL_CALL;
        }
        return switch (role) {
            case USER -> Kind.CALLER;
            case ASSISTANT -> Kind.ASSISTANT;
            case TOOL -> Kind.TOOL_RESULT;
            case UNKNOWN -> Kind.OTHER;
        };
    }

    private static String label(Message message) {
        if (message.hasToolCalls()) {
            List<String> names = message.toolCalls().stream()
                    .map(call -> Objects.requireNonNullElse(call.functionName(), "?"))
                    .toList();
            return (names.size() == 1 ? "Tool call: " : "Tool calls: ") + String.join(", ", names);
        }
        String who = switch (message.role().kind()) {
            case USER -> "Caller";
            case ASSISTANT -> "Assistant";
            case TOOL -> "Tool result";
            case UNKNOWN -> message.role().rawName();
        };
        String text = message.text() == null ? "" : message.text().strip().replaceAll("\\s+", " ");
        if (text.length() > LABEL_CHARS) {
            text = text.substring(0, LABEL_CHARS - 1) + "…";
        }
        return text.isEmpty() ? who : who + ": " + text;
    }
}
