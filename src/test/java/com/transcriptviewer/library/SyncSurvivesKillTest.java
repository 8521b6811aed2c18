package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.model.Conversation;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync killed in the middle (SIGKILL) continues where it stopped: nothing lost, nothing kept twice or re-fetched. */
class SyncSurvivesKillTest {

    @TempDir
    Path folder;

    @Test
    void aKilledSyncResumesWithoutLosingOrRefetchingAnything() throws Exception {
        Path file = folder.resolve("transcript-viewer.db");
        DemoData data = DemoData.generate(LibrarySyncTest.CONVERSATIONS);
        try (DemoServer server = DemoServer.start(data, 0, DemoFaults.NONE.withLatencyMillis(80))) {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            classPath,
                            SyncingChild.class.getName(),
                            file.toString(),
                            server.baseUrl())
                    .redirectErrorStream(true)
                    .start();
            List<String> other = new ArrayList<>();
            long settled = 0;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("SETTLED ")) {
                        settled = Long.parseLong(line.substring("SETTLED ".length()));
                        if (settled >= 4) {
                            // SIGKILL while conversations are in flight and being written, no chance to tidy up.
                            child.toHandle().destroyForcibly();
                        }
                    } else {
                        other.add(line);
                    }
                }
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(other).noneMatch(line -> line.startsWith("FINISHED"));
            assertThat(settled).as("the child's other output: %s", other).isGreaterThanOrEqualTo(4);

            List<String> keptBeforeKill = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT conversation_id FROM library_conversation")) {
                while (rows.next()) {
                    keptBeforeKill.add(rows.getString(1));
                }
            }
            assertThat(keptBeforeKill.size()).isBetween(4, LibrarySyncTest.CONVERSATIONS - 1);
            server.clearRequests();

            try (LibraryStore library = LibraryStore.open(file);
                    TelnyxClient client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("demo")))) {
                SyncOutcome resumed = new LibrarySync(client, library, Clock.systemUTC(), 4, Duration.ZERO)
                        .resume(new CancelToken(), progress -> {})
                        .orElseThrow();

                assertThat(resumed.status()).isEqualTo(SyncOutcome.Status.FINISHED);
                for (String id : keptBeforeKill) {
                    assertThat(server.requests()).as("fetched again: " + id).noneMatch(r -> r.contains(id));
                }
                long messages = 0;
                for (Conversation conversation : data.conversations()) {
                    if (conversation.createdAt().isBefore(LibrarySyncTest.YEAR_2024.until())) {
                        assertThat(library.messages(conversation.id()))
                                .as(conversation.id())
                                .hasSize(data.messageCount(conversation.id()));
                        messages += data.messageCount(conversation.id());
                    }
                }
                LibraryCounts counts = library.counts();
                assertThat(counts.conversations()).isEqualTo(LibrarySyncTest.CONVERSATIONS);
                assertThat(counts.messages()).isEqualTo(messages);
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                        Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SELECT count(*) FROM library_message")) {
                    row.next();
                    assertThat(row.getLong(1)).isEqualTo(messages);
                    statement.execute(
                            "INSERT INTO library_search (library_search, rank) VALUES ('integrity-check', 1)");
                }
            }
        }
    }
}
