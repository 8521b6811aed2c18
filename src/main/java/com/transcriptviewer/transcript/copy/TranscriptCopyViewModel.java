package com.transcriptviewer.transcript.copy;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.markdown.MarkdownTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The transcript's copy commands: the selected messages as text or as Markdown, and the conversation id. Each command
 * hands its text to a sink the view supplies (the view owns the clipboard). A small selection is copied at once; a
 * large one (select all on a long call with megabyte arguments) is put together off the FX thread and handed over on
 * it. Call on the FX side.
 */
public final class TranscriptCopyViewModel {

    /** Selections whose messages hold at most this many characters are copied at once on the calling thread. */
    static final long INLINE_LIMIT_CHARS = 64 * 1024;

    private final Supplier<List<Message>> conversation;
    private final Supplier<String> conversationId;
    private final MarkdownTranscript markdown;
    private final Executor background;
    private final Executor fxThread;
    private final CurrentMask mask;

    /**
     * @param conversation   the loaded messages in order (read on the FX side)
     * @param conversationId the open conversation's id
     * @param zone           the zone Markdown shows times in
     */
    public TranscriptCopyViewModel(
            Supplier<List<Message>> conversation,
            Supplier<String> conversationId,
            ZoneId zone,
            Executor background,
            Executor fxThread) {
        this(conversation, conversationId, zone, background, fxThread, new CurrentMask());
    }

    /** @param mask privacy mode's mask: copies are masked as the transcript shows them */
    public TranscriptCopyViewModel(
            Supplier<List<Message>> conversation,
            Supplier<String> conversationId,
            ZoneId zone,
            Executor background,
            Executor fxThread,
            CurrentMask mask) {
        this.mask = Objects.requireNonNull(mask, "mask");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
        this.markdown = new MarkdownTranscript(Objects.requireNonNull(zone, "zone"));
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** The message rows among {@code rows} (a selection may include the loading or end row), in conversation order. */
    public static List<TranscriptRow.MessageRow> messageRows(List<? extends TranscriptRow> rows) {
        return rows.stream()
                .filter(TranscriptRow.MessageRow.class::isInstance)
                .map(TranscriptRow.MessageRow.class::cast)
                .sorted(Comparator.comparingInt(TranscriptRow.MessageRow::index))
                .toList();
    }

    /** Each selected message as {@link MessageClipboardText}, in conversation order, separated by a blank line. */
    public void copyText(List<? extends TranscriptRow> selection, Consumer<String> sink) {
        List<Message> messages = messageRows(selection).stream()
                .map(TranscriptRow.MessageRow::message)
                .toList();
        if (messages.isEmpty()) {
            return;
        }
        TextMask shown = mask.get();
        deliver(
                size(messages),
                () -> messages.stream()
                        .map(shown::apply)
                        .map(MessageClipboardText::of)
                        .collect(Collectors.joining("\n\n")),
                sink);
    }

    /** The selected messages as Markdown ({@link MarkdownTranscript#messages}), offsets from the first message. */
    public void copyMarkdown(List<? extends TranscriptRow> selection, Consumer<String> sink) {
        List<TranscriptRow.MessageRow> rows = messageRows(selection);
        if (rows.isEmpty()) {
            return;
        }
        List<Message> all = conversation.get();
        List<Integer> indexes =
                rows.stream().map(TranscriptRow.MessageRow::index).toList();
        long size = size(rows.stream().map(TranscriptRow.MessageRow::message).toList());
        TextMask shown = mask.get();
        deliver(
                size,
                () -> markdown.messages(
                        shown.isActive() ? all.stream().map(shown::apply).toList() : all, indexes),
                sink);
    }

    /** The open conversation's id; nothing when none is open. */
    public void copyConversationId(Consumer<String> sink) {
        String id = conversationId.get();
        if (id != null && !id.isEmpty()) {
            sink.accept(id);
        }
    }

    public boolean hasConversation() {
        String id = conversationId.get();
        return id != null && !id.isEmpty();
    }

    private void deliver(long size, Supplier<String> text, Consumer<String> sink) {
        if (size <= INLINE_LIMIT_CHARS) {
            sink.accept(text.get());
            return;
        }
        background.execute(() -> {
            String result = text.get();
            fxThread.execute(() -> sink.accept(result));
        });
    }

    private static long size(List<Message> messages) {
        long chars = 0;
        for (Message message : messages) {
            chars += message.text() == null ? 0 : message.text().length();
            for (ToolCall call : message.toolCalls()) {
                chars += call.arguments().length();
            }
        }
        return chars;
    }
}
