package com.transcriptviewer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.testing.FakeTranscriptSource;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The transcript's state machine without a scene: background work and timers run when the test says so. */
class TranscriptViewModelTest {

    /** Background tasks wait in a queue; FX work runs at once (the test is the FX thread). */
    private final Deque<Runnable> background = new ArrayDeque<>();

    private final List<Runnable> timers = new ArrayList<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> {
        timers.add(task);
        return () -> timers.remove(task);
    });

    private final FakeTranscriptSource source = new FakeTranscriptSource()
            .withLabel("demo data")
            .withHeaders(id -> Optional.of(new Conversation(
                    id, "Call " + id, null, null, Map.of("telnyx_conversation_channel", "phone_call"))));
    private final BubbleContext bubbles = new BubbleContext(
            new JsonFormatter(),
            Runnable::run,
            Runnable::run,
            new TimeFormat(ZoneOffset.UTC, Clock.fixed(Instant.parse("2025-04-15T14:00:00Z"), ZoneOffset.UTC)));
    private final TranscriptViewModel vm =
            new TranscriptViewModel(new ConversationLoader(background::add, 10, 4), executors, bubbles);

    /** Conversation {@code id} of {@code total} messages "id:m1".."id:mN". */
    private void conversation(String id, int total) {
        source.add(id, total, i -> FakeTranscriptSource.numbered(id + ":m" + i, i));
    }

    private void open(String id) {
        vm.open(source, id);
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private List<String> shownTexts() {
        return vm.rows().stream()
                .filter(TranscriptRow.MessageRow.class::isInstance)
                .map(r -> ((TranscriptRow.MessageRow) r).message().text())
                .toList();
    }

    private static ApiException serverError() {
        return FakeTranscriptSource.serverError();
    }

    @Test
    void theHeaderAndSourceAreKnownForTheOpenConversationOnly() {
        conversation("c1", 5);
        conversation("c2", 5);
        assertThat(vm.headerProperty().get()).isNull();
        assertThat(vm.sourceProperty().get()).isNull();

        open("c1");
        assertThat(vm.sourceProperty().get())
                .as("a ready source is known at once")
                .isSameAs(source);
        assertThat(vm.headerProperty().get()).as("until it arrives").isNull();
        runBackground();
        assertThat(vm.headerProperty().get().id()).isEqualTo("c1");
        assertThat(vm.headerProperty().get().channel()).isEqualTo("phone_call");

        open("c2");
        assertThat(vm.headerProperty().get()).as("not the last conversation's").isNull();
        runBackground();
        assertThat(vm.headerProperty().get().id()).isEqualTo("c2");
    }

    @Test
    void aSourceStillBeingSetUpIsUnknownUntilItIsReady() {
        conversation("c1", 5);
        java.util.concurrent.CompletableFuture<TranscriptSource> connecting =
                new java.util.concurrent.CompletableFuture<>();

        vm.open(connecting, "c1");
        assertThat(vm.sourceProperty().get()).isNull();
        connecting.complete(source);
        assertThat(vm.sourceProperty().get()).isSameAs(source);
    }

    @Test
    void firstPageShowsMessagesHeaderAndStatus() {
        conversation("c1", 25);
        open("c1");
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.LOADING_FIRST);
        assertThat(vm.statusTextProperty().get()).startsWith("Loading");
        runBackground();

        assertThat(shownTexts()).hasSize(10).first().isEqualTo("c1:m1");
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.READY);
        assertThat(vm.firstPageShownProperty().get()).isTrue();
        assertThat(vm.conversationNameProperty().get()).isEqualTo("Call c1");
        assertThat(vm.channelProperty().get()).isEqualTo("phone_call");
        assertThat(vm.totalMessagesProperty().get()).isEqualTo(25);
        assertThat(vm.statusTextProperty().get()).isEqualTo("Loaded 10 of 25 messages · page 1 of 3 · demo data");
    }

    @Test
    void scrollingNearTheEndPrefetchesOnePageAtATime() {
        conversation("c1", 25);
        open("c1");
        runBackground();

        vm.onLastVisibleRow(3);
        vm.onLastVisibleRow(4);
        assertThat(background).as("one fetch in flight, not two").hasSize(1);
        assertThat(vm.rows().get(vm.rows().size() - 1)).isInstanceOf(TranscriptRow.LoadingRow.class);
        runBackground();
        assertThat(shownTexts()).hasSize(20);

        vm.onLastVisibleRow(5);
        assertThat(background)
                .as("no prefetch while more than a page from the end")
                .isEmpty();

        vm.onLastVisibleRow(12);
        runBackground();
        assertThat(shownTexts()).hasSize(25).last().isEqualTo("c1:m25");
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(vm.rows().get(vm.rows().size() - 1)).isInstanceOf(TranscriptRow.EndRow.class);
        assertThat(vm.statusTextProperty().get()).isEqualTo("All 25 messages loaded · 3 pages · demo data");

        vm.onLastVisibleRow(25);
        assertThat(background).as("nothing after the end").isEmpty();
        assertThat(source.requests()).containsExactly("c1#1", "c1#2", "c1#3");
    }

    @Test
    void failedLaterPageShowsErrorRowAndRetryNeitherDuplicatesNorSkips() {
        conversation("c1", 25);
        source.failOnce(2, serverError());
        open("c1");
        runBackground();
        vm.loadMore();
        runBackground();

        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.FAILED_MORE);
        assertThat(shownTexts()).as("what was loaded stays").hasSize(10);
        TranscriptRow last = vm.rows().get(vm.rows().size() - 1);
        assertThat(last).isInstanceOf(TranscriptRow.ErrorRow.class);
        assertThat(((TranscriptRow.ErrorRow) last).text()).contains("HTTP 500");

        vm.retry();
        runBackground();
        vm.loadMore();
        runBackground();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            expected.add("c1:m" + i);
        }
        assertThat(shownTexts()).containsExactlyElementsOf(expected);
        assertThat(source.requests()).containsExactly("c1#1", "c1#2", "c1#2", "c1#3");
    }

    @Test
    void firstPageErrorReplacesTheListWithTheMessage() {
        source.failOnce(
                1,
                new ApiException(
                        ErrorKind.UNAUTHORIZED,
                        "API key rejected — open Settings to enter a valid key.",
                        401,
                        null,
                        List.of(),
                        null,
                        null));
        conversation("c1", 5);
        open("c1");
        runBackground();
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.FAILED_FIRST);
        assertThat(vm.errorKindProperty().get()).isEqualTo(ErrorKind.UNAUTHORIZED);
        assertThat(vm.errorMessageProperty().get()).startsWith("API key rejected");
        assertThat(vm.rows()).isEmpty();

        vm.retry();
        runBackground();
        assertThat(shownTexts()).hasSize(5);
        assertThat(vm.errorMessageProperty().get()).isEmpty();
    }

    @Test
    void unknownConversationSaysSo() {
        open("nope");
        runBackground();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("No conversation with id nope.");
    }

    @Test
    void switchingConversationDropsLateResultsOfTheOldOne() {
        conversation("old", 30);
        conversation("new", 30);
        source.failWhenCancelled(false);
        AtomicBoolean oldCancelledInFlight = new AtomicBoolean();
        // The user opens another conversation while the old one's first page is being answered: that page then
        // arrives late, with its request cancelled, and must be dropped.
        TranscriptSource switchesMidRequest = new TranscriptSource() {
            @Override
            public Page<Message> page(String id, int number, int size, CancelToken cancel) throws ApiException {
                if (id.equals("old")) {
                    open("new");
                    oldCancelledInFlight.set(cancel.isCancelled());
                }
                return source.page(id, number, size, cancel);
            }

            @Override
            public Optional<Conversation> conversation(String id, CancelToken cancel) {
                return source.conversation(id, cancel);
            }

            @Override
            public String label() {
                return source.label();
            }
        };
        vm.open(switchesMidRequest, "old");
        runBackground();

        assertThat(shownTexts()).hasSize(10).allMatch(t -> t.startsWith("new:"));
        assertThat(vm.conversationNameProperty().get()).isEqualTo("Call new");
        assertThat(oldCancelledInFlight).as("the old request was cancelled").isTrue();

        vm.loadMore();
        runBackground();
        assertThat(shownTexts()).hasSize(20).allMatch(t -> t.startsWith("new:"));
    }

    @Test
    void rateLimitCountsDownThenRetriesByItself() {
        conversation("c1", 5);
        source.failOnce(
                1,
                new ApiException(
                        ErrorKind.RATE_LIMITED,
                        "Rate-limited by the API.",
                        429,
                        Duration.ofSeconds(3),
                        List.of(),
                        null,
                        null));
        open("c1");
        runBackground();
        assertThat(vm.retryCountdownProperty().get()).isEqualTo(3);
        assertThat(vm.errorMessageProperty().get()).isEqualTo("Rate-limited by the API; retrying in 3 s.");

        timers.remove(0).run();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("Rate-limited by the API; retrying in 2 s.");
        timers.remove(0).run();
        timers.remove(0).run();
        runBackground();
        assertThat(shownTexts()).hasSize(5);
        assertThat(vm.retryCountdownProperty().get()).isZero();
        assertThat(timers).isEmpty();
    }

    @Test
    void emptyConversationEndsCleanly() {
        conversation("empty", 0);
        open("empty");
        runBackground();
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(vm.rows()).singleElement().isInstanceOf(TranscriptRow.EndRow.class);
        assertThat(((TranscriptRow.EndRow) vm.rows().get(0)).text()).isEqualTo("This conversation has no messages.");
    }

    @Test
    void blankIdDoesNothing() {
        open("   ");
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.EMPTY);
        assertThat(background).isEmpty();
    }

    private static List<String> texts(String id, int count) {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            expected.add(id + ":m" + i);
        }
        return expected;
    }

    @Test
    void loadAllBringsEveryRemainingPageInOrderThenEnds() {
        conversation("c1", 95);
        open("c1");
        runBackground();

        vm.loadAll();
        assertThat(vm.loadingAllProperty().get()).isTrue();
        assertThat(vm.rows().get(vm.rows().size() - 1)).isInstanceOf(TranscriptRow.LoadingRow.class);
        runBackground();

        assertThat(shownTexts()).containsExactlyElementsOf(texts("c1", 95));
        assertThat(vm.messages()).extracting(Message::text).containsExactlyElementsOf(texts("c1", 95));
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(vm.loadingAllProperty().get()).isFalse();
        assertThat(vm.rows().get(vm.rows().size() - 1)).isInstanceOf(TranscriptRow.EndRow.class);
        assertThat(vm.rows())
                .filteredOn(r -> !(r instanceof TranscriptRow.MessageRow))
                .hasSize(1);
        assertThat(source.requests()).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void loadAllRightAfterOpeningContinuesFromTheFirstPage() {
        conversation("c1", 30);
        open("c1");
        vm.loadAll();
        runBackground();

        assertThat(shownTexts()).containsExactlyElementsOf(texts("c1", 30));
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(source.requests()).containsExactly("c1#1", "c1#2", "c1#3");
    }

    @Test
    void aFailedPageStopsLoadAllAndRetryCarriesOnWithoutDuplicates() {
        conversation("c1", 55);
        source.failOnce(3, serverError());
        open("c1");
        runBackground();
        vm.loadAll();
        runBackground();

        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.FAILED_MORE);
        assertThat(shownTexts()).containsExactlyElementsOf(texts("c1", 20));
        assertThat(vm.rows().get(vm.rows().size() - 1)).isInstanceOf(TranscriptRow.ErrorRow.class);
        assertThat(vm.loadingAllProperty().get())
                .as("still wanted: Retry carries on")
                .isTrue();

        vm.retry();
        runBackground();
        assertThat(shownTexts()).containsExactlyElementsOf(texts("c1", 55));
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(vm.loadingAllProperty().get()).isFalse();
    }

    @Test
    void cancellingLoadAllKeepsWhatArrivedAndScrollingGoesOn() {
        conversation("c1", 60);
        open("c1");
        runBackground();
        vm.loadAll();
        vm.cancelLoadAll();
        runBackground();

        assertThat(vm.loadingAllProperty().get()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.READY);
        assertThat(vm.rows().get(vm.rows().size() - 1)).isInstanceOf(TranscriptRow.MessageRow.class);
        int shown = shownTexts().size();
        assertThat(shown).isBetween(10, 60);
        assertThat(shownTexts()).containsExactlyElementsOf(texts("c1", shown));

        vm.onLastVisibleRow(shown - 1);
        runBackground();
        assertThat(shownTexts()).containsExactlyElementsOf(texts("c1", Math.min(60, shown + 10)));
    }

    @Test
    void switchingConversationStopsLoadAll() {
        conversation("c1", 60);
        conversation("c2", 5);
        open("c1");
        runBackground();
        vm.loadAll();
        open("c2");
        runBackground();

        assertThat(shownTexts()).containsExactlyElementsOf(texts("c2", 5));
        assertThat(vm.loadingAllProperty().get()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
    }
}
