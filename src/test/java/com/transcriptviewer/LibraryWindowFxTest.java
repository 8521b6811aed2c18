package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.library.LibraryMessages;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.SearchQuery;
import com.transcriptviewer.library.SyncRequest;
import com.transcriptviewer.library.view.LibraryViewModel;
import com.transcriptviewer.library.view.LibraryWindow;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.find.FindViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/**
 * The library in the window: an opened conversation is kept; a sync shows its progress in the status bar and can
 * be cancelled; the search finds what was kept and opens the transcript at the message with find's marks on it; a
 * kept conversation opens from the library (the server no longer asked for its messages). PNGs of the search results
 * and the sync's progress go to {@code target/screenshots/}.
 */
class LibraryWindowFxTest extends WindowTest {

    @Test
    void keepsSyncsSearchesAndOpensAtTheMessage() throws Exception {
        Path folder = home.resolve("library");
        try (WindowFixture window = WindowFixture.demo(stage, folder, "--conversation", DemoData.BILLING_TRANSFER_ID)) {
            window.awaitFirstPage();
            LibraryViewModel library = window.desktop().libraryModel();
            waitUntil(() -> library.keptStatusProperty().get().equals("Kept in the library"));

            // A slow server: the sync's progress stays on screen long enough to see, then Cancel stops it.
            window.demoServer().setFaults(DemoFaults.NONE.withLatencyMillis(150));
            onFx(() -> library.sync(SyncRequest.since(Instant.parse("2025-01-01T00:00:00Z"), "")));
            waitUntil(() -> library.syncTextProperty().get().startsWith("Syncing: ")
                    && library.syncTextProperty().get().contains(" of "));
            window.screenshot("library-sync-progress-light.png");
            onFx(library::cancelSync);
            waitUntil(() -> !library.syncRunningProperty().get());
            assertThat(library.syncTextProperty().get()).startsWith("Sync cancelled after ");

            // Run again: it continues, and finishes.
            window.demoServer().setFaults(DemoFaults.NONE);
            onFx(() -> library.sync(SyncRequest.since(Instant.parse("2025-01-01T00:00:00Z"), "")));
            waitUntil(
                    () -> !library.syncRunningProperty().get()
                            && library.syncTextProperty().get().startsWith("Synced "),
                    120);

            LibraryWindow libraryWindow = onFx(() -> window.desktop().showLibrary());
            onFx(() -> {
                library.queryProperty().set("\"order A-10293\"");
                library.search();
            });
            waitUntil(() -> !library.results().isEmpty());
            SearchHit hit = library.results().get(0);
            assertThat(hit.conversationId()).isEqualTo(DemoData.PARALLEL_TOOLS_ID);
            waitUntil(() -> library.countsTextProperty().get().startsWith("Kept: "));
            WindowFixture.screenshot(libraryWindow.stage().getScene(), "library-search-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            WindowFixture.screenshot(libraryWindow.stage().getScene(), "library-search-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());

            // Opening the result: the transcript at that message, find's marks on the phrase.
            window.demoServer().clearRequests();
            onFx(() -> window.desktop().openSearchHit(hit));
            FindViewModel find = window.desktop().find();
            waitUntil(() -> window.transcript().conversationIdProperty().get().equals(DemoData.PARALLEL_TOOLS_ID)
                    && find.currentMatchProperty().get() != null);
            assertThat(find.currentMatchProperty().get().messageIndex()).isEqualTo(hit.messageIndex());
            onFx(() -> libraryWindow.stage().hide());
            window.screenshot("library-opened-at-match-light.png");
            waitUntil(() -> library.keptStatusProperty().get().contains("refreshed"));
            assertThat(library.keptStatusProperty().get()).startsWith("Kept just now");
            // Served from the library: the server was asked only to refresh it, once, in the background.
            assertThat(window.demoServer().requests().stream()
                            .filter(r -> r.contains(DemoData.PARALLEL_TOOLS_ID + "/messages"))
                            .count())
                    .isEqualTo(1);
        }
        try (LibraryStore store = LibraryStore.open(ReviewStores.defaultDatabaseFile(
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), folder).dataDir()))) {
            assertThat(store.conversation(DemoData.BILLING_TRANSFER_ID)).isPresent();
        }
    }

    /**
     * A search with more results than a page: the window says how many of how many it shows, and "Show more" adds the
     * next page. The library is filled before the window opens, as a long-used one would be.
     */
    @Test
    void showsMoreThanTheFirst200Results() throws Exception {
        Path folder = home.resolve("large-library");
        Path file = ReviewStores.defaultDatabaseFile(
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), folder).dataDir());
        String[] questions = {
            "Where is my parcel? Order A-%d was due on Tuesday.",
            "The parcel for A-%d came damaged, can I get a refund?",
            "Can you send the parcel A-%d to my work address instead?",
            "My parcel A-%d says delivered but it is not here."
        };
        try (LibraryStore store = LibraryStore.open(file)) {
            List<LibraryStore.Keeping> batch = new ArrayList<>();
            Instant created = Instant.parse("2026-02-01T09:00:00Z");
            for (int c = 0; c < 300; c++) {
                List<Message> messages = new ArrayList<>();
                for (int m = 0; m < 10; m++) {
                    String text = m % 2 == 0
                            ? String.format(Locale.ROOT, questions[(c + m) % questions.length], 10_000 + c * 10 + m)
                            : "I have checked the parcel's tracking: it left the depot this morning.";
                    Instant at = created.plusSeconds(3_600L * c + 20L * m);
                    messages.add(
                            new Message(Role.of(m % 2 == 0 ? "user" : "assistant"), text, List.of(), at, at, Map.of()));
                }
                batch.add(new LibraryStore.Keeping(
                        LibraryMessages.conversation(
                                "parcel-" + c, "asst-shop", "web_chat", created.plusSeconds(3_600L * c)),
                        "",
                        messages));
            }
            store.keepAll(batch, Instant.now(), 0);
        }
        try (WindowFixture window = WindowFixture.demo(stage, folder)) {
            window.awaitFirstPage();
            LibraryViewModel library = window.desktop().libraryModel();
            LibraryWindow libraryWindow = onFx(() -> window.desktop().showLibrary());
            onFx(() -> {
                library.queryProperty().set("parcel");
                library.search();
            });
            waitUntil(() -> library.searchMessageProperty().get().startsWith("200 of 3,000 results"));
            Button more = (Button) libraryWindow.stage().getScene().lookup("#library-show-more");
            assertThat(more.isVisible()).isTrue();
            assertThat(more.getText()).isEqualTo("Show 200 more");
            WindowFixture.screenshot(libraryWindow.stage().getScene(), "library-show-more-light.png");

            onFx(more::fire);
            waitUntil(() -> library.results().size() == 400);
            assertThat(library.searchMessageProperty().get()).startsWith("400 of 3,000 results");
            ListView<?> results = (ListView<?>) libraryWindow.stage().getScene().lookup("#library-results");
            onFx(() -> results.scrollTo(399));
            WindowFixture.screenshot(libraryWindow.stage().getScene(), "library-show-more-400-light.png");
        }
    }

    /**
     * A long conversation opened and never scrolled is kept whole (the rest fetched in the background), opens from the
     * library next time and is refreshed ("Kept just now · refreshed"); a transcript file opened is kept too.
     */
    @Test
    void keepsWhatIsOpenedWholeAndFilesToo() throws Exception {
        Path folder = home.resolve("kept");
        Path file = home.resolve("refund-call.json");
        Files.writeString(
                file,
                "{\"data\":["
                        + String.join(
                                ",",
                                LibraryMessages.text(
                                        "user", "I was charged twice for order A-5521", "2026-02-11T10:00:01Z"),
                                LibraryMessages.call(
                                        "call_1", "issue_refund", "{\"order\": \"A-5521\"}", "2026-02-11T10:00:02Z"),
                                LibraryMessages.text("tool", "{\"refunded\": true}", "2026-02-11T10:00:03Z"),
                                LibraryMessages.text(
                                        "assistant", "The second charge is refunded.", "2026-02-11T10:00:04Z"))
                        + "]}",
                StandardCharsets.UTF_8);
        try (WindowFixture window = WindowFixture.demo(stage, folder, "--conversation", DemoData.STRESS_TEST_ID)) {
            window.awaitFirstPage();
            LibraryViewModel library = window.desktop().libraryModel();
            waitUntil(() -> library.keptStatusProperty().get().equals("Kept in the library"), 120);
            // Kept whole while the transcript itself still holds only what was read.
            assertThat(window.transcript().stateProperty().get()).isNotEqualTo(TranscriptState.COMPLETE);
            assertThat(window.loadedMessages().size()).isLessThan(10_000);
            assertThat(window.pagesRequested(DemoData.STRESS_TEST_ID)).doesNotHaveDuplicates();

            window.open(DemoData.BILLING_TRANSFER_ID);
            waitUntil(() -> library.keptStatusProperty().get().equals("Kept in the library"));
            window.open(DemoData.STRESS_TEST_ID);
            waitUntil(() -> library.keptStatusProperty().get().equals("Kept just now · refreshed"), 120);
            window.screenshot("library-kept-refreshed-light.png");

            onFx(() -> window.desktop().mainViewModel().openFile(file));
            waitUntil(() -> library.keptStatusProperty()
                    .get()
                    .equals("Kept just now · from file refund-call.json, not on the API"));
            window.screenshot("library-kept-file-light.png");
        }
        try (LibraryStore store = LibraryStore.open(ReviewStores.defaultDatabaseFile(
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), folder).dataDir()))) {
            assertThat(store.conversation(DemoData.STRESS_TEST_ID).orElseThrow().messageCount())
                    .isEqualTo(10_000);
            assertThat(store.search(SearchQuery.parse("\"charged twice\" A-5521"), 10))
                    .singleElement()
                    .satisfies(hit -> assertThat(hit.conversationName()).isEqualTo("from file refund-call.json"));
        }
    }
}
