package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.Sleeper;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syncing the demo server's conversations into a real library file, with the server failing in every way it can. */
class LibrarySyncTest {

    /** The generated conversations (all created in 2024), none of the demo's own. */
    static final SyncRequest YEAR_2024 = new SyncRequest(
            Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-12-31T23:59:59Z"), "", "", "", "", "", "");

    static final int CONVERSATIONS = 40;

    @TempDir
    Path folder;

    private final List<Duration> clientWaits = Collections.synchronizedList(new ArrayList<>());
    private DemoServer server;
    private TelnyxClient client;
    private LibraryStore library;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        if (library != null) {
            library.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private LibrarySync start(DemoFaults faults) throws Exception {
        server = DemoServer.start(DemoData.generate(CONVERSATIONS), 0, faults);
        Sleeper recording = (duration, cancel) -> clientWaits.add(duration);
        client = new TelnyxClient(
                ApiConfig.defaults(server.baseUrl(), ApiKey.of("demo")).withSleeper(recording));
        library = LibraryStore.open(folder.resolve("transcript-viewer.db"));
        return new LibrarySync(client, library, Clock.systemUTC(), 4, Duration.ZERO);
    }

    @Test
    void keepsEveryConversationOnceThrough429s500sAndDroppedConnections() throws Exception {
        DemoFaults faults = DemoFaults.NONE
                .withRateLimits(0.15, 2)
                .withServerErrorRate(0.15)
                .withDropConnectionRate(0.1)
                .withSeed(11);
        LibrarySync sync = start(faults);
        List<SyncProgress> reports = Collections.synchronizedList(new ArrayList<>());

        SyncOutcome outcome = sync.run(YEAR_2024, new CancelToken(), reports::add);

        assertThat(outcome.status()).as(outcome.problem()).isEqualTo(SyncOutcome.Status.FINISHED);
        assertThat(outcome.failures()).isEmpty();
        assertKeptWhole(server.data());
        assertThat(clientWaits)
                .as("the client waited out the 429s' Retry-After")
                .contains(Duration.ofSeconds(2));
        SyncProgress last = reports.get(reports.size() - 1);
        assertThat(last.listed()).isEqualTo(CONVERSATIONS);
        assertThat(last.done()).isEqualTo(CONVERSATIONS);
        assertThat(last.messages()).isEqualTo(library.counts().messages());
        assertThat(library.syncs().unfinishedSync()).isEmpty();
    }

    @Test
    void aSecondSyncFetchesNothingAlreadyCurrent() throws Exception {
        LibrarySync sync = start(DemoFaults.NONE);
        sync.run(YEAR_2024, new CancelToken(), progress -> {});
        server.clearRequests();

        SyncOutcome again = sync.run(YEAR_2024, new CancelToken(), progress -> {});

        assertThat(again.status()).isEqualTo(SyncOutcome.Status.FINISHED);
        assertThat(again.progress().done()).isEqualTo(CONVERSATIONS);
        assertThat(server.requests()).noneMatch(request -> request.contains("/messages"));
        assertKeptWhole(server.data());
    }

    @Test
    void aCancelledSyncContinuesWhereItStopped() throws Exception {
        // Each answer takes long enough that the fetches outlast the writer's gathering of several conversations into
        // one transaction: the cancel lands while most conversations are still to fetch, however busy the machine.
        LibrarySync sync = start(DemoFaults.NONE.withLatencyMillis(200));
        CancelToken cancel = new CancelToken();
        AtomicBoolean cancelled = new AtomicBoolean();

        SyncOutcome first = sync.run(YEAR_2024, cancel, progress -> {
            if (progress.done() >= 10 && cancelled.compareAndSet(false, true)) {
                cancel.cancel();
            }
        });

        assertThat(first.status()).isEqualTo(SyncOutcome.Status.CANCELLED);
        SyncRun stopped = library.syncs().unfinishedSync().orElseThrow();
        assertThat(stopped.done()).isBetween(10L, (long) CONVERSATIONS - 1);
        List<String> keptBefore = keptIds();
        server.clearRequests();

        SyncOutcome resumed = sync.resume(new CancelToken(), progress -> {}).orElseThrow();

        assertThat(resumed.status()).isEqualTo(SyncOutcome.Status.FINISHED);
        for (String id : keptBefore) {
            assertThat(server.requests()).as("fetched again: " + id).noneMatch(request -> request.contains(id));
        }
        assertKeptWhole(server.data());
    }

    @Test
    void aConversationTheApiNoLongerHasIsMarkedGone() throws Exception {
        LibrarySync sync = start(DemoFaults.NONE);
        Conversation vanished = new Conversation(
                "0e5c6a1b-0000-4000-8000-000000000404",
                "Deleted since",
                Instant.parse("2024-02-01T10:00:00Z"),
                Instant.parse("2024-02-01T10:05:00Z"),
                java.util.Map.of());
        library.keep(
                vanished,
                "",
                LibraryMessages.read(LibraryMessages.text("user", "hello", "2024-02-01T10:00:01Z")),
                Instant.parse("2024-02-02T00:00:00Z"));
        long syncId = library.syncs().beginSync(YEAR_2024.toJson(), Instant.now());
        library.syncs().addToSync(syncId, List.of(vanished.id()));

        SyncOutcome outcome = sync.resume(new CancelToken(), progress -> {}).orElseThrow();

        assertThat(outcome.progress().gone()).isEqualTo(1);
        KeptConversation kept = library.conversation(vanished.id()).orElseThrow();
        assertThat(kept.gone()).isTrue();
        assertThat(library.messages(vanished.id())).hasSize(1);
    }

    /** Each listed conversation is kept once, with exactly the server's messages in order, and nothing else. */
    private void assertKeptWhole(DemoData data) throws Exception {
        List<Conversation> expected = data.conversations().stream()
                .filter(c -> c.createdAt().getEpochSecond() < YEAR_2024.until().getEpochSecond())
                .toList();
        assertThat(expected).hasSize(CONVERSATIONS);
        long messages = 0;
        for (Conversation conversation : expected) {
            List<Message> kept = library.messages(conversation.id());
            List<Message> served = data.messages(conversation.id());
            assertThat(kept).as(conversation.id()).hasSameSizeAs(served);
            for (int i = 0; i < served.size(); i++) {
                assertThat(kept.get(i).text()).isEqualTo(served.get(i).text());
                assertThat(kept.get(i).toolCalls()).isEqualTo(served.get(i).toolCalls());
            }
            messages += served.size();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library.file());
                Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery("SELECT (SELECT count(*) FROM library_conversation),"
                        + " (SELECT count(*) FROM library_message), (SELECT count(*) FROM library_search)")) {
            counts.next();
            assertThat(counts.getLong(1)).isEqualTo(CONVERSATIONS);
            assertThat(counts.getLong(2)).isEqualTo(messages);
        }
    }

    private List<String> keptIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (KeptConversation kept : library.conversations(1_000)) {
            ids.add(kept.id());
        }
        return ids;
    }
}
