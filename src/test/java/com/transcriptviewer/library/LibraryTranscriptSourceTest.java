package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.testing.FakeTranscriptSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every conversation opened is kept whole, on a real library file: the pages the user loads, and the rest fetched in
 * the background (each page once, never again for the user); a kept one is served from the library and refreshed in
 * the background, marked gone on a 404; one kept from a file is never asked of the API.
 */
class LibraryTranscriptSourceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final int PAGE = 50;

    @TempDir
    Path folder;

    private final Queue<Runnable> keepingThread = new ArrayDeque<>();
    private final BackgroundKeeping keeping = new BackgroundKeeping(keepingThread::add, Duration.ZERO);
    private final FakeTranscriptSource api = new FakeTranscriptSource();
    private final List<String> statuses = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean fetchTheRest = new AtomicBoolean(true);
    private LibraryStore library;

    @BeforeEach
    void open() throws Exception {
        library = LibraryStore.open(folder.resolve("transcript-viewer.db"));
        api.withHeaders(id -> Optional.of(new Conversation(id, "Call " + id, NOW, NOW, Map.of())));
    }

    @AfterEach
    void close() {
        keeping.close();
        library.close();
    }

    /** A source as each opening gets one, the keeping run when the test drains it, writes at once. */
    private LibraryTranscriptSource source() {
        return new LibraryTranscriptSource(
                CompletableFuture.completedFuture(library),
                CompletableFuture.completedFuture(api),
                Runnable::run,
                keeping,
                fetchTheRest::get,
                Clock.fixed(NOW, ZoneOffset.UTC),
                (id, line) -> statuses.add(id + ": " + line));
    }

    private void drainKeeping() {
        while (!keepingThread.isEmpty()) {
            keepingThread.poll().run();
        }
    }

    private static Page<Message> page(LibraryTranscriptSource source, String id, int number) throws Exception {
        return source.page(id, number, PAGE, new CancelToken());
    }

    @Test
    void aConversationReadOnlyAtItsStartIsKeptWholeEachPageFetchedOnce() throws Exception {
        api.add("long", 230);
        LibraryTranscriptSource source = source();
        source.conversation("long", new CancelToken());
        page(source, "long", 1);
        assertThat(library.conversation("long")).isEmpty();

        drainKeeping();

        assertThat(api.requests()).containsExactly("long#1", "long#2", "long#3", "long#4", "long#5");
        KeptConversation kept = library.conversation("long").orElseThrow();
        assertThat(kept.messageCount()).isEqualTo(230);
        assertThat(kept.conversation().name()).isEqualTo("Call long");
        assertThat(library.messages("long"))
                .extracting(Message::text)
                .startsWith("m1", "m2")
                .endsWith("m230");
        assertThat(statuses)
                .contains("long: Keeping in the library: 100 of 230 messages…")
                .endsWith("long: Kept in the library");

        // What the user reads later comes from what was fetched, not from the API again.
        assertThat(page(source, "long", 4).items()).extracting(Message::text).startsWith("m151");
        assertThat(page(source, "long", 5).isLast()).isTrue();
        assertThat(api.requests()).hasSize(5);
    }

    @Test
    void onlyThePagesTheUserDidNotLoadAreFetched() throws Exception {
        api.add("long", 230);
        LibraryTranscriptSource source = source();
        page(source, "long", 1);
        page(source, "long", 2);
        page(source, "long", 4);

        drainKeeping();

        assertThat(api.requests()).containsExactly("long#1", "long#2", "long#4", "long#3", "long#5");
        assertThat(library.conversation("long").orElseThrow().messageCount()).isEqualTo(230);
    }

    @Test
    void withFetchingOffOnlyWhatTheUserLoadedWholeIsKept() throws Exception {
        fetchTheRest.set(false);
        api.add("long", 120).add("short", 30);
        LibraryTranscriptSource source = source();
        page(source, "long", 1);
        page(source, "short", 1);

        drainKeeping();

        assertThat(api.requests()).containsExactly("long#1", "short#1");
        assertThat(library.conversation("long")).isEmpty();
        assertThat(library.conversation("short").orElseThrow().messageCount()).isEqualTo(30);
        page(source, "long", 2);
        page(source, "long", 3);
        assertThat(library.conversation("long").orElseThrow().messageCount()).isEqualTo(120);
    }

    @Test
    void aConversationLongerThanTheBackgroundFetchesIsLeftToTheUser() throws Exception {
        api.add("huge", LibraryTranscriptSource.MOST_MESSAGES + 1);
        LibraryTranscriptSource source = source();
        page(source, "huge", 1);

        drainKeeping();

        assertThat(api.requests()).containsExactly("huge#1");
        assertThat(statuses)
                .containsExactly("huge: Not kept in the library: 50001 messages are more than it fetches in the"
                        + " background (it is kept once loaded whole)");
    }

    @Test
    void aPageTheApiRefusesStopsTheFetchingAndSaysWhy() throws Exception {
        api.add("long", 230)
                .failOnce(
                        3,
                        new com.transcriptviewer.api.ApiException(
                                com.transcriptviewer.api.ErrorKind.FORBIDDEN,
                                "The API key may not read this conversation.",
                                403,
                                null,
                                List.of(),
                                null,
                                null));
        LibraryTranscriptSource source = source();
        page(source, "long", 1);

        drainKeeping();

        assertThat(api.requests()).containsExactly("long#1", "long#2", "long#3");
        assertThat(library.conversation("long")).isEmpty();
        assertThat(statuses)
                .last()
                .isEqualTo("long: Not kept in the library: The API key may not read this conversation.");
    }

    @Test
    void aKeptConversationOpensFromTheLibraryAndIsRefreshedInTheBackground() throws Exception {
        api.add("kept", 7);
        library.keep(
                new Conversation("kept", "Call kept", NOW, NOW, Map.of()),
                "",
                List.of(FakeTranscriptSource.numbered("m1", 1), FakeTranscriptSource.numbered("m2", 2)),
                NOW.minus(Duration.ofDays(3)));
        LibraryTranscriptSource source = source();

        Page<Message> first = page(source, "kept", 1);

        assertThat(first.items()).extracting(Message::text).containsExactly("m1", "m2");
        assertThat(api.requests()).isEmpty();
        assertThat(statuses).containsExactly("kept: Kept 3 days ago · refreshing…");
        drainKeeping();
        assertThat(statuses).last().isEqualTo("kept: Kept 3 days ago · refreshed, 5 new (open again to see them)");
        assertThat(library.conversation("kept").orElseThrow().messageCount()).isEqualTo(7);
        assertThat(library.conversation("kept").orElseThrow().keptAt()).isEqualTo(NOW.minus(Duration.ofDays(3)));
    }

    @Test
    void whileTheLibraryIsStillOpeningTheApiServesAndWhatItServedIsKeptOnceItIsOpen() throws Exception {
        api.add("early", 30);
        CompletableFuture<LibraryStore> opening = new CompletableFuture<>();
        Queue<Runnable> writes = new ArrayDeque<>();
        LibraryTranscriptSource source = new LibraryTranscriptSource(
                opening,
                CompletableFuture.completedFuture(api),
                writes::add,
                keeping,
                fetchTheRest::get,
                Clock.fixed(NOW, ZoneOffset.UTC),
                (id, line) -> statuses.add(id + ": " + line));

        // After waiting for the library a moment (an upgrade rebuilding a large library's index, say).
        assertThat(page(source, "early", 1).items()).hasSize(30);
        assertThat(api.requests()).containsExactly("early#1");

        opening.complete(library);
        while (!writes.isEmpty()) {
            writes.poll().run();
        }
        assertThat(library.conversation("early").orElseThrow().messageCount()).isEqualTo(30);
    }

    @Test
    void aKeptConversationTheApiNoLongerHasIsMarkedGone() throws Exception {
        library.keep(
                new Conversation("gone", "Call gone", NOW, NOW, Map.of()),
                "",
                List.of(FakeTranscriptSource.numbered("m1", 1)),
                NOW.minus(Duration.ofDays(1)));
        LibraryTranscriptSource source = source();

        assertThat(page(source, "gone", 1).items()).hasSize(1);
        drainKeeping();

        assertThat(statuses).last().isEqualTo("gone: Kept yesterday · the API no longer has it");
        assertThat(library.conversation("gone").orElseThrow().gone()).isTrue();
    }

    @Test
    void aConversationKeptFromAFileIsNeverAskedOfTheApi() throws Exception {
        String id = KeptFiles.ID_PREFIX + "0123456789abcdef0123456789abcdef";
        library.keep(
                new Conversation(id, "from file calls.json", NOW, NOW, Map.of(KeptFiles.FILE, "/tmp/calls.json")),
                "",
                List.of(FakeTranscriptSource.numbered("m1", 1)),
                NOW.minus(Duration.ofHours(2)));
        LibraryTranscriptSource source = source();

        assertThat(page(source, id, 1).items()).extracting(Message::text).containsExactly("m1");
        drainKeeping();

        assertThat(api.requests()).isEmpty();
        assertThat(statuses).containsExactly(id + ": Kept 2 hours ago · from file calls.json, not on the API");
        assertThat(library.conversation(id).orElseThrow().gone()).isFalse();
    }
}
