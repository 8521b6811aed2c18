package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.details.MessageDetailsViewModel;
import com.transcriptviewer.transcript.details.RawJsonPreview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Selecting a message with 2 MB of tool-call arguments while the details pane is open: the time the selection costs
 * the FX thread (the pane's text, the hand-off of the raw JSON) and the background time to shorten and format it.
 */
@Tag("bench")
class DetailsBenchmark {

    @Test
    void selectingATwoMegabyteMessage() {
        StringBuilder arguments = new StringBuilder("{\"document\":{\"chunks\":[");
        for (int i = 0; arguments.length() < 2 * 1024 * 1024; i++) {
            arguments
                    .append(i == 0 ? "" : ",")
                    .append("{\"page\":")
                    .append(i)
                    .append(",\"text\":\"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\"}");
        }
        String args = arguments.append("]}}").toString();
        String raw = "{\"role\":\"assistant\",\"text\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"upload_document\",\"arguments\":\""
                + args.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}],"
                + "\"created_at\":\"2025-06-10T11:00:16.506Z\",\"sent_at\":\"2025-06-10T11:00:16.506Z\"}";
        Instant at = Instant.parse("2025-06-10T11:00:16.506Z");
        Message message = new Message(
                Role.ASSISTANT,
                null,
                List.of(new ToolCall("call_1", "function", "upload_document", args)),
                at,
                at,
                Map.of(),
                RawJson.of(raw));
        Message other = new Message(Role.USER, "hi", List.of(), at, at, Map.of(), RawJson.of("{\"text\":\"hi\"}"));

        List<Runnable> background = new ArrayList<>();
        BubbleContext context =
                new BubbleContext(new JsonFormatter(), background::add, Runnable::run, TimeFormat.local());
        TranscriptRow.MessageRow big =
                new TranscriptRow.MessageRow(0, message, new MessageBubbleViewModel(message, at, null, context));
        TranscriptRow.MessageRow small =
                new TranscriptRow.MessageRow(1, other, new MessageBubbleViewModel(other, at, null, context));
        MessageDetailsViewModel details = new MessageDetailsViewModel(context);
        details.openProperty().set(true);

        int runs = 20;
        long fxNanos = 0;
        long backgroundNanos = 0;
        for (int run = 0; run < runs + 5; run++) {
            details.show(small);
            long start = System.nanoTime();
            details.show(big);
            long shown = System.nanoTime();
            background.remove(0).run();
            long formatted = System.nanoTime();
            if (run >= 5) {
                fxNanos += shown - start;
                backgroundNanos += formatted - shown;
            }
            assertThat(details.getRawJsonState()).isEqualTo(MessageDetailsViewModel.RawJsonState.READY);
        }
        RawJsonPreview preview = details.getRawJson();
        assertThat(preview.shortenedStrings()).isEqualTo(1);
        Bench.report("details_select_2mb_fx_thread", fxNanos / 1e6 / runs, "ms");
        Bench.report("details_raw_json_2mb_background", backgroundNanos / 1e6 / runs, "ms");
        Bench.report(
                "details_raw_json_2mb_shown_chars", preview.formatted().text().length(), "chars");
    }
}
