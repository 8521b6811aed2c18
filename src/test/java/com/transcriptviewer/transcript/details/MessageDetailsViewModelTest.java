package com.transcriptviewer.transcript.details;

import static com.transcriptviewer.testing.Fixtures.START;
import static com.transcriptviewer.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptAssembler;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.details.MessageDetailsViewModel.RawJsonState;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageDetailsViewModelTest {

    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    /** Times in Berlin (UTC+1 in March), so the test sees the zone applied, not just UTC echoed back. */
    private final BubbleContext context = new BubbleContext(
            new JsonFormatter(),
            background::add,
            fx::add,
            new TimeFormat(
                    ZoneId.of("Europe/Berlin"),
                    Clock.fixed(Instant.parse("2025-03-14T18:00:00Z"), ZoneId.of("Europe/Berlin"))));

    private final TranscriptAssembler assembler = new TranscriptAssembler(context);
    private final MessageDetailsViewModel details = new MessageDetailsViewModel(context);

    private static void drain(List<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.remove(0).run();
        }
    }

    private TranscriptRow.MessageRow add(Message message) {
        return assembler.add(message);
    }

    private static Message withJson(
            Role role,
            String text,
            List<ToolCall> calls,
            Instant created,
            Instant sent,
            Map<String, Object> metadata,
            String rawJson) {
        return new Message(role, text, calls, created, sent, metadata, rawJson == null ? null : RawJson.of(rawJson));
    }

    @Test
    void describesTimestampsInFullWithMillisecondsAndZoneAndTheOffset() {
        add(withJson(Role.USER, "Hi", List.of(), START, START, Map.of(), "{}"));
        TranscriptRow.MessageRow second = add(withJson(
                Role.ASSISTANT,
                "Hello",
                List.of(),
                START.plusSeconds(134).plusMillis(650),
                START.plusSeconds(135).plusMillis(7),
                Map.of(),
                "{}"));

        details.show(second);

        MessageDetails shown = details.getDetails();
        assertThat(shown.index()).isEqualTo(1);
        assertThat(shown.title()).isEqualTo("Message 2");
        assertThat(shown.roleLabel()).isEqualTo("Assistant");
        assertThat(shown.rawRoleText()).isEqualTo("\"assistant\"");
        assertThat(shown.sentAt()).isEqualTo("2025-03-14 14:07:28.007 CET");
        assertThat(shown.createdAt()).isEqualTo("2025-03-14 14:07:27.650 CET");
        assertThat(shown.offset()).isEqualTo("+02:15");
    }

    @Test
    void missingTimesReadNotRecordedAndUnknownRolesKeepTheirRawName() {
        TranscriptRow.MessageRow row =
                add(withJson(Role.of("supervisor"), "joined", List.of(), START, null, Map.of(), "{}"));
        TranscriptRow.MessageRow noTimes = add(withJson(Role.of(null), "x", List.of(), null, null, Map.of(), "{}"));

        details.show(row);
        assertThat(details.getDetails().sentAt()).isEqualTo(MessageDetails.NOT_RECORDED);
        assertThat(details.getDetails().createdAt()).isEqualTo("2025-03-14 14:05:13.000 CET");
        assertThat(details.getDetails().roleLabel()).isEqualTo("supervisor");
        assertThat(details.getDetails().rawRoleText()).isEqualTo("\"supervisor\"");

        details.show(noTimes);
        assertThat(details.getDetails().sentAt()).isEqualTo("not recorded");
        assertThat(details.getDetails().createdAt()).isEqualTo("not recorded");
        assertThat(details.getDetails().offset()).isEqualTo("not recorded");
        assertThat(details.getDetails().rawRoleText()).isEqualTo("(empty)");
    }

    @Test
    void metadataKeepsTheServersOrderAndShowsEveryKindOfValue() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("turn", 27);
        metadata.put("confidence", 0.93);
        metadata.put("interrupted", true);
        metadata.put("tags", List.of("qa", 3, false));
        metadata.put("note", "has \"quotes\"");
        metadata.put("missing", null);
        details.show(add(withJson(Role.ASSISTANT, "x", List.of(), START, START, metadata, "{}")));

        assertThat(details.getDetails().metadata())
                .containsExactly(
                        new MessageDetails.Entry("turn", "27"),
                        new MessageDetails.Entry("confidence", "0.93"),
                        new MessageDetails.Entry("interrupted", "true"),
                        new MessageDetails.Entry("tags", "[qa, 3, false]"),
                        new MessageDetails.Entry("note", "has \"quotes\""),
                        new MessageDetails.Entry("missing", "null"));
    }

    @Test
    void listsEachToolCallAndNamesTheCallAToolResultAnswers() {
        TranscriptRow.MessageRow calls = add(Fixtures.message(
                Role.ASSISTANT, null, 1, call("call_a", "lookup_order", "{}"), call("call_b", "transfer", "{}")));
        TranscriptRow.MessageRow firstResult = add(Fixtures.message(Role.TOOL, "{\"ok\":true}", 2));
        TranscriptRow.MessageRow secondResult = add(Fixtures.message(Role.TOOL, "done", 3));
        TranscriptRow.MessageRow unpaired = add(Fixtures.message(Role.TOOL, "late", 4));
        TranscriptRow.MessageRow user = add(Fixtures.message(Role.USER, "thanks", 5));

        details.show(calls);
        assertThat(details.getDetails().toolCalls())
                .containsExactly(
                        new MessageDetails.Call("call_a", "lookup_order"),
                        new MessageDetails.Call("call_b", "transfer"));
        assertThat(details.getDetails().toolResult()).isFalse();
        assertThat(details.getDetails().answers()).isNull();

        details.show(firstResult);
        assertThat(details.getDetails().toolResult()).isTrue();
        assertThat(details.getDetails().answers()).isEqualTo(new MessageDetails.Call("call_a", "lookup_order"));
        assertThat(details.getDetails().toolCalls()).isEmpty();
        details.show(secondResult);
        assertThat(details.getDetails().answers()).isEqualTo(new MessageDetails.Call("call_b", "transfer"));
        details.show(unpaired);
        assertThat(details.getDetails().toolResult()).isTrue();
        assertThat(details.getDetails().answers()).isNull();
        details.show(user);
        assertThat(details.getDetails().toolResult()).isFalse();
    }

    @Test
    void rawJsonIsPrettyPrintedWhileThePaneIsOpen() {
        String raw = "{\"role\":\"user\",\"text\":\"Hi\",\"sent_at\":\"2025-03-14T13:05:13Z\"}";
        TranscriptRow.MessageRow row = add(withJson(Role.USER, "Hi", List.of(), START, START, Map.of(), raw));
        details.show(row);
        assertThat(details.getRawJsonState()).as("closed: nothing formatted").isEqualTo(RawJsonState.NONE);

        details.toggleOpen();

        assertThat(details.isOpen()).isTrue();
        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.READY);
        assertThat(details.getRawJson().formatted().text())
                .isEqualTo("{\n  \"role\": \"user\",\n  \"text\": \"Hi\",\n  \"sent_at\": \"2025-03-14T13:05:13Z\"\n}");
        assertThat(details.getRawJson().shortenedStrings()).isZero();
        assertThat(details.rawJsonText()).as("copy takes the JSON as sent").isEqualTo(raw);
    }

    @Test
    void aMessageWithoutRawJsonSaysSo() {
        details.openProperty().set(true);
        details.show(add(new Message(Role.USER, "typed in code", List.of(), START, START, Map.of())));

        assertThat(details.getDetails().hasRawJson()).isFalse();
        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.ABSENT);
        assertThat(details.getRawJson()).isNull();
        assertThat(details.rawJsonText()).isNull();
    }

    @Test
    void largeRawJsonIsFormattedOffTheFxThreadAndAStaleResultIsDropped() {
        details.openProperty().set(true);
        String huge = "x".repeat(3 * MessageDetailsViewModel.INLINE_LIMIT_CHARS);
        String bigJson = "{\"role\":\"assistant\",\"text\":\"" + huge + "\"}";
        TranscriptRow.MessageRow big = add(withJson(Role.ASSISTANT, huge, List.of(), START, START, Map.of(), bigJson));
        TranscriptRow.MessageRow small =
                add(withJson(Role.USER, "ok", List.of(), START, START, Map.of(), "{\"text\":\"ok\"}"));

        details.show(big);
        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.FORMATTING);
        assertThat(background).hasSize(1);
        drain(background);
        assertThat(details.getRawJsonState())
                .as("result waits for the FX executor")
                .isEqualTo(RawJsonState.FORMATTING);
        drain(fx);
        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.READY);
        RawJsonPreview preview = details.getRawJson();
        assertThat(preview.shortenedStrings()).isEqualTo(1);
        assertThat(preview.formatted().text())
                .startsWith("{\n  \"role\": \"assistant\",\n  \"text\": \"xxx")
                .contains("… [" + String.format(java.util.Locale.ROOT, "%,d", huge.length() - RawJsonPreview.KEPT_CHARS)
                        + " more characters]\"")
                .hasSizeLessThan(RawJsonPreview.KEPT_CHARS + 200);
        assertThat(details.rawJsonText()).isEqualTo(bigJson);

        // Selected again, then another message before the work ran: the old result must not replace the new one.
        details.show(small);
        details.show(big);
        details.show(small);
        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.READY);
        assertThat(details.getRawJson().formatted().text()).isEqualTo("{\n  \"text\": \"ok\"\n}");
        drain(background);
        drain(fx);
        assertThat(details.getRawJson().formatted().text()).isEqualTo("{\n  \"text\": \"ok\"\n}");
    }

    /** Raw JSON that lives elsewhere (a transcript file): read when asked, by the background, or failing so. */
    private record ReadAgain(String json, String failure) implements RawJson {
        @Override
        public String text() throws IOException {
            if (failure != null) {
                throw new IOException(failure);
            }
            return json;
        }

        @Override
        public boolean inMemory() {
            return false;
        }

        @Override
        public long size() {
            return json.length();
        }
    }

    @Test
    void rawJsonThatMustBeReadAgainIsReadOffTheFxThreadHoweverSmall() {
        details.openProperty().set(true);
        String raw = "{\"role\":\"user\",\"text\":\"Grüße\"}";
        details.show(add(new Message(Role.USER, "Grüße", List.of(), START, START, Map.of(), new ReadAgain(raw, null))));

        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.FORMATTING);
        assertThat(details.rawJsonText()).as("nothing to copy yet").isNull();
        drain(background);
        drain(fx);

        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.READY);
        assertThat(details.getRawJson().formatted().text())
                .isEqualTo("{\n  \"role\": \"user\",\n  \"text\": \"Grüße\"\n}");
        assertThat(details.rawJsonText()).isEqualTo(raw);
    }

    @Test
    void rawJsonThatCannotBeReadAgainSaysWhy() {
        details.openProperty().set(true);
        RawJson gone = new ReadAgain("{}", "big.json has changed since it was opened; open it again to read it");
        details.show(add(new Message(Role.USER, "Hi", List.of(), START, START, Map.of(), gone)));
        drain(background);
        drain(fx);

        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.UNREADABLE);
        assertThat(details.rawJsonProblem())
                .isEqualTo("The message's JSON could not be read: big.json has changed since it was opened; open it"
                        + " again to read it.");
        assertThat(details.rawJsonText()).isNull();
        assertThat(details.getDetails().title())
                .as("the rest of the details still show")
                .isEqualTo("Message 1");
    }

    @Test
    void statusRowsAndNoSelectionShowTheEmptyState() {
        details.openProperty().set(true);
        details.show(add(withJson(Role.USER, "Hi", List.of(), START, START, Map.of(), "{}")));
        assertThat(details.getDetails()).isNotNull();

        details.show(new TranscriptRow.LoadingRow("Loading page 2…"));
        assertThat(details.getDetails()).isNull();
        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.NONE);
        details.show(null);
        assertThat(details.getDetails()).isNull();
    }

    @Test
    void closingAndReopeningKeepsShowingTheSelectedMessage() {
        TranscriptRow.MessageRow row = add(withJson(Role.USER, "Hi", List.of(), START, START, Map.of(), "[1]"));
        details.toggleOpen();
        details.show(row);
        details.toggleOpen();
        assertThat(details.isOpen()).isFalse();
        assertThat(details.getRawJsonState()).isEqualTo(RawJsonState.NONE);
        details.toggleOpen();
        assertThat(details.getDetails().index()).isZero();
        assertThat(details.getRawJson().formatted().text()).isEqualTo("[\n  1\n]");
    }
}
