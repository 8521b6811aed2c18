package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.privacy.view.PrivacyViewModel;
import com.transcriptviewer.text.TextMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Privacy mode switched on over the 10,000-message stress conversation (loaded from the demo server first, not
 * timed): every message text and tool-call argument searched for personal data, as the window does off the FX thread
 * before it shows the mask, then every text and argument masked, as the bubbles and an export read them. The first,
 * cold run (libphonenumber's metadata loads) and the median of five runs with a fresh mask each. Target: under 300 ms.
 */
@Tag("bench")
class PrivacyBenchmark {

    private static final int RUNS = 5;

    @Test
    void maskTheStressConversation() throws Exception {
        List<Message> messages = new ArrayList<>();
        try (DemoServer server = DemoServer.start(DemoData.generate());
                TelnyxClient client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("bench-key")));
                AppThreads threads = new AppThreads()) {
            messages.addAll(new com.transcriptviewer.source.ConversationLoader(threads.background())
                    .open(
                            new com.transcriptviewer.source.ApiTranscriptSource(client, "demo data"),
                            DemoData.STRESS_TEST_ID)
                    .remainingMessages());
        }
        assertThat(messages).hasSize(10_000);

        long start = System.nanoTime();
        int masked = maskAll(messages);
        Bench.report("privacy_mask_10000_messages_first_run", millisSince(start), "ms");
        Bench.report("privacy_masked_messages", masked, "messages");

        double[] times = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            start = System.nanoTime();
            maskAll(messages);
            times[run] = millisSince(start);
        }
        Arrays.sort(times);
        Bench.report("privacy_mask_10000_messages", times[RUNS / 2], "ms");
    }

    /** A fresh mask, as switching the mode on makes; returns how many texts it changed. */
    private static int maskAll(List<Message> messages) {
        PrivacyMask mask = PrivacyMasks.forConversation(null);
        PrivacyViewModel.prepare(mask, messages);
        int changed = 0;
        for (Message message : messages) {
            Message shown = ((TextMask) mask).apply(message);
            if (!java.util.Objects.equals(shown.text(), message.text())) {
                changed++;
            }
        }
        return changed;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
