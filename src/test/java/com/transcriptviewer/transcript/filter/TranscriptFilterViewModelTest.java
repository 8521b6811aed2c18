package com.transcriptviewer.transcript.filter;

import static com.transcriptviewer.transcript.PagedTranscript.call;
import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

/** Each filter on its own and together, the counts as pages arrive, and the rows the list is given. */
class TranscriptFilterViewModelTest {

    /** Eight messages in pages of four: two lookups and a transfer, each answered, and one stray result. */
    private static List<Message> supportCall() {
        return List.of(
                message(Role.of("system"), "be helpful", 0),
                message(Role.USER, "hi", 1),
                message(Role.ASSISTANT, null, 2, call("c1", "lookup"), call("c2", "transfer")),
                message(Role.TOOL, "{\"found\":true}", 3),
                message(Role.TOOL, "{\"transferred\":true}", 4),
                message(Role.ASSISTANT, "Anything else?", 5),
                message(Role.ASSISTANT, null, 6, call("c3", "lookup")),
                message(Role.TOOL, "{\"found\":false}", 7),
                message(Role.TOOL, "stray result", 8));
    }

    private final PagedTranscript transcript = new PagedTranscript(supportCall(), 4);
    /** Fired as the checks view-model fires it: once per batch of checks applied. */
    private final IntegerProperty checksApplied = new SimpleIntegerProperty();

    private final TranscriptFilterViewModel filters =
            new TranscriptFilterViewModel(transcript.viewModel(), checksApplied);

