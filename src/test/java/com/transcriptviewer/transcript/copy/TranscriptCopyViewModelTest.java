package com.transcriptviewer.transcript.copy;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.markdown.MarkdownTranscript;
import com.transcriptviewer.transcript.TranscriptAssembler;
import com.transcriptviewer.transcript.TranscriptRow;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptCopyViewModelTest {

    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    private final List<TranscriptRow> rows = new ArrayList<>();
    private final TranscriptAssembler assembler = new TranscriptAssembler(Fixtures.directContext());
    private String conversationId = "conv-1";
    private final TranscriptCopyViewModel copy =
            new TranscriptCopyViewModel(this::messages, () -> conversationId, ZoneOffset.UTC, background::add, fx::add);
    private final List<String> clipboard = new ArrayList<>();

    private List<Message> messages() {
        return rows.stream()
                .filter(TranscriptRow.MessageRow.class::isInstance)
                .map(row -> ((TranscriptRow.MessageRow) row).message())
                .toList();
    }

    private TranscriptRow.MessageRow add(Message message) {
        TranscriptRow.MessageRow row = assembler.add(message);
        rows.add(row);
        return row;
    }

    @Test
    void copyTextJoinsTheSelectedMessagesInConversationOrderWithBlankLines() {
        TranscriptRow.MessageRow user = add(message(Role.USER, "Book me in", 0));
        add(message(Role.ASSISTANT, "Sure", 3));
        TranscriptRow.MessageRow calls = add(message(Role.ASSISTANT, null, 5, call("c1", "book", "{\"at\":9}")));

        // Selected bottom-up, with the end row caught in the selection.
        copy.copyText(List.of(calls, new TranscriptRow.EndRow("End"), user), clipboard::add);

        assertThat(clipboard)
                .containsExactly(
                        MessageClipboardText.of(user.message()) + "\n\n" + MessageClipboardText.of(calls.message()));
        assertThat(clipboard.get(0)).contains("book (c1): {\"at\":9}");
    }

    @Test
    void inPrivacyModeBothCopiesAreMaskedAsTheTranscriptShowsThem() {
        CurrentMask mask = new CurrentMask();
        TranscriptCopyViewModel masked = new TranscriptCopyViewModel(
                this::messages, () -> conversationId, ZoneOffset.UTC, background::add, fx::add, mask);
        TranscriptRow.MessageRow user = add(message(Role.USER, "Call me on (312) 555-0142", 0));
        TranscriptRow.MessageRow calls = add(message(Role.ASSISTANT, null, 5, call("c1", "pay", "{\"cvv\":\"737\"}")));
        mask.set(PrivacyMasks.forConversation(null));

        masked.copyText(List.of(user, calls), clipboard::add);
        masked.copyMarkdown(List.of(user, calls), clipboard::add);

        assertThat(clipboard).hasSize(2);
        assertThat(clipboard)
                .allSatisfy(text -> assertThat(text).contains("(312) •••-••42").doesNotContain("555-0142", "737"));
        assertThat(clipboard.get(0)).contains("pay (c1): {\"cvv\":\"•••\"}");

        mask.set(TextMask.NONE);
        masked.copyText(List.of(user), clipboard::add);
        assertThat(clipboard.get(2)).contains("(312) 555-0142");
    }

    @Test
    void copyMarkdownIsTheMarkdownOfTheSelectedIndexes() {
        add(message(Role.USER, "Book me in", 0));
        TranscriptRow.MessageRow call = add(message(Role.ASSISTANT, null, 5, call("c1", "book", "{\"at\":9}")));
        TranscriptRow.MessageRow result = add(message(Role.TOOL, "{\"ok\":true}", 6));

        copy.copyMarkdown(List.of(result, call), clipboard::add);

        String expected = new MarkdownTranscript(ZoneOffset.UTC).messages(messages(), List.of(1, 2));
        assertThat(clipboard).containsExactly(expected);
        assertThat(expected).contains("**Tool call** `book`", "*Result of* `book` (`c1`)", "+00:05");
    }

    @Test
    void nothingSelectedCopiesNothing() {
        add(message(Role.USER, "hi", 0));
        copy.copyText(List.of(), clipboard::add);
        copy.copyMarkdown(List.of(new TranscriptRow.LoadingRow("Loading…")), clipboard::add);
        assertThat(clipboard).isEmpty();
    }

    @Test
    void aLargeSelectionIsPutTogetherOffTheFxThread() {
        String big = "{\"blob\":\"" + "x".repeat((int) TranscriptCopyViewModel.INLINE_LIMIT_CHARS) + "\"}";
        TranscriptRow.MessageRow row = add(message(Role.ASSISTANT, null, 1, call("c", "upload", big)));

        copy.copyMarkdown(List.of(row), clipboard::add);
        assertThat(clipboard).isEmpty();
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(clipboard).as("handed over on the FX executor").isEmpty();
        fx.remove(0).run();
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0)).contains("\"blob\": \"xxx");
    }

    @Test
    void copiesTheConversationIdOnlyWhenOneIsOpen() {
        copy.copyConversationId(clipboard::add);
        conversationId = "";
        copy.copyConversationId(clipboard::add);
        assertThat(clipboard).containsExactly("conv-1");
        assertThat(copy.hasConversation()).isFalse();
    }
}
