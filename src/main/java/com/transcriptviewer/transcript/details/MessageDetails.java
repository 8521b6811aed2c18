package com.transcriptviewer.transcript.details;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.ReviewTexts;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the details pane says about one message, as text ready to show: role, both timestamps in full, the offset from
 * the first message, metadata, the tool calls, and for a tool result the call it answers. Immutable.
 *
 * @param index      position of the message in the conversation (0-based)
 * @param answers    for a tool result, the call it was paired with; null for other messages and unpaired results
 * @param rawJson    the message as the server sent it (held, or read again from its file when shown), or null when
 *                   it was not read from JSON
 */
public record MessageDetails(
        int index,
        String roleLabel,
        String rawRole,
        String sentAt,
        String createdAt,
        String offset,
        List<Entry> metadata,
        List<Call> toolCalls,
        boolean toolResult,
        Call answers,
        RawJson rawJson) {

    /** Shown for a time or offset the data does not have. */
    public static final String NOT_RECORDED = "not recorded";

    /** One metadata key and its value as text. */
    public record Entry(String key, String value) {}

    /**
     * A tool call by its id and function name (either may be empty when the API left it out).
     *
     * @param identity how reviews tell the call apart when its id cannot ("This call has no id; it is identified by
     *                 message 4, call 2."), or "" when its id does
     */
    public record Call(String id, String functionName, String identity) {

        public Call(String id, String functionName) {
            this(id, functionName, "");
        }

        static Call of(ToolCall call) {
            return new Call(call.id(), call.functionName());
        }

        static Call of(ToolCallCardViewModel card, int messageIndex) {
            ToolCall call = card.toolCall();
            return new Call(call.id(), call.functionName(), ReviewTexts.identity(card.reviewItem("", messageIndex)));
        }
    }

    public MessageDetails {
        metadata = List.copyOf(metadata);
        toolCalls = List.copyOf(toolCalls);
    }

    /** The details of a transcript row's message, with times in {@code time}'s zone. */
    public static MessageDetails of(TranscriptRow.MessageRow row, TimeFormat time) {
        Objects.requireNonNull(row, "row");
        Message message = row.message();
        MessageBubbleViewModel bubble = row.bubble();
        String offset = bubble.offsetText();
        ToolCall answered = bubble.answeredCall();
        return new MessageDetails(
                row.index(),
                bubble.roleLabel(),
                message.role().rawName(),
                time.full(message.sentAt()),
                time.full(message.createdAt()),
                offset.isEmpty() ? NOT_RECORDED : offset,
                entries(message.metadata()),
                bubble.toolCards().stream()
                        .map(card -> Call.of(card, row.index()))
                        .toList(),
                bubble.isToolResult(),
                answered == null ? null : Call.of(answered),
                message.rawJson());
    }

    /** The role exactly as the API sent it, quoted so blanks show; "(empty)" when it sent none. */
    public String rawRoleText() {
        return rawRole.isEmpty() ? "(empty)" : "\"" + rawRole + "\"";
    }

    public boolean hasRawJson() {
        return rawJson != null;
    }

    /** "Message 13" (counted from 1, as a reader counts). */
    public String title() {
        return "Message " + SizeFormat.count(index + 1L);
    }

    private static List<Entry> entries(Map<String, Object> metadata) {
        List<Entry> entries = new ArrayList<>(metadata.size());
        metadata.forEach((key, value) -> entries.add(new Entry(key, valueText(value))));
        return entries;
    }

    /** Strings as they are; lists as "[a, b]"; null as "null", the way the JSON said it. */
    static String valueText(Object value) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(valueText(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return String.valueOf(value);
    }
}
