package com.transcriptviewer.bench;

import static com.transcriptviewer.transcript.PagedTranscript.call;
import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.filter.TranscriptFilterViewModel;
import com.transcriptviewer.transcript.navigation.TranscriptNavigationViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What filtering and navigating a 10,000-message transcript costs on the FX thread. */
@Tag("bench")
class FilterBenchmark {

    private static List<Message> turns(int count) {
        List<Message> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(
                    switch (i % 5) {
                        case 0 -> message(Role.USER, "question " + i, i * 3);
                        case 1 ->
                            message(Role.ASSISTANT, null, i * 3, call("c" + i, i % 2 == 0 ? "lookup" : "transfer"));
                        case 2 -> message(Role.TOOL, "{\"ok\":true}", i * 3);
                        default -> message(Role.ASSISTANT, "answer " + i, i * 3);
                    });
        }
        return messages;
    }

    @Test
    void filteringAndNavigatingTenThousandMessages() {
        PagedTranscript transcript = new PagedTranscript(turns(10_000), 100);
        TranscriptFilterViewModel filters = new TranscriptFilterViewModel(transcript.viewModel());
        TranscriptNavigationViewModel navigation =
                new TranscriptNavigationViewModel(transcript.viewModel(), filters::shows);
        List<Integer> revealed = new ArrayList<>();
        navigation.setOnReveal(revealed::add);
        transcript.open();
        transcript.viewModel().loadAll();
        transcript.runBackground();

        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            filters.toolCallsOnlyProperty().set(true);
            filters.toolCallsOnlyProperty().set(false);
        }
        double refilter = (System.nanoTime() - started) / 1e6 / (rounds * 2);

        filters.setFunctionSelected("transfer", true);
        started = System.nanoTime();
        navigation.toEnd();
        for (int i = 0; i < 100; i++) {
            navigation.previousToolCall(revealed.get(revealed.size() - 1));
        }
        double previous = (System.nanoTime() - started) / 1e6 / 101;

        assertThat(filters.shownMessagesProperty().get()).isEqualTo(2_000);
        assertThat(revealed).hasSize(101);
        Bench.report("filter.refilter_10000_rows", refilter, "ms");
        Bench.report("navigation.previous_tool_call_filtered", previous, "ms");
    }
}
