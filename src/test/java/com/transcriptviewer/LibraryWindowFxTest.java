package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.SyncRequest;
import com.transcriptviewer.library.view.LibraryViewModel;
import com.transcriptviewer.library.view.LibraryWindow;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.transcript.find.FindViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
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
}
