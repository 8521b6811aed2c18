package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.export.ConversationExporter;
import com.transcriptviewer.export.ExportDocument;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportResult;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.ConversationLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports the 10,000-message stress conversation (loaded from the demo server first, not timed) in each format:
 * rendering and the atomic write only. Prints the first, cold run of HTML and the median of five warm runs per
 * format, plus the file sizes. Target: HTML under 2 s.
 */
@Tag("bench")
class ExportBenchmark {

    private static final int RUNS = 5;

    @TempDir
    Path folder;

    @Test
    void exportTheStressConversation() throws Exception {
        String id = DemoData.STRESS_TEST_ID;
        List<Message> messages = new ArrayList<>();
        try (DemoServer server = DemoServer.start(DemoData.generate());
                TelnyxClient client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("bench-key")));
                AppThreads threads = new AppThreads()) {
            messages.addAll(new ConversationLoader(threads.background())
                    .open(new ApiTranscriptSource(client, "demo data"), id)
                    .remainingMessages());
        }
        assertThat(messages).hasSize(10_000);
        ExportDocument document = new ExportDocument(id, "Stress test", "phone_call", messages);
        ConversationExporter exporter = new ConversationExporter(ZoneOffset.UTC, Clock.systemUTC());
        // The key scrub is part of every export: time it as the app does, with a key that never matches.
        SecretScrubber secrets = new SecretScrubber(List.of("KEY0123456789ABCDEF_bench"));

        long start = System.nanoTime();
        ExportResult cold =
                exporter.export(document, ExportFormat.HTML, folder.resolve("cold.html"), secrets, new CancelToken());
        Bench.report("export_html_10000_messages_first_run", millisSince(start), "ms");
        assertThat(cold.messages()).isEqualTo(10_000);

        for (ExportFormat format : ExportFormat.values()) {
            double[] times = new double[RUNS];
            ExportResult result = null;
            for (int run = 0; run < RUNS; run++) {
                Path file = folder.resolve("stress." + format.extension());
                start = System.nanoTime();
                result = exporter.export(document, format, file, secrets, new CancelToken());
                times[run] = millisSince(start);
            }
            Arrays.sort(times);
            String name = "export_" + format.optionName() + "_10000_messages";
            Bench.report(name, times[RUNS / 2], "ms");
            Bench.report(name + "_file_size", result.bytes() / (1024.0 * 1024.0), "MB");
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
