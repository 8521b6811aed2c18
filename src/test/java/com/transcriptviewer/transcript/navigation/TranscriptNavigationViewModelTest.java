package com.transcriptviewer.transcript.navigation;

import static com.transcriptviewer.transcript.PagedTranscript.call;
import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Next and previous tool call, start, end and go to time, over loaded and not-yet-loaded pages. */
class TranscriptNavigationViewModelTest {

    /**
     * 30 messages ten seconds apart, in pages of 5 (six pages): tool calls at 2 and 23 (page 5), user messages at
     * every even index otherwise.
     */
    private static List<Message> conversation() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i == 2 || i == 23) {
                messages.add(message(Role.ASSISTANT, null, i * 10, call("c" + i, "lookup")));
            } else {
                messages.add(message(i % 2 == 0 ? Role.USER : Role.ASSISTANT, "m" + i, i * 10));
            }
        }
        return messages;
    }

    private final PagedTranscript transcript = new PagedTranscript(conversation(), 5);
    private Predicate<TranscriptRow.MessageRow> shown = row -> true;
    private final TranscriptNavigationViewModel navigation =
            new TranscriptNavigationViewModel(transcript.viewModel(), row -> shown.test(row));
    private final List<Integer> revealed = new ArrayList<>();

    {
        navigation.setOnReveal(revealed::add);
    }

    /** Runs fetches until none is left (each page may make the search ask for the next). */
    private void settle() {
        for (int step = 0; step < 50 && transcript.hasPendingWork(); step++) {
            transcript.runBackground();
        }
    }

    @Test
    void nextToolCallFindsOneAlreadyLoaded() {
        transcript.open();
        navigation.nextToolCall(-1);
        assertThat(revealed).containsExactly(2);
        assertThat(navigation.messageProperty().get()).isEmpty();
        assertThat(navigation.searchingProperty().get()).isFalse();
    }

    @Test
    void nextToolCallLoadsPagesOneByOneUntilItFindsOne() {
        transcript.open();
        navigation.nextToolCall(2);
        assertThat(revealed).isEmpty();
        assertThat(navigation.searchingProperty().get()).isTrue();
        assertThat(navigation.messageProperty().get()).startsWith("Looking for the next tool call");

        settle();

        assertThat(revealed).containsExactly(23);
        assertThat(transcript.pagesRequested())
                .as("no page past the one holding the call")
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(navigation.searchingProperty().get()).isFalse();
        assertThat(navigation.messageProperty().get()).isEmpty();
    }

    @Test
    void nextToolCallAfterTheLastSaysSoAtTheEnd() {
        transcript.open();
        navigation.nextToolCall(23);
        settle();
        assertThat(revealed).isEmpty();
        assertThat(transcript.viewModel().stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(navigation.messageProperty().get()).isEqualTo("No tool call after this message.");
        assertThat(transcript.pagesRequested()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void nextToolCallSkipsCallsTheFiltersHide() {
        shown = row -> row.index() != 2;
        transcript.open();
        navigation.nextToolCall(-1);
        settle();
        assertThat(revealed).containsExactly(23);
    }

    @Test
    void previousToolCallLooksBackFromTheSelectionOrTheEnd() {
        transcript.open();
        navigation.nextToolCall(2);
        settle();
        revealed.clear();

        navigation.previousToolCall(23);
        navigation.previousToolCall(-1);
        navigation.previousToolCall(2);
        assertThat(revealed).containsExactly(2, 23);
        assertThat(navigation.messageProperty().get()).isEqualTo("No tool call before this message.");
    }

    @Test
    void startGoesToTheFirstShownMessage() {
        transcript.open();
        shown = row -> row.index() >= 3;
        navigation.toStart();
        assertThat(revealed).containsExactly(3);
    }

    @Test
    void endLoadsTheWholeConversationThenGoesToTheLastShownMessage() {
        transcript.open();
        shown = row -> row.message().role() == Role.USER;
        navigation.toEnd();
        assertThat(transcript.viewModel().loadingAllProperty().get()).isTrue();
        assertThat(navigation.messageProperty().get()).startsWith("Loading the whole conversation");
        assertThat(revealed).isEmpty();

        settle();

        assertThat(transcript.viewModel().stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(revealed).containsExactly(28);
        assertThat(navigation.messageProperty().get()).isEmpty();
    }

    @Test
    void endWhenEverythingIsLoadedGoesThereAtOnce() {
        transcript.open();
        transcript.viewModel().loadAll();
        settle();
        int requests = transcript.pagesRequested().size();
        navigation.toEnd();
        assertThat(revealed).containsExactly(29);
        assertThat(transcript.pagesRequested()).hasSize(requests);
    }

    @Test
    void cancellingTheWholeLoadGoesToTheEndOfWhatIsLoaded() {
        transcript.open();
        navigation.toEnd();
        transcript.viewModel().cancelLoadAll();
        settle();
        assertThat(revealed).hasSize(1);
        assertThat(revealed.get(0))
                .isEqualTo(transcript.viewModel().loadedMessagesProperty().get() - 1);
    }

    @Test
    void goToTimeFindsTheFirstMessageAtOrAfterTheOffsetLoadingPagesAsNeeded() {
        transcript.open();
        assertThat(navigation.goToTime("0:25")).isTrue();
        assertThat(revealed)
                .as("message 3 is at +00:30, the first at or after +00:25")
                .containsExactly(3);

        assertThat(navigation.goToTime("+04:10")).isTrue();
        settle();
        assertThat(revealed).containsExactly(3, 25);
        assertThat(transcript.pagesRequested()).containsExactly(1, 2, 3, 4, 5, 6);

        assertThat(navigation.goToTime("120")).isTrue();
        assertThat(revealed).as("exactly at the offset").containsExactly(3, 25, 12);
    }

    @Test
    void goToTimeSkipsMessagesTheFiltersHide() {
        transcript.open();
        shown = row -> row.message().role() == Role.USER;
        assertThat(navigation.goToTime("0:30")).isTrue();
        assertThat(revealed).containsExactly(4);
    }

    @Test
    void goToTimeRefusesABadEntryAndSaysWhy() {
        transcript.open();
        assertThat(navigation.goToTime("2:75")).isFalse();
        assertThat(navigation.messageProperty().get()).isEqualTo("Seconds go up to 59 (75 given).");
        assertThat(revealed).isEmpty();
        assertThat(transcript.pagesRequested()).containsExactly(1);
    }

    @Test
    void goToTimePastTheEndSaysWhereTheConversationEnds() {
        transcript.open();
        assertThat(navigation.goToTime("1:00:00")).isTrue();
        settle();
        assertThat(revealed).isEmpty();
        assertThat(navigation.messageProperty().get())
                .isEqualTo("Nothing at or after +1:00:00: the last message is at +04:50.");
    }

    @Test
    void openingAnotherConversationDropsTheSearch() {
        transcript.with("other", List.of(message(Role.ASSISTANT, null, 0, call("x", "hangup"))));
        transcript.open();
        navigation.nextToolCall(2);
        assertThat(navigation.searchingProperty().get()).isTrue();

        transcript.open("other");
        settle();
        assertThat(revealed).isEmpty();
        assertThat(navigation.searchingProperty().get()).isFalse();
        assertThat(navigation.messageProperty().get()).isEmpty();
    }

    @Test
    void aFailedPageEndsTheSearchWithAMessage() {
        transcript.open();
        navigation.nextToolCall(2);
        transcript.failNextPage();
        settle();
        assertThat(revealed).isEmpty();
        assertThat(navigation.searchingProperty().get()).isFalse();
        assertThat(navigation.messageProperty().get())
                .isEqualTo("Could not load more of the conversation to look for the next tool call.");
    }
}
