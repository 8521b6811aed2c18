package com.transcriptviewer.transcript;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.ToolKind;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.bubble.AsyncJsonFormat;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.bubble.FormatState;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewModelTest {

    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    private final BubbleContext queued = new BubbleContext(
            new JsonFormatter(),
            background::add,
            fx::add,
            new TimeFormat(ZoneOffset.UTC, Clock.fixed(Instant.parse("2025-03-14T18:00:00Z"), ZoneOffset.UTC)));

    private static void drain(List<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.remove(0).run();
        }
    }

    @Test
    void cardDescribesTheCallWhileCollapsed() {
        ToolCallCardViewModel card = new ToolCallCardViewModel(
                call("call_1", "transfer", "{\n \"to\": \"+13125550100\",\n \"name\": \"Sales\"\n}"), queued);
        assertThat(card.functionName()).isEqualTo("transfer");
        assertThat(card.preview()).isEqualTo("{\"to\": \"+13125550100\", \"name\": \"Sales\"}");
        assertThat(card.callId()).isEqualTo("call_1");
        assertThat(card.toolKind()).isEqualTo(ToolKind.TRANSFER);
        assertThat(card.getState()).isEqualTo(FormatState.IDLE);
        assertThat(background).isEmpty();
    }

    @Test
    void firstExpandFormatsLargeArgumentsOffThreadAndPublishesOnTheFxExecutor() {
        String padding = "x".repeat(AsyncJsonFormat.INLINE_LIMIT_CHARS);
        ToolCallCardViewModel card =
                new ToolCallCardViewModel(call("c", "check", "{\"a\":[1,2],\"pad\":\"" + padding + "\"}"), queued);
        card.setExpanded(true);
        assertThat(card.getState()).isEqualTo(FormatState.FORMATTING);
        assertThat(background).hasSize(1);
        drain(background);
        assertThat(card.getState()).as("result waits for the FX executor").isEqualTo(FormatState.FORMATTING);
        drain(fx);
        assertThat(card.getState()).isEqualTo(FormatState.DONE);
        String expected = "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"pad\": \"" + padding + "\"\n}";
        assertThat(card.formattedProperty().get().text()).isEqualTo(expected);
        assertThat(card.copyText()).isEqualTo(expected);

        card.setExpanded(false);
        card.setExpanded(true);
        assertThat(background).as("formatted only once").isEmpty();
    }

    @Test
    void smallArgumentsAreFormattedAtOnceSoTheCardKnowsItsHeight() {
        ToolCallCardViewModel card = new ToolCallCardViewModel(call("c", "check", "{\"a\":[1,2]}"), queued);
        card.setExpanded(true);
        assertThat(background).isEmpty();
        assertThat(card.getState()).isEqualTo(FormatState.DONE);
        assertThat(card.formattedProperty().get().text()).isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ]\n}");
        assertThat(card.copyText()).isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ]\n}");
    }

    @Test
    void rawModeCopiesTheExactArguments() {
        String raw = "{\"n\":1.10}";
        ToolCallCardViewModel card = new ToolCallCardViewModel(call("c", "f", raw), Fixtures.directContext());
        card.setExpanded(true);
        card.rawProperty().set(true);
        assertThat(card.showingRawProperty().get()).isTrue();
        assertThat(card.copyText()).isEqualTo(raw);
        card.rawProperty().set(false);
        assertThat(card.copyText()).isEqualTo("{\n  \"n\": 1.10\n}");
    }

    @Test
    void invalidArgumentsReportTheErrorAndShowRaw() {
        String raw = "{\"to\": \"+1312\"";
        ToolCallCardViewModel card = new ToolCallCardViewModel(call("c", "transfer", raw), Fixtures.directContext());
        card.toggleExpanded();
        assertThat(card.getState()).isEqualTo(FormatState.INVALID);
        assertThat(card.showingRawProperty().get()).isTrue();
        assertThat(card.errorTextProperty().get())
                .isEqualTo("Not valid JSON: unexpected end of input at line 1, column 15 (offset 14)");
        assertThat(card.copyText()).isEqualTo(raw);
    }

    @Test
    void bubbleShowsRoleTimeAndOffset() {
        Message user = message(Role.USER, "<b>hello</b>", 135);
        MessageBubbleViewModel model = new MessageBubbleViewModel(user, Fixtures.START, null, Fixtures.directContext());
        assertThat(model.roleLabel()).isEqualTo("User");
        assertThat(model.roleStyleClass()).isEqualTo("user");
        assertThat(model.text()).isEqualTo("<b>hello</b>");
        assertThat(model.timeText()).isEqualTo("13:07:28");
        assertThat(model.offsetText()).isEqualTo("+02:15");
        assertThat(model.timeTooltip()).contains("Sent: 2025-03-14 13:07:28.000", "Created: 2025-03-14 13:07:27.650");
        assertThat(model.resultLabel()).isEmpty();
    }

    @Test
    void timeFallsBackToCreatedAt() {
        Message noSent =
                new Message(Role.ASSISTANT, "x", List.of(), Instant.parse("2025-03-14T13:05:20Z"), null, Map.of());
        MessageBubbleViewModel model =
                new MessageBubbleViewModel(noSent, Fixtures.START, null, Fixtures.directContext());
        assertThat(model.timeText()).isEqualTo("13:05:20");
        assertThat(model.offsetText()).isEqualTo("+00:07");
        assertThat(model.timeTooltip()).startsWith("Sent: not recorded");
    }

    @Test
    void unknownRoleKeepsItsRawName() {
        MessageBubbleViewModel model = new MessageBubbleViewModel(
                message(Role.of("system"), "x", 0), Fixtures.START, null, Fixtures.directContext());
        assertThat(model.roleLabel()).isEqualTo("system");
        assertThat(model.roleStyleClass()).isEqualTo("unknown");
    }

    @Test
    void toolResultNamesTheCallItAnswersAndFormatsJsonLazily() {
        ToolCall answered = call("call_7", "check_availability", "{}");
        MessageBubbleViewModel model =
                new MessageBubbleViewModel(message(Role.TOOL, " {\"ok\":true} ", 3), Fixtures.START, answered, queued);
        assertThat(model.resultLabel()).isEqualTo("Result of check_availability (call_7)");
        assertThat(model.hasJsonResult()).isTrue();
        assertThat(model.resultFormat().getState()).isEqualTo(FormatState.IDLE);
        model.resultFormat().start();
        drain(background);
        drain(fx);
        assertThat(model.resultFormat().getFormatted().text()).isEqualTo("{\n  \"ok\": true\n}");
    }

    @Test
    void plainToolResultsAndOrphansAreLabelled() {
        MessageBubbleViewModel model =
                new MessageBubbleViewModel(message(Role.TOOL, "Transferred.", 3), Fixtures.START, null, queued);
        assertThat(model.hasJsonResult()).isFalse();
        assertThat(model.resultLabel()).startsWith("Result of an unknown call");
    }

    @Test
    void bubbleMakesOneCardPerToolCall() {
        MessageBubbleViewModel model = new MessageBubbleViewModel(
                message(
                        Role.ASSISTANT,
                        null,
                        0,
                        call("a", "hangup", "{}"),
                        call("b", "send_dtmf", "{\"digits\":\"12#\"}")),
                Fixtures.START,
                null,
                queued);
        assertThat(model.hasText()).isFalse();
        assertThat(model.toolCards())
                .extracting(ToolCallCardViewModel::toolKind)
                .containsExactly(ToolKind.HANGUP, ToolKind.SEND_DTMF);
    }
}
