package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.library.LibraryCounts;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.LibrarySync;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.SearchQuery;
import com.transcriptviewer.library.SyncOutcome;
import com.transcriptviewer.library.SyncRequest;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's figures: syncing 1,000 conversations from the demo server (with latency) against the official Node
 * SDK listing them and reading each one after another; searching a library of a million messages (the first 50
 * results, the next 200, and the count apart); and the library's size on disk per million messages.
 */
@Tag("bench")
class LibraryBenchmark {

    /** The demo server's latency per request, as from a nearby API. */
    private static final long LATENCY_MS = 20;

    private static final int CONVERSATIONS = 1_000;
    private static final String SINCE = "2024-01-01T00:00:00Z";
    private static final String UNTIL = "2024-12-31T23:59:59Z";

    @TempDir
    Path folder;

    @Test
    void syncing1000ConversationsAgainstTheNodeSdkOneAfterAnother() throws Exception {
        NodePeer peer = NodePeer.prepare();
        DemoData data = DemoData.generate(CONVERSATIONS);
        try (DemoServer server = DemoServer.start(data, 0, DemoFaults.NONE.withLatencyMillis(LATENCY_MS))) {
            NodePeer.Sync node = peer.syncAll(server.baseUrl(), SINCE, UNTIL);
            assertThat(node.conversations()).isEqualTo(CONVERSATIONS);

            SyncRequest request = new SyncRequest(Instant.parse(SINCE), Instant.parse(UNTIL), "", "", "", "", "", "");
            SyncOutcome outcome;
            double ours;
            // The library is open before the sync starts, as in the app (it opens as the window shows): creating
            // its tables in a new file is reported apart. The peer's figure likewise starts after Node has started.
            long opening = System.nanoTime();
            try (LibraryStore library = LibraryStore.open(folder.resolve("sync.db"));
                    TelnyxClient client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("bench")))) {
                Bench.report("library_open_new_file_ms", (System.nanoTime() - opening) / 1e6, "ms");
                long start = System.nanoTime();
                outcome = new LibrarySync(client, library).run(request, new CancelToken(), progress -> {});
                ours = (System.nanoTime() - start) / 1e6;
            }
            assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.FINISHED);
            assertThat(outcome.progress().done()).isEqualTo(CONVERSATIONS);
            assertThat(outcome.progress().messages()).isEqualTo(node.messages());

            Bench.report("library_sync_1000_conversations_ms", ours, "ms");
            Bench.report("library_sync_1000_node_sdk_one_after_another_ms", node.millis(), "ms");
            Bench.report("library_sync_1000_speedup_vs_node", node.millis() / ours, "x");
            Bench.report("library_sync_messages", outcome.progress().messages(), "messages");
        }
    }

    @Test
    void searchingAMillionKeptMessages() throws Exception {
        int perConversation = 50;
        int conversations = 1_000_000 / perConversation;
        List<List<Message>> templates = templates();
        long filling = System.nanoTime();
        try (LibraryStore library = LibraryStore.open(folder.resolve("million.db"))) {
            Instant created = Instant.parse("2024-01-01T08:00:00Z");
            List<LibraryStore.Keeping> batch = new ArrayList<>();
            for (int i = 0; i < conversations; i++) {
                List<Message> messages = new ArrayList<>(perConversation);
                List<Message> template = templates.get(i % templates.size());
                for (int m = 0; m < perConversation; m++) {
                    messages.add(template.get(m % template.size()));
                }
                Instant at = created.plusSeconds(600L * i);
                batch.add(new LibraryStore.Keeping(
                        new Conversation(
                                "conv-" + i,
                                "Call " + i,
                                at,
                                at.plusSeconds(300),
                                Map.of(
                                        Conversation.ASSISTANT_ID,
                                        "assistant-" + (i % 7),
                                        Conversation.CHANNEL,
                                        i % 2 == 0 ? "phone_call" : "web_chat")),
                        "",
                        messages));
                // As a sync keeps them: many conversations to a transaction.
                if (batch.size() == 200) {
                    library.keepAll(batch, Instant.now(), 0);
                    batch.clear();
                }
            }
            library.keepAll(batch, Instant.now(), 0);
            Bench.report("library_fill_1m_messages_s", (System.nanoTime() - filling) / 1e9, "s");
            LibraryCounts counts = library.counts();
            assertThat(counts.messages()).isEqualTo(1_000_000);
            Bench.report("library_disk_per_million_messages_mb", counts.diskBytes() / (1024.0 * 1024.0), "MB");

            // Words, a phrase and a prefix that a sixth of the library holds, arguments, filters with and without
            // words (a role, a channel, a function, a week), then the second page ("Show more") and the count.
            for (String query : List.of(
                    "\"charged twice\"",
                    "\"thanks for calling northwind energy\"",
                    "refun*",
                    "than*",
                    "elm-street sunday",
                    "A-10293 role:tool",
                    "cleaning",
                    "Maria",
                    "refund channel:phone_call since:2025-04-15 until:2025-04-15",
                    "function:transfer",
                    "role:user channel:web_chat")) {
                SearchQuery parsed = SearchQuery.parse(query);
                String name = query.replace(' ', '_');
                List<SearchHit> hits = library.search(parsed, 50);
                assertThat(hits).as(query).hasSize(50);
                Bench.report(
                        "library_search_1m_first50_ms[" + name + "]", median(() -> library.search(parsed, 50)), "ms");
                Bench.report(
                        "library_search_1m_next200_ms[" + name + "]",
                        median(() -> library.search(parsed, 200, 200)),
                        "ms");
                Bench.report("library_search_1m_count_ms[" + name + "]", median(() -> library.count(parsed)), "ms");
            }
        }
    }

    /** The median of five runs after one that warms the page cache for the query's words, in milliseconds. */
    private static double median(Callable<?> search) throws Exception {
        search.call();
        double[] millis = new double[5];
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            search.call();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[2];
    }

    /**
     * The demo's scripted conversations, as the messages a library of many would repeat (not the QA edge cases, whose
     * megabyte arguments no ordinary conversation has).
     */
    private static List<List<Message>> templates() {
        DemoData demo = DemoData.generate();
        List<List<Message>> templates = new ArrayList<>();
        for (String id : List.of(
                DemoData.BILLING_TRANSFER_ID,
                DemoData.APPOINTMENT_BOOKING_ID,
                DemoData.PARALLEL_TOOLS_ID,
                DemoData.PASSWORD_RESET_ID,
                DemoData.ROADSIDE_HANDOFF_ID,
                DemoData.TOOL_ERRORS_ID)) {
            templates.add(demo.messages(id));
        }
        return templates;
    }
}
