package com.transcriptviewer.transcript.find;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.testing.FakeTranscriptSource;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.transcript.find.FindMatch.Where;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Find over a whole conversation without a scene: background work runs when the test says so. */
class FindViewModelTest {

    private static final int PAGE_SIZE = 10;

    /** Background tasks (page loads and search batches) wait in a queue; FX work runs at once. */
    private final Deque<Runnable> background = new ArrayDeque<>();

    /** Tasks waiting for their delay (typing pauses), in the order they were scheduled; cancelled ones taken out. */
    private final List<Runnable> timers = new ArrayList<>();

    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> {
        timers.add(task);
        return () -> timers.remove(task);
    });

    /**
     * 95 messages "c1:m1".."c1:m95"; the needle is in message 5 (capitalised), message 57 (twice) and the arguments of
     * the tool call of message 83.
     */
    private static Message haystack(int i) {
        Instant at = Instant.parse("2025-04-15T13:00:00Z").plusSeconds(i);
        if (i == 83) {
            return new Message(
                    Role.ASSISTANT,
                    null,
                    List.of(new ToolCall(
                            "call_83", "function", "lookup_record", "{\"ref\":\"R-83\",\"note\":\"needle\"}")),
                    at,
                    null,
                    Map.of());
        }
        String text = switch (i) {
            case 5 -> "c1:m5 Needle";
            case 57 -> "c1:m57 needle and needle";
            default -> "c1:m" + i;
        };
        return new Message(i % 2 == 0 ? Role.USER : Role.ASSISTANT, text, List.of(), at, null, Map.of());
    }

    /** Like the real client, it fails a request made with a cancelled token. */
    private final FakeTranscriptSource source = new FakeTranscriptSource();

    private final BubbleContext bubbles = new BubbleContext(
            new JsonFormatter(),
            Runnable::run,
            Runnable::run,
            new TimeFormat(ZoneOffset.UTC, Clock.fixed(Instant.parse("2025-04-15T14:00:00Z"), ZoneOffset.UTC)));
    private final TranscriptViewModel transcript = new TranscriptViewModel(
            new ConversationLoader(background::add, PAGE_SIZE, ConversationLoader.DEFAULT_CONCURRENCY),
            executors,
            bubbles);
    private final FindViewModel find = new FindViewModel(transcript, executors);
    private final List<FindMatch> revealed = new ArrayList<>();

    FindViewModelTest() {
        source.add("c1", 95, FindViewModelTest::haystack);
        find.setOnReveal(revealed::add);
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    /** Opens c1 and shows its first page only. */
    private void openFirstPage() {
        transcript.open(source, "c1");
        runBackground();
        assertThat(transcript.loadedMessagesProperty().get()).isEqualTo(PAGE_SIZE);
    }

    private void search(String text) {
        find.open();
        find.queryProperty().set(text);
    }

    private MessageBubbleViewModel bubble(int messageIndex) {
        return ((TranscriptRow.MessageRow) transcript.rows().get(messageIndex)).bubble();
    }

    private FindMatch current() {
        return find.currentMatchProperty().get();
    }

    // ---- the whole conversation ---------------------------------------------------------------------------------

    @Test
    void searchLoadsThePagesNotLoadedYetAndFindsMatchesInThem() {
        openFirstPage();
        assertThat(source.requests()).containsExactly("c1#1");

        search("needle");
        assertThat(transcript.loadingAllProperty().get())
                .as("starting a search loads the rest")
                .isTrue();
        assertThat(find.loadingProperty().get()).isTrue();
        assertThat(find.progressTextProperty().get()).isEqualTo("Searching… 10 of 95 messages loaded");
        assertThat(find.progressProperty().get()).isCloseTo(10 / 95.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(find.counterTextProperty().get())
                .as("nothing found yet, and more to come")
                .isEmpty();
        runBackground();

        assertThat(source.requests())
                .as("every page once")
                .doesNotHaveDuplicates()
                .hasSize(10);
        assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(find.matches())
                .containsExactly(
                        new FindMatch(4, Where.TEXT, -1, 6, 12),
                        new FindMatch(56, Where.TEXT, -1, 7, 13),
                        new FindMatch(56, Where.TEXT, -1, 18, 24),
                        new FindMatch(82, Where.ARGUMENTS, 0, 22, 28));
        assertThat(find.counterTextProperty().get()).isEqualTo("4 matches");
        assertThat(find.progressTextProperty().get()).isEmpty();
        assertThat(find.loadingProperty().get()).isFalse();
    }

    @Test
    void aCompleteConversationIsSearchedWithoutAnyRequest() {
        source.add("small", 5, i -> haystack(i == 3 ? 57 : i));
        transcript.open(source, "small");
        runBackground();
        int before = source.requests().size();

        search("needle");
        runBackground();
        assertThat(source.requests()).hasSize(before);
        assertThat(find.matches()).extracting(FindMatch::messageIndex).containsExactly(2, 2, 4);
    }

    @Test
    void matchCaseAndWholeWord() {
        openFirstPage();
        search("needle");
        runBackground();
        assertThat(find.matchCountProperty().get()).isEqualTo(4);

        find.matchCaseProperty().set(true);
        runBackground();
        assertThat(find.matches()).extracting(FindMatch::messageIndex).containsExactly(56, 56, 82);

        find.matchCaseProperty().set(false);
        find.queryProperty().set("need");
        runBackground();
        assertThat(find.matchCountProperty().get()).isEqualTo(4);

        find.wholeWordProperty().set(true);
        runBackground();
        assertThat(find.matchCountProperty().get()).isZero();
        assertThat(find.counterTextProperty().get()).isEqualTo("No matches");

        find.queryProperty().set("c1:m9");
        runBackground();
        assertThat(find.matches())
                .as("m9 only, not m90..m95")
                .extracting(FindMatch::messageIndex)
                .containsExactly(8);
        assertThat(find.counterTextProperty().get()).isEqualTo("1 match");
    }

    // ---- moving between matches ---------------------------------------------------------------------------------

    @Test
    void nextAndPreviousWrapAndTheCounterFollows() {
        openFirstPage();
        search("needle");
        runBackground();

        find.next();
        assertThat(find.counterTextProperty().get()).isEqualTo("1 of 4");
        assertThat(current().messageIndex()).isEqualTo(4);
        find.next();
        find.next();
        find.next();
        assertThat(find.counterTextProperty().get()).isEqualTo("4 of 4");
        assertThat(current().messageIndex()).isEqualTo(82);
        find.next();
        assertThat(find.counterTextProperty().get()).as("wraps to the first").isEqualTo("1 of 4");
        find.previous();
        assertThat(find.counterTextProperty().get()).as("wraps to the last").isEqualTo("4 of 4");
        find.previous();
        assertThat(find.counterTextProperty().get()).isEqualTo("3 of 4");
        assertThat(revealed).extracting(FindMatch::messageIndex).containsExactly(4, 56, 56, 82, 4, 82, 56);
    }

    @Test
    void withoutACurrentMatchNextStartsAtTheSelectedMessageAndPreviousBeforeIt() {
        openFirstPage();
        search("needle");
        runBackground();

        find.setOrigin(60);
        find.next();
        assertThat(current().messageIndex()).isEqualTo(82);

        find.setOrigin(60);
        assertThat(current()).as("the selection moved away from the match").isNull();
        find.previous();
        assertThat(find.counterTextProperty().get()).isEqualTo("3 of 4");
        assertThat(current().messageIndex()).isEqualTo(56);
    }

    @Test
    void nextWaitsForPagesOnTheirWayInsteadOfWrapping() {
        openFirstPage();
        search("needle");
        // Search the first page only; the load of the rest waits in the queue.
        background.pollLast().run();
        assertThat(find.counterTextProperty().get()).isEqualTo("1 match");

        find.next();
        assertThat(current().messageIndex()).isEqualTo(4);
        find.next();
        assertThat(current().messageIndex()).as("still searching: no wrap").isEqualTo(4);
        assertThat(find.counterTextProperty().get()).isEqualTo("1 of 1");

        runBackground();
        assertThat(current().messageIndex())
                .as("went on once the next match arrived")
                .isEqualTo(56);
        assertThat(find.counterTextProperty().get()).isEqualTo("2 of 4");
    }

    @Test
    void previousFromTheFirstMatchWrapsToTheLastOnceEverythingIsSearched() {
        openFirstPage();
        search("needle");
        background.pollLast().run();
        find.next();
        find.previous();
        assertThat(current().messageIndex()).isEqualTo(4);

        runBackground();
        assertThat(current().messageIndex()).isEqualTo(82);
        assertThat(find.counterTextProperty().get()).isEqualTo("4 of 4");
    }

    // ---- marks --------------------------------------------------------------------------------------------------

    @Test
    void goingToAMatchMarksEveryMatchOfItsMessageAndTheCurrentOneApart() {
        openFirstPage();
        search("needle");
        runBackground();
        find.next();
        find.next();
        find.next();

        TextMarks marks = bubble(56).textMarksProperty().get();
        assertThat(marks.ranges()).containsExactly(new TextMarks.Range(7, 13), new TextMarks.Range(18, 24));
        assertThat(marks.current()).isEqualTo(1);
        assertThat(bubble(4).textMarksProperty().get())
                .as("the previous message keeps its mark, no longer current")
                .isEqualTo(new TextMarks(List.of(new TextMarks.Range(6, 12)), -1));
    }

    @Test
    void everyMatchIsMarkedAsItsPageIsSearchedAndTheMarksGoWithTheQuery() {
        openFirstPage();
        search("needle");
        background.pollLast().run();
        assertThat(bubble(4).textMarksProperty().get())
                .as("the first page's match, before any move")
                .isEqualTo(new TextMarks(List.of(new TextMarks.Range(6, 12)), -1));
        runBackground();
        assertThat(bubble(56).textMarksProperty().get().ranges()).hasSize(2);
        assertThat(bubble(82).toolCards().get(0).argumentMarksProperty().get())
                .isEqualTo(new TextMarks(List.of(new TextMarks.Range(22, 28)), -1));
        assertThat(bubble(82).toolCards().get(0).isExpanded())
                .as("only the current match's card opens")
                .isFalse();

        find.queryProperty().set("c1:m57 ");
        runBackground();
        assertThat(bubble(4).textMarksProperty().get()).isEqualTo(TextMarks.NONE);
        assertThat(bubble(82).toolCards().get(0).argumentMarksProperty().get()).isEqualTo(TextMarks.NONE);
        assertThat(bubble(56).textMarksProperty().get().ranges()).containsExactly(new TextMarks.Range(0, 7));
    }

    // ---- typing --------------------------------------------------------------------------------------------------

    @Test
    void typingSearchesOncePausedAndMakesTheFirstMatchCurrentThenEnterGoesOn() {
        openFirstPage();
        find.open();
        find.type("n");
        find.type("ne");
        find.type("needle");
        assertThat(find.queryProperty().get()).as("still typing").isEmpty();
        assertThat(timers).as("one wait, for the last key").hasSize(1);

        timers.remove(0).run();
        runBackground();
        assertThat(find.queryProperty().get()).isEqualTo("needle");
        assertThat(current().messageIndex())
                .as("the first match, without Enter")
                .isEqualTo(4);
        assertThat(find.counterTextProperty().get()).isEqualTo("1 of 4");
        assertThat(revealed).extracting(FindMatch::messageIndex).containsExactly(4);
        assertThat(bubble(4).textMarksProperty().get().current()).isZero();
        assertThat(bubble(56).textMarksProperty().get().ranges())
                .as("the others marked too")
                .hasSize(2);

        find.next();
        assertThat(find.counterTextProperty().get()).as("Enter: the next one").isEqualTo("2 of 4");
        find.previous();
        find.previous();
        assertThat(find.counterTextProperty().get()).as("Shift+Enter wraps").isEqualTo("4 of 4");
    }

    @Test
    void typingStartsAtTheSelectedMessageAndEnterBeforeThePauseSearchesAtOnce() {
        openFirstPage();
        find.open();
        find.setOrigin(60);
        find.type("needle");
        find.next();
        assertThat(timers).as("the wait was cut short").isEmpty();
        runBackground();
        assertThat(current().messageIndex())
                .as("the first match from the selected message on")
                .isEqualTo(82);

        find.type("");
        assertThat(find.queryProperty().get()).as("clearing needs no pause").isEmpty();
        assertThat(current()).isNull();
        assertThat(bubble(82).toolCards().get(0).argumentMarksProperty().get()).isEqualTo(TextMarks.NONE);
    }

    @Test
    void aMatchInToolArgumentsExpandsItsCardAndMarksTheRawArguments() {
        openFirstPage();
        search("needle");
        runBackground();
        find.previous();

        ToolCallCardViewModel card = bubble(82).toolCards().get(0);
        assertThat(card.isExpanded()).isTrue();
        assertThat(card.argumentMarksProperty().get())
                .isEqualTo(new TextMarks(List.of(new TextMarks.Range(22, 28)), 0));
        assertThat(card.toolCall().arguments().substring(22, 28)).isEqualTo("needle");
        assertThat(card.nameMarksProperty().get()).isEqualTo(TextMarks.NONE);
        assertThat(bubble(82).textMarksProperty().get()).isEqualTo(TextMarks.NONE);

        find.queryProperty().set("lookup");
        runBackground();
        find.next();
        assertThat(card.argumentMarksProperty().get()).isEqualTo(TextMarks.NONE);
        assertThat(card.nameMarksProperty().get()).isEqualTo(new TextMarks(List.of(new TextMarks.Range(0, 6)), 0));
    }

    @Test
    void closingClearsTheMarksAndTheMatches() {
        openFirstPage();
        search("needle");
        runBackground();
        find.next();
        assertThat(bubble(4).textMarksProperty().get().isEmpty()).isFalse();

        find.close();
        assertThat(bubble(4).textMarksProperty().get()).isEqualTo(TextMarks.NONE);
        assertThat(find.matchCountProperty().get()).isZero();
        assertThat(find.counterTextProperty().get()).isEmpty();
        assertThat(find.queryProperty().get()).as("kept for the next time").isEqualTo("needle");

        find.open();
        runBackground();
        assertThat(find.matchCountProperty().get()).isEqualTo(4);
    }

    // ---- stale results, cancelling, switching ---------------------------------------------------------------------

    @Test
    void aNewQueryDropsTheResultsOfTheOldOne() {
        transcript.open(source, "c1");
        transcript.loadAll();
        runBackground();
        assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);

        search("c1:m");
        assertThat(background).as("the old search is still to run").hasSize(1);
        find.queryProperty().set("needle");
        runBackground();

        assertThat(find.matches()).extracting(FindMatch::messageIndex).containsExactly(4, 56, 56, 82);
        find.next();
        assertThat(find.counterTextProperty().get()).isEqualTo("1 of 4");
    }

    @Test
    void cancelStopsLoadingAndTheSearchCoversWhatIsLoaded() {
        openFirstPage();
        search("needle");
        find.cancelLoading();
        runBackground();

        assertThat(source.requestsFor("c1"))
                .as("no page after the cancelled one")
                .isLessThanOrEqualTo(2);
        assertThat(transcript.loadingAllProperty().get()).isFalse();
        assertThat(transcript.loadedMessagesProperty().get()).isEqualTo(10);
        assertThat(find.matches()).extracting(FindMatch::messageIndex).containsExactly(4);
        assertThat(find.loadingProperty().get()).isFalse();
        assertThat(find.partialProperty().get()).isTrue();
        assertThat(find.progressTextProperty().get()).isEqualTo("Only 10 of 95 messages searched");

        find.queryProperty().set("needle ");
        find.queryProperty().set("needle");
        runBackground();
        assertThat(source.requestsFor("c1"))
                .as("a new query does not undo the cancel")
                .isLessThanOrEqualTo(2);

        find.resume();
        runBackground();
        assertThat(find.matchCountProperty().get()).isEqualTo(4);
        assertThat(find.partialProperty().get()).isFalse();
    }

    @Test
    void aPageThatFailsToLoadIsSaidAndResumeTriesItAgain() {
        source.failOnce(
                3,
                new ApiException(
                        ErrorKind.SERVER,
                        "The Telnyx API had a problem (HTTP 500).",
                        500,
                        null,
                        List.of(),
                        null,
                        null));
        openFirstPage();
        search("needle");
        runBackground();

        assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.FAILED_MORE);
        assertThat(find.progressTextProperty().get()).isEqualTo("A page failed to load; 20 of 95 messages searched");
        assertThat(find.partialProperty().get()).isTrue();
        assertThat(find.loadingProperty().get()).isFalse();
        assertThat(find.counterTextProperty().get()).isEqualTo("1 match");
        find.next();
        find.next();
        assertThat(find.counterTextProperty().get())
                .as("nothing more is coming: wraps")
                .isEqualTo("1 of 1");

        find.resume();
        runBackground();
        assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(find.matchCountProperty().get()).isEqualTo(4);
        assertThat(find.progressTextProperty().get()).isEmpty();
    }

    @Test
    void closingStopsTheLoadingTheSearchStarted() {
        openFirstPage();
        search("needle");
        find.close();
        assertThat(transcript.loadingAllProperty().get()).isFalse();
        runBackground();
        assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.READY);
    }

    @Test
    void openingAnotherConversationSearchesItInstead() {
        source.add(
                "c2",
                30,
                i -> new Message(
                        Role.USER,
                        i == 25 ? "a needle in c2" : "c2:m" + i,
                        List.of(),
                        Instant.EPOCH.plusSeconds(i),
                        null,
                        Map.of()));
        openFirstPage();
        search("needle");
        runBackground();
        find.next();
        assertThat(find.matchCountProperty().get()).isEqualTo(4);

        transcript.open(source, "c2");
        assertThat(find.matchCountProperty().get()).isZero();
        assertThat(current()).isNull();
        runBackground();

        assertThat(transcript.stateProperty().get())
                .as("the new conversation is loaded whole too")
                .isEqualTo(TranscriptState.COMPLETE);
        assertThat(find.matches()).containsExactly(new FindMatch(24, Where.TEXT, -1, 2, 8));
    }

    @Test
    void aQueryMatchingTooOftenStopsAtTheLimit() {
        source.add(
                "big",
                1,
                i -> new Message(
                        Role.USER,
                        "x".repeat(FindViewModel.MAX_MATCHES + 5),
                        List.of(),
                        Instant.EPOCH,
                        null,
                        Map.of()));
        transcript.open(source, "big");
        runBackground();
        search("x");
        runBackground();
        assertThat(find.matchCountProperty().get()).isEqualTo(FindViewModel.MAX_MATCHES);
        assertThat(find.counterTextProperty().get()).isEqualTo("100,000+ matches");
        find.next();
        assertThat(find.counterTextProperty().get()).isEqualTo("1 of 100,000+");
    }

    @Test
    void anEmptyQueryLoadsNothing() {
        openFirstPage();
        search("");
        runBackground();
        assertThat(source.requests()).containsExactly("c1#1");
        assertThat(find.counterTextProperty().get()).isEmpty();
        assertThat(find.progressTextProperty().get()).isEmpty();
    }
}
