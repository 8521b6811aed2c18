package com.transcriptviewer.transcript;

import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** The prefetch is told message indexes, not positions in a filtered list, and keeps paging while the end shows. */
class VisibleRowsTest {

    private static List<Message> alternating(int count) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(message(i % 2 == 0 ? Role.USER : Role.ASSISTANT, "m" + i, i));
        }
        return messages;
    }

    @Test
    void aFilteredPositionIsReportedAsTheMessageIndexItShows() {
        PagedTranscript transcript = new PagedTranscript(alternating(30), 10).open();
        FilteredList<TranscriptRow> users = new FilteredList<>(
                transcript.viewModel().rows(),
                row -> !(row instanceof TranscriptRow.MessageRow m)
                        || m.message().role() == Role.USER);

        assertThat(VisibleRows.prefetchIndex(users, 2, 10))
                .as("third user message")
                .isEqualTo(4);
        assertThat(VisibleRows.prefetchIndex(users, users.size() - 1, 10))
                .as("end of the shown rows")
                .isEqualTo(9);
        assertThat(VisibleRows.prefetchIndex(users, -1, 10)).isEqualTo(VisibleRows.UNKNOWN);
    }

    @Test
    void withEverythingHiddenTheEndIsOnScreenAndPagingCarriesOn() {
        PagedTranscript transcript = new PagedTranscript(alternating(30), 10).open();
        TranscriptViewModel viewModel = transcript.viewModel();
        FilteredList<TranscriptRow> none =
                new FilteredList<>(viewModel.rows(), row -> !(row instanceof TranscriptRow.MessageRow));

        for (int step = 0; step < 10 && viewModel.stateProperty().get() != TranscriptState.COMPLETE; step++) {
            viewModel.onLastVisibleRow(VisibleRows.prefetchIndex(
                    none, none.size() - 1, viewModel.loadedMessagesProperty().get()));
            transcript.runBackground();
        }
        assertThat(viewModel.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(viewModel.loadedMessagesProperty().get()).isEqualTo(30);
        assertThat(none).singleElement().isInstanceOf(TranscriptRow.EndRow.class);
    }

    @Test
    void theTrailingLoadingRowCountsAsTheEnd() {
        PagedTranscript transcript = new PagedTranscript(alternating(30), 10).open();
        transcript.viewModel().loadMore();
        List<TranscriptRow> rows = transcript.viewModel().rows();
        assertThat(rows.get(rows.size() - 1)).isInstanceOf(TranscriptRow.LoadingRow.class);
        assertThat(VisibleRows.prefetchIndex(rows, rows.size() - 1, 10)).isEqualTo(9);
        assertThat(VisibleRows.prefetchIndex(rows, 3, 10)).isEqualTo(3);
    }
}
