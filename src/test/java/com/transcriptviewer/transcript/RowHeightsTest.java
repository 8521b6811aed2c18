package com.transcriptviewer.transcript;

import static com.transcriptviewer.testing.Fixtures.call;
import static com.transcriptviewer.testing.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.privacy.PersonalDataMasker;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.bubble.AsyncJsonFormat;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class RowHeightsTest {

    private final RowHeights heights = new RowHeights();

    @Test
    void aHeightHoldsForTheSameWidthAndSilenceMarker() {
        MessageBubbleViewModel row = model(message(Role.USER, "Hello there", 0));
        heights.remember(row, 800, "", 64);

        assertThat(heights.find(row, 800, "")).hasValue(64);
        assertThat(heights.find(row, 640, ""))
                .as("another width wraps otherwise")
                .isEmpty();
        assertThat(heights.find(row, 800, "12 s of silence"))
                .as("a marker above it")
                .isEmpty();
        assertThat(heights.find(model(message(Role.USER, "Hello there", 0)), 800, ""))
                .as("another row")
                .isEmpty();
    }

    @Test
    void aRowLaidOutAtAnotherHeightForgetsEveryHeightKept() {
        MessageBubbleViewModel first = model(message(Role.ASSISTANT, null, 0, call("a", "transfer", "{}")));
        MessageBubbleViewModel second = model(message(Role.ASSISTANT, null, 1, call("b", "hangup", "{}")));
        heights.remember(first, 800, "", 79);
        heights.remember(second, 800, "", 79);

        // The checks arrived and every card shows a badge: the first row laid out again says so.
        heights.remember(first, 800, "", 83);
        assertThat(heights.find(first, 800, "")).hasValue(83);
        assertThat(heights.find(second, 800, "")).as("may have grown too").isEmpty();
    }

    @Test
    void anExpandedCardMakesTheRowsHeightUnknownUntilItIsLaidOutAgain() {
        MessageBubbleViewModel row = model(message(Role.ASSISTANT, null, 0, call("a", "transfer", "{\"to\":\"x\"}")));
        heights.remember(row, 800, "", 48);
        assertThat(heights.find(row, 800, "")).hasValue(48);

        row.toolCards().get(0).setExpanded(true);
        assertThat(heights.find(row, 800, "")).isEmpty();
        heights.remember(row, 800, "", 180);
        assertThat(heights.find(row, 800, "")).as("not kept while expanded").isEmpty();

        row.toolCards().get(0).setExpanded(false);
        heights.remember(row, 800, "", 48);
        assertThat(heights.find(row, 800, "")).hasValue(48);
    }

    @Test
    void aToolResultIsKeptOnlyOnceItsJsonIsFormatted() {
        List<Runnable> formatting = new ArrayList<>();
        Executor later = formatting::add;
        BubbleContext context = new BubbleContext(new JsonFormatter(), later, Runnable::run, time());
        // Past the size formatted at once: formatted in the background.
        String json = "{\"slots\":[" + "\"09:00\",".repeat(AsyncJsonFormat.INLINE_LIMIT_CHARS / 8) + "\"10:00\"]}";
        MessageBubbleViewModel result = new MessageBubbleViewModel(
                message(Role.TOOL, json, 5), Fixtures.START, call("c", "slots", "{}"), context);
        result.resultFormat().start();
        heights.remember(result, 800, "", 40);
        assertThat(heights.find(result, 800, ""))
                .as("plain text shows until formatted")
                .isEmpty();

        formatting.forEach(Runnable::run);
        heights.remember(result, 800, "", 96);
        assertThat(heights.find(result, 800, "")).hasValue(96);
    }

    @Test
    void anotherMaskMakesTheHeightUnknown() {
        CurrentMask mask = new CurrentMask();
        BubbleContext context = new BubbleContext(new JsonFormatter(), Runnable::run, Runnable::run, time(), mask);
        MessageBubbleViewModel row = new MessageBubbleViewModel(
                message(Role.USER, "Call me on +1 312 555 0148", 0), Fixtures.START, null, context);
        heights.remember(row, 800, "", 40);
        mask.set(new PrivacyMask(new PersonalDataMasker()));
        assertThat(heights.find(row, 800, "")).isEmpty();
    }

    private static MessageBubbleViewModel model(com.transcriptviewer.model.Message message) {
        return new MessageBubbleViewModel(message, Fixtures.START, null, Fixtures.directContext());
    }

    private static TimeFormat time() {
        return new TimeFormat(ZoneOffset.UTC, Clock.fixed(Instant.parse("2025-03-14T18:00:00Z"), ZoneOffset.UTC));
    }
}
