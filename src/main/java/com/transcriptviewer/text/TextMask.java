package com.transcriptviewer.text;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.ToolCall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the app shows of a text that may hold personal data: the text itself, or the text with some characters hidden.
 * A mask never changes a text's length (one bullet stands for each hidden character), so offsets worked out on the
 * real text, such as find marks and JSON colour spans, fall on the same characters of the masked one. Privacy mode
 * implements it; everything that shows or writes text asks the current mask, which is {@link #NONE} while the mode is
 * off. Safe from any thread.
 */
public interface TextMask {

    /** Shows every text as it is. */
    TextMask NONE = new TextMask() {
        @Override
        public boolean isActive() {
            return false;
        }

        @Override
        public String apply(String text) {
            return text;
        }

        @Override
        public List<Item> items(String text) {
            return List.of();
        }

        @Override
        public TextMask revealing(String text, int index) {
            return this;
        }
    };

    /** One piece of personal data in a text: its range, and whether the reviewer has revealed it. */
    record Item(int start, int end, boolean revealed) {

        public boolean contains(int index) {
            return index >= start && index < end;
        }

        public boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    /** False for {@link #NONE}: nothing is hidden. */
    boolean isActive();

    /** {@code text} with its personal data hidden (those items revealed shown as they are); same length; null stays. */
    String apply(String text);

    /** The personal data found in {@code text}, in order, masked or revealed. */
    List<Item> items(String text);

    /** This mask with the item of {@code text} at {@code index} revealed; this mask itself when no item is there. */
    TextMask revealing(String text, int index);

    /**
     * True when showing {@code text} through this mask needs no search for personal data: nothing is hidden, or the
     * text was searched before (by this mask or one it was made from by revealing). Then {@link #apply(String)} only
     * copies it, cheap enough for the FX thread whatever its length.
     */
    default boolean knows(String text) {
        return !isActive() || text == null || text.isEmpty();
    }

    /** Searches {@code text} for personal data now, so that showing it later only looks the answer up. Blocking. */
    default void prepare(String text) {
        items(text);
    }

    /**
     * Searches {@code message}'s text and its calls' arguments now (see {@link #prepare(String)}): a background thread
     * does it before the FX thread shows the message. Nothing while inactive.
     */
    default void prepare(Message message) {
        if (!isActive() || message == null) {
            return;
        }
        prepare(message.text());
        for (ToolCall call : message.toolCalls()) {
            prepare(call.arguments());
        }
    }

    /** The item of {@code text} at char {@code index}, if personal data is there. */
    default Optional<Item> itemAt(String text, int index) {
        return items(text).stream().filter(item -> item.contains(index)).findFirst();
    }

    /** True when any of {@code text}'s chars from {@code from} to {@code to} (exclusive) are hidden. */
    default boolean hides(String text, int from, int to) {
        return items(text).stream().anyMatch(item -> !item.revealed() && item.overlaps(from, to));
    }

    /** The items of {@code text} still hidden, as marks (to style them). */
    default TextMarks hiddenMarks(String text) {
        return marks(text, false);
    }

    /** The items of {@code text} the reviewer revealed, as marks (to show that they are). */
    default TextMarks revealedMarks(String text) {
        return marks(text, true);
    }

    private TextMarks marks(String text, boolean revealed) {
        if (!isActive() || text == null) {
            return TextMarks.NONE;
        }
        List<TextMarks.Range> ranges = new ArrayList<>();
        for (Item item : items(text)) {
            if (item.revealed() == revealed) {
                ranges.add(new TextMarks.Range(item.start(), item.end()));
            }
        }
        return ranges.isEmpty() ? TextMarks.NONE : new TextMarks(ranges, -1);
    }

    /**
     * {@code message} as this mask shows it: its text, each tool call's arguments and its raw JSON masked (a raw JSON
     * read from a file is masked when it is read); metadata, times and ids stay. The message itself when inactive.
     */
    default Message apply(Message message) {
        if (!isActive() || message == null) {
            return message;
        }
        List<ToolCall> calls = new ArrayList<>(message.toolCalls().size());
        for (ToolCall call : message.toolCalls()) {
            calls.add(new ToolCall(call.id(), call.type(), call.functionName(), apply(call.arguments())));
        }
        RawJson raw = message.rawJson();
        RawJson maskedRaw = raw == null ? null : new MaskedRawJson(raw, this);
        return new Message(
                message.role(),
                apply(message.text()),
                calls,
                message.createdAt(),
                message.sentAt(),
                metadata(message.metadata()),
                maskedRaw);
    }

    /** Metadata with each text value masked, at any depth; numbers and booleans stay. */
    private Map<String, Object> metadata(Map<String, Object> metadata) {
        if (metadata.isEmpty()) {
            return metadata;
        }
        Map<String, Object> masked = new LinkedHashMap<>();
        metadata.forEach((key, value) -> masked.put(key, metadataValue(value)));
        return masked;
    }

    private Object metadataValue(Object value) {
        if (value instanceof String text) {
            return apply(text);
        }
        if (value instanceof List<?> list) {
            List<Object> masked = new ArrayList<>(list.size());
            list.forEach(item -> masked.add(metadataValue(item)));
            return masked;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> masked = new LinkedHashMap<>();
            map.forEach((key, item) -> masked.put(key, metadataValue(item)));
            return masked;
        }
        return value;
    }

    /** A message's raw JSON shown through a mask, masked each time it is read (it may be read from a file). */
    record MaskedRawJson(RawJson raw, TextMask mask) implements RawJson {

        @Override
        public String text() throws IOException {
            return mask.apply(raw.text());
        }

        @Override
        public boolean inMemory() {
            return raw.inMemory();
        }

        @Override
        public long size() {
            return raw.size();
        }
    }
}
