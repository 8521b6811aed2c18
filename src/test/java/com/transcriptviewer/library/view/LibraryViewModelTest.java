package com.transcriptviewer.library.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.library.LibraryMessages;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library window's search past its first page, on a real library file: the first 200 results, then how many
 * match (counted apart), "Show more" until the last, and a late page of an older search dropped. Background work runs
 * when the test drains it, so every ordering is the test's.
 */
class LibraryViewModelTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path folder;

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});
    private LibraryStore library;
    private LibraryViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        library = LibraryStore.open(folder.resolve("transcript-viewer.db"));
        viewModel = new LibraryViewModel(
                CompletableFuture.completedFuture(library), Optional::empty, executors, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** {@code conversations} conversations of ten messages each, each message about a parcel. */
    private void keepParcels(int conversations) throws Exception {
        List<LibraryStore.Keeping> batch = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            List<Message> messages = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                messages.add(
                        new Message(Role.of("user"), "parcel " + c + " message " + m, List.of(), null, null, Map.of()));
            }
            batch.add(new LibraryStore.Keeping(
                    LibraryMessages.conversation("p" + c, "asst", "web_chat", T0.plusSeconds(c)), "", messages));
        }
        library.keepAll(batch, T0, 0);
    }

    private void drain() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void showsTheFirstResultsThenCountsThenShowsMoreToTheLast() throws Exception {
        keepParcels(250);
        viewModel.queryProperty().set("parcel");

        viewModel.search();
        assertThat(viewModel.searchMessageProperty().get()).isEqualTo("Searching…");
        background.poll().run();
        assertThat(viewModel.results()).hasSize(LibraryViewModel.RESULTS);
        assertThat(viewModel.searchMessageProperty().get())
                .matches("200 of more than 2,000 results, counting… \\(\\d+ ms\\)");
        assertThat(viewModel.moreResultsProperty().get()).isTrue();
        background.poll().run();
        assertThat(viewModel.searchMessageProperty().get()).matches("200 of 2,500 results \\(\\d+ ms\\)");

        viewModel.showMore();
        assertThat(viewModel.loadingMoreProperty().get()).isTrue();
        viewModel.showMore(); // asked again while loading: one page only
        drain();
        assertThat(viewModel.loadingMoreProperty().get()).isFalse();
        assertThat(viewModel.results()).hasSize(2 * LibraryViewModel.RESULTS);
        assertThat(viewModel.searchMessageProperty().get()).matches("400 of 2,500 results \\(\\d+ ms\\)");

        while (viewModel.moreResultsProperty().get()) {
            viewModel.showMore();
            drain();
        }
        assertThat(viewModel.results()).hasSize(2_500);
        Set<String> distinct = new HashSet<>();
        for (SearchHit hit : viewModel.results()) {
            distinct.add(hit.conversationId() + "#" + hit.messageIndex());
        }
        assertThat(distinct).hasSize(2_500);
        assertThat(viewModel.searchMessageProperty().get()).matches("2,500 results \\(\\d+ ms\\)");
    }

    @Test
    void saysMoreThanWhatItCountsTo() throws Exception {
        keepParcels(510);
        viewModel.queryProperty().set("parcel");

        viewModel.search();
        drain();

        assertThat(viewModel.searchMessageProperty().get()).matches("200 of more than 5,000 results \\(\\d+ ms\\)");
        assertThat(viewModel.moreResultsProperty().get()).isTrue();
    }

    @Test
    void aFewResultsAreAllShownAndCountedAtOnce() throws Exception {
        keepParcels(3);
        viewModel.queryProperty().set("parcel message 3");

        viewModel.search();
        drain();

        assertThat(viewModel.results()).hasSize(3);
        assertThat(viewModel.searchMessageProperty().get()).matches("3 results \\(\\d+ ms\\)");
        assertThat(viewModel.moreResultsProperty().get()).isFalse();
        viewModel.queryProperty().set("nowhere");
        viewModel.search();
        drain();
        assertThat(viewModel.searchMessageProperty().get()).isEqualTo("Nothing kept matches.");
    }

    @Test
    void aPageOfAnOlderSearchIsDropped() throws Exception {
        keepParcels(250);
        viewModel.queryProperty().set("parcel");
        viewModel.search();
        drain();

        viewModel.showMore();
        viewModel.queryProperty().set("\"message 1\"");
        viewModel.search();
        drain();

        assertThat(viewModel.results()).hasSize(LibraryViewModel.RESULTS);
        assertThat(viewModel.results()).allMatch(hit -> hit.messageIndex() == 1);
        assertThat(viewModel.searchMessageProperty().get()).matches("200 of 250 results \\(\\d+ ms\\)");
        assertThat(viewModel.loadingMoreProperty().get()).isFalse();
    }
}
