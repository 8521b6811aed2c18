package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.find.FindMatch;
import com.transcriptviewer.transcript.find.FindViewModel;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Find across the 10,000 messages of the demo stress conversation, once loaded from the demo server: the time from
 * setting a query to having every match (snapshot of the rows, search, results applied), for several queries: text,
 * function names, tool-call arguments, tool results, whole word, match case, and one that matches nothing. The
 * executors run inline, so the figure is the work itself without thread hand-overs. Prints the median.
 */
@Tag("bench")
class FindBenchmark {

    private static final int ROUNDS = 9;

    private record Query(String text, boolean matchCase, boolean wholeWord, Consumer<List<FindMatch>> check) {}

    @Test
    void findAcrossTenThousandMessages() throws Exception {
        try (DemoServer server = DemoServer.start(DemoData.generate());
                TelnyxClient client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("bench-key")))) {
            FxExecutors inline = new FxExecutors(Runnable::run, Runnable::run, (delay, task) -> () -> {});
            BubbleContext bubbles = new BubbleContext(
                    new JsonFormatter(),
                    Runnable::run,
                    Runnable::run,
                    new TimeFormat(ZoneOffset.UTC, Clock.systemUTC()));
            TranscriptViewModel transcript =
                    new TranscriptViewModel(new ConversationLoader(Runnable::run, 100, 4), inline, bubbles);
            FindViewModel find = new FindViewModel(transcript, inline);
            transcript.open(new ApiTranscriptSource(client, "demo data"), DemoData.STRESS_TEST_ID);
            transcript.loadAll();
            assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
            assertThat(transcript.loadedMessagesProperty().get()).isEqualTo(10_000);
            find.open();
            // One lookup per turn asks about an account; the demo draws each turn's topic.
            long accountLookups = transcript.messages().stream()
                    .flatMap(m -> m.toolCalls().stream())
                    .filter(call -> call.arguments().contains("\"kind\":\"account\""))
                    .count();
            assertThat(accountLookups).isBetween(100L, 900L);

            List<Query> queries = List.of(
                    new Query(
                            "turn 1000:",
                            false,
                            false,
                            found -> assertThat(found).hasSize(1)),
                    new Query(
                            "lookup_record",
                            false,
                            false,
                            found -> assertThat(found)
                                    .hasSize(1_000)
                                    .allMatch(m -> m.where() == FindMatch.Where.FUNCTION_NAME)),
                    new Query(
                            "\"kind\":\"account\"",
                            false,
                            false,
                            found -> assertThat(found)
                                    .hasSize((int) accountLookups)
                                    .allMatch(m -> m.where() == FindMatch.Where.ARGUMENTS)),
                    new Query(
                            "madison", false, false, found -> assertThat(found).hasSize(1_000)),
                    new Query("open", false, true, found -> assertThat(found).isNotEmpty()),
                    new Query(
                            "Record",
                            true,
                            false,
                            found -> assertThat(found)
                                    .isNotEmpty()
                                    .noneMatch(m -> m.where() == FindMatch.Where.FUNCTION_NAME)),
                    new Query(
                            "no such words anywhere",
                            false,
                            false,
                            found -> assertThat(found).isEmpty()));

            List<Double> all = new ArrayList<>();
            List<Double> arguments = new ArrayList<>();
            for (int round = -3; round < ROUNDS; round++) { // three warm-up rounds: class loading and the JIT
                for (Query query : queries) {
                    find.queryProperty().set("");
                    find.matchCaseProperty().set(query.matchCase());
                    find.wholeWordProperty().set(query.wholeWord());
                    long start = System.nanoTime();
                    find.queryProperty().set(query.text());
                    double millis = (System.nanoTime() - start) / 1e6;
                    query.check().accept(find.matches());
                    if (round >= 0) {
                        all.add(millis);
                        if (query.text().startsWith("\"kind\"")) {
                            arguments.add(millis);
                        }
                    }
                }
            }
            Bench.report("find_10000_messages", median(all), "ms");
            Bench.report("find_10000_messages_tool_arguments", median(arguments), "ms");
            Bench.report("find_10000_messages_slowest_query", Collections.max(all), "ms");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
