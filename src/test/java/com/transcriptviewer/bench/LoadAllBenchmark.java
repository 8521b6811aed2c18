package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.ConversationLoad;
import com.transcriptviewer.source.ConversationLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Loads the 10,000-message stress conversation from the demo server with 50 ms of injected latency per request:
 * one page after another, with bounded concurrency, and with the official Node SDK's auto-pager on the same server
 * in the same run. Prints messages per second for each and the ratio to the peer.
 */
@Tag("bench")
class LoadAllBenchmark {

    private static final int LATENCY_MS = 50;
    private static final int PAGE_SIZE = 100;
    private static final int CONCURRENCY = 8;

    @Test
    void loadAllAgainstTheNodePeer() throws Exception {
        NodePeer peer = NodePeer.prepare();
        try (DemoServer server = DemoServer.start(DemoData.generate());
                TelnyxClient client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("bench-key")))) {
            String id = DemoData.STRESS_TEST_ID;
            int expected = server.data().messageCount(id);
            sequential(client, id); // warm-up without latency: class loading and JIT are not what is measured
            server.setFaults(DemoFaults.NONE.withLatencyMillis(LATENCY_MS));

            long start = System.nanoTime();
            long sequentialCount = sequential(client, id);
            double sequentialRate = sequentialCount / seconds(start);

            AtomicLong concurrentCount = new AtomicLong();
            start = System.nanoTime();
            ExecutorService threads =
                    Executors.newFixedThreadPool(CONCURRENCY, AppThreads.daemonThreads("bench-pages"));
            try {
                ConversationLoad.await(new ConversationLoader(threads, PAGE_SIZE, CONCURRENCY)
                        .open(new ApiTranscriptSource(client, "demo data"), id)
                        .rest(page -> concurrentCount.addAndGet(page.items().size())));
            } finally {
                threads.shutdownNow();
            }
            double concurrentRate = concurrentCount.get() / seconds(start);

            NodePeer.Result peerResult = peer.loadAll(server.baseUrl(), id);
            double peerRate = peerResult.messages() / (peerResult.millis() / 1000.0);

            assertThat(sequentialCount).isEqualTo(expected);
            assertThat(concurrentCount.get()).isEqualTo(expected);
            assertThat(peerResult.messages()).isEqualTo(expected);

            Bench.report("load_all_sequential_messages_per_second", sequentialRate, "msg/s");
            Bench.report("load_all_concurrent" + CONCURRENCY + "_messages_per_second", concurrentRate, "msg/s");
            Bench.report("load_all_node_peer_messages_per_second", peerRate, "msg/s");
            Bench.report("load_all_concurrent_vs_peer_ratio", concurrentRate / peerRate, "x");
            Bench.report("load_all_sequential_vs_peer_ratio", sequentialRate / peerRate, "x");
        }
    }

    /** One page after another, as the official SDKs page. */
    private static long sequential(TelnyxClient client, String id) throws Exception {
        long count = 0;
        CancelToken token = new CancelToken();
        for (int number = 1; ; number++) {
            Page<Message> page = client.messages(id, number, PAGE_SIZE, token);
            count += page.items().size();
            if (page.isLast()) {
                return count;
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
