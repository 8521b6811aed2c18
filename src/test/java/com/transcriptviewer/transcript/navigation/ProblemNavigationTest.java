package com.transcriptviewer.transcript.navigation;

import static com.transcriptviewer.transcript.PagedTranscript.call;
import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

/** Next and previous call with a problem, over pages still to load and checks still to come. */
class ProblemNavigationTest {

    /** Calls at 2, 8, 12 and 23 of 30 messages in pages of 5; the checks find problems in 8 and 23. */
    private static final Set<Integer> CALLS = Set.of(2, 8, 12, 23);

    private static final Set<Integer> PROBLEMS = Set.of(8, 23);

    private static List<Message> conversation() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            messages.add(
                    CALLS.contains(i)
                            ? message(Role.ASSISTANT, null, i * 10, call("c" + i, "book"))
                            : message(i % 2 == 0 ? Role.USER : Role.ASSISTANT, "m" + i, i * 10));
        }
        return messages;
    }

    private final PagedTranscript transcript = new PagedTranscript(conversation(), 5);
    private final IntegerProperty checksApplied = new SimpleIntegerProperty();
    private Predicate<TranscriptRow.MessageRow> shown = row -> true;
    private final TranscriptNavigationViewModel navigation =
            new TranscriptNavigationViewModel(transcript.viewModel(), row -> shown.test(row), checksApplied);
    private final List<Integer> revealed = new ArrayList<>();

    {
        navigation.setOnReveal(revealed::add);
    }

    private static ToolCallCheck check(boolean problem) {
        return problem
                ? new ToolCallCheck(
                        ToolCallCheck.Status.SCHEMA_MISMATCH,
                        List.of(new ToolCallCheck.Problem("/date", "date is required.")),
                        "Checked against Booking, version 1.",
                        Optional.empty())
                : new ToolCallCheck(ToolCallCheck.Status.OK, List.of(), "Checked against Booking, version 1.", null);
    }

    /** Checks every loaded call not checked yet, as the checks view-model does once the assistant is known. */
    private void checkLoaded() {
        for (TranscriptRow row : List.copyOf(transcript.viewModel().rows())) {
            if (row instanceof TranscriptRow.MessageRow message) {
                for (ToolCallCardViewModel card : message.bubble().toolCards()) {
                    if (card.getCheck() == null) {
                        card.setCheck(check(PROBLEMS.contains(message.index())));
                    }
                }
            }
        }
        checksApplied.set(checksApplied.get() + 1);
    }

    /** Runs fetches until none is left, the checks of each page following it. */
    private void settle() {
        for (int step = 0; step < 50; step++) {
            transcript.runBackground();
            checkLoaded();
            if (!transcript.hasPendingWork()) {
                return;
            }
        }
    }

    @Test
    void nextProblemSkipsCallsThatAreFineAndLoadsPagesUntilItFindsOne() {
        transcript.open();
        checkLoaded();
        navigation.nextProblem(-1);
        assertThat(navigation.messageProperty().get()).startsWith("Looking for the next call with a problem");
        settle();
        assertThat(revealed).as("call 2 is fine; call 8 is on the second page").containsExactly(8);

        navigation.nextProblem(8);
        assertThat(navigation.searchingProperty().get()).isTrue();
        settle();

        assertThat(revealed).containsExactly(8, 23);
        assertThat(transcript.pagesRequested())
                .as("no page past the one holding the problem")
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(navigation.searchingProperty().get()).isFalse();
        assertThat(navigation.messageProperty().get()).isEmpty();
    }

    @Test
    void nextProblemWaitsForTheChecksOfCallsNotCheckedYet() {
        transcript.open();
        navigation.nextProblem(-1);
        assertThat(revealed).as("call 2 is not checked yet").isEmpty();
        assertThat(navigation.searchingProperty().get()).isTrue();
        assertThat(navigation.messageProperty().get()).isEqualTo(TranscriptNavigationViewModel.WAITING_FOR_CHECKS);
        assertThat(transcript.pagesRequested())
                .as("no page loaded while waiting")
                .containsExactly(1);

        checkLoaded();
        // Call 2 is fine; call 8 is on the next page, loaded and then waited for in turn.
        assertThat(revealed).isEmpty();
        settle();
        assertThat(revealed).containsExactly(8);
        assertThat(navigation.searchingProperty().get()).isFalse();
    }

    @Test
    void checksAppliedAgainAreHeardEachTime() {
        transcript.open();
        transcript.viewModel().loadAll();
        transcript.runBackground();
        navigation.nextProblem(2);
        assertThat(navigation.messageProperty().get()).isEqualTo(TranscriptNavigationViewModel.WAITING_FOR_CHECKS);

        // Two batches, nobody reading the count in between: the second is heard as well.
        rowCard(8).setCheck(check(false));
        checksApplied.set(checksApplied.get() + 1);
        rowCard(12).setCheck(check(false));
        checksApplied.set(checksApplied.get() + 1);
        assertThat(revealed).isEmpty();
        rowCard(23).setCheck(check(true));
        checksApplied.set(checksApplied.get() + 1);
        assertThat(revealed).containsExactly(23);
    }

    @Test
    void nextProblemAfterTheLastSaysSoAtTheEnd() {
        transcript.open();
        checkLoaded();
        navigation.nextProblem(23);
        settle();
        assertThat(revealed).isEmpty();
        assertThat(transcript.viewModel().stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(navigation.messageProperty().get()).isEqualTo("No call with a problem after this message.");
    }

    @Test
    void previousProblemLooksBackFromTheSelectionOrTheEnd() {
        transcript.open();
        transcript.viewModel().loadAll();
        settle();

        navigation.previousProblem(23);
        navigation.previousProblem(-1);
        assertThat(revealed).containsExactly(8, 23);
        navigation.previousProblem(8);
        assertThat(revealed).containsExactly(8, 23);
        assertThat(navigation.messageProperty().get()).isEqualTo("No call with a problem before this message.");
    }

    @Test
    void previousProblemWaitsForAnEarlierCallNotCheckedYet() {
        transcript.open();
        transcript.viewModel().loadAll();
        transcript.runBackground();
        rowCard(23).setCheck(check(true));
        rowCard(12).setCheck(check(false));

        navigation.previousProblem(29);
        assertThat(revealed).as("23 is the nearest, and checked").containsExactly(23);

        navigation.previousProblem(23);
        assertThat(navigation.messageProperty().get()).isEqualTo(TranscriptNavigationViewModel.WAITING_FOR_CHECKS);
        checkLoaded();
        assertThat(revealed).containsExactly(23, 8);
    }

    @Test
    void problemsTheFiltersHideAreSkipped() {
        transcript.open();
        transcript.viewModel().loadAll();
        settle();
        shown = row -> row.index() != 8;
        navigation.nextProblem(-1);
        assertThat(revealed).containsExactly(23);
    }

    private ToolCallCardViewModel rowCard(int index) {
        return ((TranscriptRow.MessageRow) transcript.viewModel().rows().get(index))
                .bubble()
                .toolCards()
                .get(0);
    }
}