    /** The card of the loaded call {@code id}. */
    private ToolCallCardViewModel card(String id) {
        return transcript.viewModel().rows().stream()
                .filter(TranscriptRow.MessageRow.class::isInstance)
                .flatMap(row -> ((TranscriptRow.MessageRow) row).bubble().toolCards().stream())
                .filter(card -> card.callId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Sets checks on the loaded calls, as the checks view-model does, and says so. */
    private void applyChecks(Map<String, ToolCallCheck> checks) {
        checks.forEach((id, check) -> card(id).setCheck(check));
        checksApplied.set(checksApplied.get() + 1);
    }

    private static ToolCallCheck problem() {
        return new ToolCallCheck(
                ToolCallCheck.Status.SCHEMA_MISMATCH,
                List.of(new ToolCallCheck.Problem("/id", "id is required.")),
                "Checked against Support, version 1.",
                Optional.empty());
    }

    private static ToolCallCheck ok() {
        return new ToolCallCheck(
                ToolCallCheck.Status.OK, List.of(), "Checked against Support, version 1.", Optional.empty());
    }

    private void loadEverything() {
        transcript.open();
        transcript.viewModel().loadAll();
        transcript.runBackground();
    }

    private List<String> shownTexts() {
        return filters.visibleRows().stream()
                .map(row -> row instanceof TranscriptRow.MessageRow m
                        ? m.index() + ":"
                                + (m.message().text() == null
                                        ? names(m.message().toolCalls())
                                        : m.message().text())
                        : row.getClass().getSimpleName())
                .toList();
    }

    private static String names(List<ToolCall> calls) {
        return calls.stream().map(ToolCall::functionName).toList().toString();
    }

    @Test
    void withoutFiltersEveryRowIsShown() {
        loadEverything();
        assertThat(filters.visibleRows()).isEqualTo(transcript.viewModel().rows());
        assertThat(filters.activeProperty().get()).isFalse();
        assertThat(filters.shownTextProperty().get()).isEqualTo("Showing all 9 loaded");
    }

    @Test
    void roleTogglesHideThatRoleAndKeepTheEndRow() {
        loadEverything();
        filters.showToolProperty().set(false);
        filters.showAssistantProperty().set(false);

        assertThat(shownTexts()).containsExactly("0:be helpful", "1:hi", "EndRow");
        assertThat(filters.activeProperty().get()).isTrue();
        assertThat(filters.shownMessagesProperty().get()).isEqualTo(2);
        assertThat(filters.shownTextProperty().get()).isEqualTo("Showing 2 of 9 loaded");

        filters.showUserProperty().set(false);
        filters.showOtherProperty().set(false);
        assertThat(shownTexts()).containsExactly("EndRow");
        assertThat(filters.shownTextProperty().get()).isEqualTo("Showing 0 of 9 loaded");
    }

    @Test
    void otherRolesAreReportedSoTheirToggleCanBeOffered() {
        assertThat(filters.otherRolesPresentProperty().get()).isFalse();
        transcript.open();
        assertThat(filters.otherRolesPresentProperty().get()).isTrue();
    }

    @Test
    void toolCallsOnlyShowsCallsAndTheResultsAnsweringThem() {
        loadEverything();
        filters.toolCallsOnlyProperty().set(true);

        // The stray result answers no call, so it goes with the plain messages.
        assertThat(shownTexts())
                .containsExactly(
                        "2:[lookup, transfer]",
                        "3:{\"found\":true}",
                        "4:{\"transferred\":true}",
                        "6:[lookup]",
                        "7:{\"found\":false}",
                        "EndRow");
    }

    @Test
    void toolCallsOnlyStillHonoursTheRoleToggles() {
        loadEverything();
        filters.toolCallsOnlyProperty().set(true);
        filters.showToolProperty().set(false);
        assertThat(shownTexts()).containsExactly("2:[lookup, transfer]", "6:[lookup]", "EndRow");
    }

    @Test
    void choosingFunctionsShowsTheirCallsAndResultsOnly() {
        loadEverything();
        filters.setFunctionSelected("transfer", true);

        assertThat(shownTexts()).containsExactly("2:[lookup, transfer]", "4:{\"transferred\":true}", "EndRow");
        assertThat(filters.activeProperty().get()).isTrue();

        filters.setFunctionSelected("lookup", true);
        assertThat(shownTexts())
                .containsExactly(
                        "2:[lookup, transfer]",
                        "3:{\"found\":true}",
                        "4:{\"transferred\":true}",
                        "6:[lookup]",
                        "7:{\"found\":false}",
                        "EndRow");

        filters.setFunctionSelected("transfer", false);
        assertThat(shownTexts())
                .containsExactly(
                        "2:[lookup, transfer]", "3:{\"found\":true}", "6:[lookup]", "7:{\"found\":false}", "EndRow");
    }

    @Test
    void callsWithProblemsShowsThoseCallsAndTheResultsAnsweringThem() {
        loadEverything();
        applyChecks(Map.of("c1", ok(), "c2", problem(), "c3", ok()));
        filters.callsWithProblemsProperty().set(true);

        assertThat(shownTexts()).containsExactly("2:[lookup, transfer]", "4:{\"transferred\":true}", "EndRow");
        assertThat(filters.activeProperty().get()).isTrue();
        assertThat(filters.shownTextProperty().get()).isEqualTo("Showing 2 of 9 loaded");

        filters.setFunctionSelected("lookup", true);
        assertThat(shownTexts()).as("a call must pass both").containsExactly("EndRow");
    }

    @Test
    void callsWithProblemsLooksAgainAsChecksArrive() {
        loadEverything();
        filters.callsWithProblemsProperty().set(true);
        assertThat(shownTexts()).as("nothing checked yet").containsExactly("EndRow");
        assertThat(filters.shownTextProperty().get()).isEqualTo("Showing 0 of 9 loaded");

        applyChecks(Map.of("c1", ok(), "c2", ok()));
        assertThat(shownTexts()).containsExactly("EndRow");

        applyChecks(Map.of("c3", problem()));
        assertThat(shownTexts()).containsExactly("6:[lookup]", "7:{\"found\":false}", "EndRow");

        // A later batch, heard although nobody else read the property in between.
        applyChecks(Map.of("c1", problem()));
        assertThat(shownTexts())
                .containsExactly(
                        "2:[lookup, transfer]", "3:{\"found\":true}", "6:[lookup]", "7:{\"found\":false}", "EndRow");
        assertThat(filters.shownTextProperty().get()).isEqualTo("Showing 4 of 9 loaded");
    }

    @Test
    void callsWithProblemsCoversPagesThatArriveLater() {
        transcript.open();
        applyChecks(Map.of("c1", ok(), "c2", ok()));
        filters.callsWithProblemsProperty().set(true);
        transcript.viewModel().loadMore();
        transcript.runBackground();
        assertThat(shownTexts()).as("the new page's calls are not checked yet").isEmpty();

        applyChecks(Map.of("c3", problem()));
        assertThat(shownTexts()).containsExactly("6:[lookup]", "7:{\"found\":false}");

        filters.clear();
        assertThat(filters.callsWithProblemsProperty().get()).isFalse();
        assertThat(filters.visibleRows()).isEqualTo(transcript.viewModel().rows());
    }

    @Test
    void functionCountsGrowAsPagesArrive() {
        transcript.open();
        assertThat(filters.functionCounts())
                .containsExactly(new FunctionCount("lookup", 1), new FunctionCount("transfer", 1));

        transcript.viewModel().loadMore();
        transcript.runBackground();
        assertThat(filters.functionCounts())
                .containsExactly(new FunctionCount("lookup", 2), new FunctionCount("transfer", 1));
        assertThat(filters.functionCounts().get(0).label()).isEqualTo("lookup (2)");
    }

    @Test
    void anotherConversationStartsTheCountsAfreshAndKeepsAChosenNameListed() {
        transcript.with("other", List.of(message(Role.ASSISTANT, null, 0, call("x", "hangup"), call("y", ""))));
        loadEverything();
        filters.setFunctionSelected("transfer", true);

        transcript.open("other");
        assertThat(filters.functionCounts())
                .containsExactly(
                        new FunctionCount(TranscriptFilterViewModel.UNNAMED_FUNCTION, 1),
                        new FunctionCount("hangup", 1),
                        new FunctionCount("transfer", 0));
        assertThat(shownTexts()).containsExactly("EndRow");
        assertThat(filters.otherRolesPresentProperty().get()).isFalse();
    }

    @Test
    void aFilterAppliesToPagesThatArriveLater() {
        transcript.open();
        filters.showAssistantProperty().set(false);
        filters.showToolProperty().set(false);
        transcript.viewModel().loadMore();
        assertThat(shownTexts())
                .as("the loading row shows while the page comes")
                .containsExactly("0:be helpful", "1:hi", "LoadingRow");
        transcript.runBackground();
        assertThat(shownTexts()).containsExactly("0:be helpful", "1:hi");
        assertThat(filters.shownTextProperty().get()).isEqualTo("Showing 2 of 8 loaded");
    }

    @Test
    void clearShowsEverythingAgainInOneStep() {
        loadEverything();
        filters.showUserProperty().set(false);
        filters.toolCallsOnlyProperty().set(true);
        filters.setFunctionSelected("lookup", true);
        int[] refilters = {0};
        filters.visibleRows().addListener((javafx.collections.ListChangeListener<TranscriptRow>) c -> refilters[0]++);

        filters.clear();

        assertThat(filters.visibleRows()).isEqualTo(transcript.viewModel().rows());
        assertThat(filters.selectedFunctions()).isEmpty();
        assertThat(filters.activeProperty().get()).isFalse();
        assertThat(refilters[0]).as("one change for the whole clear").isEqualTo(1);
    }
}
