package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.analytics.AnalyticsQuery;
import com.transcriptviewer.analytics.AnalyticsReport;
import com.transcriptviewer.analytics.Figure;
import com.transcriptviewer.analytics.LibraryAnalytics;
import com.transcriptviewer.analytics.ToolCallAnalytics;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool-call analytics over a library of one million kept messages (10,000 conversations of 100 messages, a quarter
 * of them tool calls of eight functions, each answered after 0.1 to 8 s, one in twenty with an error, one in thirty
 * with arguments that are not JSON), kept through the library as the app keeps them. Reports the median of five
 * counts of every call, and of listing the calls behind the most called function's problems.
 */
@Tag("bench")
class AnalyticsBenchmark {

    private static final int CONVERSATIONS = 10_000;
    private static final int MESSAGES_EACH = 100;
    private static final String[] FUNCTIONS = {
        "lookup_order", "book_table", "check_availability", "transfer", "send_sms", "update_address", "refund", "faq"
    };

    @TempDir
    Path folder;

    @Test
    void countsTheToolCallsOfAMillionKeptMessages() throws Exception {
        Path file = folder.resolve("transcript-viewer.db");
        try (LibraryStore library = LibraryStore.open(file)) {
            long keepStart = System.nanoTime();
            keep(library);
            Bench.report("analytics_library_keep_1m_messages_s", (System.nanoTime() - keepStart) / 1e9, "s");

            LibraryAnalytics analytics = new LibraryAnalytics(library);
            AnalyticsQuery all = AnalyticsQuery.all(ZoneOffset.UTC);
            double[] reportMs = new double[5];
            AnalyticsReport report = null;
            for (int i = 0; i < reportMs.length; i++) {
                long start = System.nanoTime();
                report = analytics.report(all);
                reportMs[i] = (System.nanoTime() - start) / 1e6;
            }
            assertThat(report.total().calls()).isEqualTo((long) CONVERSATIONS * MESSAGES_EACH / 4);
            String mostCalled = report.functions().get(0).function();
            double[] callsMs = new double[5];
            for (int i = 0; i < callsMs.length; i++) {
                long start = System.nanoTime();
                ToolCallAnalytics.Calls calls = analytics.calls(all, Figure.of(Figure.Kind.PROBLEMS, mostCalled));
                callsMs[i] = (System.nanoTime() - start) / 1e6;
                assertThat(calls.total()).isEqualTo(report.functions().get(0).problems());
            }
            Bench.report("analytics_1m_messages_tool_calls", report.total().calls(), "calls");
            Bench.report("analytics_1m_messages_ms", median(reportMs), "ms");
            Bench.report("analytics_1m_messages_calls_behind_figure_ms", median(callsMs), "ms");
        }
        Bench.report("analytics_library_file_mb", Files.size(file) / 1e6, "MB");
    }

    /** 100 messages per conversation, in fours: the caller, a tool call, its result, the assistant's answer. */
    private static void keep(LibraryStore library) throws Exception {
        Random random = new Random(42);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int c = 0; c < CONVERSATIONS; c++) {
            Instant time = start.plusSeconds(c * 600L);
            List<Message> messages = new ArrayList<>(MESSAGES_EACH);
            for (int m = 0; m < MESSAGES_EACH; m += 4) {
                messages.add(new Message(
                        Role.of("user"),
                        "I need help with order A-" + random.nextInt(100_000),
                        List.of(),
                        time,
                        time,
                        Map.of()));
                time = time.plusSeconds(2);
                String function = FUNCTIONS[Math.min(FUNCTIONS.length - 1, (int) Math.abs(random.nextGaussian() * 3))];
                String arguments = random.nextInt(30) == 0
                        ? "{\"order_id\": \"A-" + m
                        : "{\"order_id\": \"A-" + random.nextInt(100_000) + "\", \"reason\": \"refund\"}";
                messages.add(new Message(
                        Role.of("assistant"),
                        null,
                        List.of(new ToolCall("call_" + c + "_" + m, "function", function, arguments)),
                        time,
                        time,
                        Map.of()));
                time = time.plusMillis(100 + random.nextInt(7_900));
                String result = random.nextInt(20) == 0
                        ? "{\"status\": \"failed\", \"error\": \"upstream timeout\"}"
                        : "{\"status\": \"ok\", \"eta\": \"2 days\"}";
                messages.add(new Message(Role.of("tool"), result, List.of(), time, time, Map.of()));
                time = time.plusSeconds(1);
                messages.add(new Message(
                        Role.of("assistant"), "Your order is on its way.", List.of(), time, time, Map.of()));
                time = time.plusSeconds(3);
            }
            Conversation conversation = new Conversation(
                    "conv-" + c,
                    "Call " + c,
                    start.plusSeconds(c * 600L),
                    time,
                    Map.of(Conversation.ASSISTANT_ID, "asst-" + (c % 3), Conversation.CHANNEL, "phone_call"));
            library.keep(conversation, "v" + (c % 5), messages, time);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
