package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.library.LibraryRequest;
import com.transcriptviewer.library.SyncRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sync} and {@code --search}: their options, and running them in-process on a library in the test's folders. */
class LibraryCommandLineTest {

    @TempDir
    Path home;

    private Map<String, String> env() {
        return CommandRun.homeFolders(home);
    }

    private CommandRun launch(String... args) {
        return CommandRun.launch(env(), args);
    }

    @Test
    void readsTheSyncAndSearchOptions() throws Exception {
        LibraryRequest sync = CommandLine.parse(
                        List.of("--sync", "--since", "2026-03-01T00:00:00Z", "--assistant", "assistant-1"))
                .library()
                .orElseThrow();
        assertThat(sync.sync()).contains(SyncRequest.since(Instant.parse("2026-03-01T00:00:00Z"), "assistant-1"));

        LibraryRequest search = CommandLine.parse(
                        List.of("--search", "\"order A-10293\" role:user", "--format", "json"))
                .library()
                .orElseThrow();
        assertThat(search.search()).contains("\"order A-10293\" role:user");
        assertThat(search.json()).isTrue();
        assertThat(CommandLine.parse(List.of()).library()).isEmpty();
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--assistant", "a")))
                .hasMessage("--assistant and --channel only apply to --sync.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--search", "x", "--sync")))
                .hasMessage("Give either --search or --sync, not both.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--sync", "--since", "last week")))
                .hasMessage("--since must be a day (2026-03-01) or a moment (2026-03-01T09:30:00Z), not last week.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--search", "x", "--format", "csv")))
                .hasMessage("--format for --search must be json or text, not csv.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--search", "x", "--out", "x.json")))
                .hasMessageStartingWith("--search runs without a window; leave out");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--search"))).hasMessage("--search needs a value.");
    }

    @Test
    void syncsTheDemoThenSearchesWhatItKept() throws Exception {
        CommandRun empty = launch("--search", "refund");
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.err()).contains("the library is empty");

        CommandRun sync =
                launch("--sync", "--demo", "--since", "2025-04-01T00:00:00Z", "--until", "2025-05-10T00:00:00Z");
        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(sync.out()).startsWith("Synced 6 conversations (");
        assertThat(sync.err()).contains("syncing since 2025-04-01T00:00:00Z, until 2025-05-10T00:00:00Z");

        CommandRun again =
                launch("--sync", "--demo", "--since", "2025-04-01T00:00:00Z", "--until", "2025-05-10T00:00:00Z");
        assertThat(again.status()).isZero();
        assertThat(again.out()).startsWith("Synced 6 conversations (");

        CommandRun phrase = launch("--search", "\"charged twice\"");
        assertThat(phrase.status()).as(phrase.err()).isZero();
        assertThat(phrase.out().lines().toList()).hasSize(1);
        assertThat(phrase.out())
                .contains(DemoData.BILLING_TRANSFER_ID)
                .contains("#2 user  Hi, I was [charged twice] on my March bill.");

        CommandRun json = launch("--search", "elm-street", "--format", "json");
        assertThat(json.status()).isZero();
        JsonNode results = new ObjectMapper().readTree(json.out()).get("results");
        assertThat(results).isNotEmpty();
        assertThat(results.get(0).get("conversation_id").asText()).isEqualTo(DemoData.PARALLEL_TOOLS_ID);
        JsonNode mark = results.get(0).get("marks").get(0);
        assertThat(results.get(0)
                        .get("snippet")
                        .asText()
                        .substring(mark.get(0).asInt(), mark.get(1).asInt()))
                .isEqualToIgnoringCase("elm-street");

        CommandRun nothing = launch("--search", "xylophone");
        assertThat(nothing.status()).isEqualTo(1);
        assertThat(nothing.err()).contains("nothing in the library matches xylophone");
    }
}
