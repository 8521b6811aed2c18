package com.transcriptviewer.transcript.find;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.transcript.TranscriptRow;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batches of newly loaded messages searched one at a time; background work runs when the test says so. */
class IncrementalSearchTest {

    private static final SearchQuery NEEDLE = new SearchQuery("needle", false, false);

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});
    private int batchesDone;
    private final IncrementalSearch search = new IncrementalSearch(executors, () -> batchesDone++);
    private final List<TranscriptRow> rows = new ArrayList<>();

    /** Appends messages with the given texts as the transcript's next rows. */
    private void load(String... texts) {
        for (String text : texts) {
            int index = rows.size();
            Message message = new Message(Role.USER, text, List.of(), Instant.EPOCH, null, Map.of());
            rows.add(new TranscriptRow.MessageRow(index, message, null));
        }
    }

    @Test
    void searchesOneBatchAtATimeAndOnlyMessagesNotSearchedYet() {
        load("a needle", "hay");
        search.searchMore(NEEDLE, rows);
        assertThat(search.isRunning()).isTrue();
        load("hay", "needle again");
        search.searchMore(NEEDLE, rows);
        assertThat(background).as("no second batch while one runs").hasSize(1);

        background.poll().run();
        assertThat(batchesDone).isEqualTo(1);
        assertThat(search.isRunning()).isFalse();
        assertThat(search.searched()).isEqualTo(2);
        assertThat(search.matches()).containsExactly(new FindMatch(0, FindMatch.Where.TEXT, -1, 2, 8));

        search.searchMore(NEEDLE, rows);
        background.poll().run();
        assertThat(search.searched()).isEqualTo(4);
        assertThat(search.matches())
                .extracting(FindMatch::messageIndex)
                .as("the second batch starts at message 2")
                .containsExactly(0, 3);
    }

    @Test
    void aBatchEndsAtTheStatusRow() {
        load("needle");
        rows.add(new TranscriptRow.LoadingRow("Loading…"));
        search.searchMore(NEEDLE, rows);
        background.poll().run();
        assertThat(search.searched()).isEqualTo(1);

        search.searchMore(NEEDLE, rows);
        assertThat(background).as("nothing new to search").isEmpty();
    }

    @Test
    void startingOverDropsTheBatchStillRunning() {
        load("needle", "needle");
        search.searchMore(NEEDLE, rows);
        search.startOver();
        assertThat(search.isRunning()).isFalse();

        background.poll().run();
        assertThat(batchesDone).as("the old batch's result is dropped").isZero();
        assertThat(search.matches()).isEmpty();
        assertThat(search.searched()).isZero();

        search.searchMore(new SearchQuery("needle", true, false), rows);
        background.poll().run();
        assertThat(batchesDone).isEqualTo(1);
        assertThat(search.matches()).hasSize(2);
    }

    @Test
    void anEmptyQuerySearchesNothing() {
        load("needle");
        search.searchMore(SearchQuery.EMPTY, rows);
        assertThat(background).isEmpty();
        assertThat(search.isRunning()).isFalse();
    }
}
