package com.transcriptviewer.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import com.transcriptviewer.testing.FakeTranscriptSource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The one conversation loader, step by step: requests wait in a queue until the test runs them, so every ordering is
 * the test's choice. (Its behaviour against a real HTTP server is {@code ConversationLoaderHttpTest}'s.)
 */
class ConversationLoaderTest {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final FakeTranscriptSource source = new FakeTranscriptSource().add("c", 23);
    private final ConversationLoader loader = new ConversationLoader(queue::add, 5, 2);

    private void runQueue() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    private static ApiException failure(CompletableFuture<?> future) {
        assertThat(future).isCompletedExceptionally();
        return ConversationLoad.failure(
                future.handle((value, failure) -> failure).join());
    }

    @Test
    void nextHandsOverOnePageAfterAnotherAndRetriesAFailedOneAsTheSamePage() {
        source.failOnce(2, FakeTranscriptSource.serverError());
        ConversationLoad load = loader.open(source, "c");

        CompletableFuture<Page<Message>> first = load.next();
        runQueue();
        assertThat(first.join().requestedNumber()).isEqualTo(1);

        CompletableFuture<Page<Message>> second = load.next();
        runQueue();
        assertThat(failure(second).kind()).isEqualTo(ErrorKind.SERVER);
        assertThat(load.nextPageNumber()).as("a failed page is not handed over").isEqualTo(2);

        CompletableFuture<Page<Message>> again = load.next();
        runQueue();
        assertThat(again.join().requestedNumber()).isEqualTo(2);
        assertThat(source.requests()).containsExactly("c#1", "c#2", "c#2");
    }

    @Test
    void onlyOneRequestAtATime() {
        ConversationLoad load = loader.open(source, "c");
        load.next();
        assertThat(load.next()).isCompletedExceptionally();
        assertThat(load.rest(page -> {})).isCompletedExceptionally();
        runQueue();
        assertThat(source.requests()).containsExactly("c#1");
    }

    @Test
    void theRestFollowsTheLastPageHandedOverInOrderWithinTheWindow() {
        ConversationLoad load = loader.open(source, "c");
        load.next();
        runQueue();
        List<Integer> handed = new ArrayList<>();

        CompletableFuture<Void> rest = load.rest(page -> handed.add(page.requestedNumber()));
        assertThat(queue).as("the first page of the rest alone").hasSize(1);
        queue.poll().run();
        assertThat(queue).as("then the window: two at a time").hasSize(2);
        // The later page answers first; it waits for the one before it.
        Runnable three = queue.poll();
        Runnable four = queue.poll();
        four.run();
        assertThat(handed).containsExactly(2);
        three.run();
        assertThat(handed).containsExactly(2, 3, 4);
        runQueue();

        assertThat(rest).isCompleted();
        assertThat(handed).containsExactly(2, 3, 4, 5);
        assertThat(load.isComplete()).isTrue();
        assertThat(source.requests()).doesNotHaveDuplicates().hasSize(5);
        assertThat(load.rest(page -> {})).as("nothing left").isCompleted();
    }

    @Test
    void aRestThatEndsWhileLaterPagesAreStillOutCompletesAndCancelsThemQuietly() {
        // A server that claims a thousand pages but whose second page is short: the window has the third out already.
        TranscriptSource claimsMore = new TranscriptSource() {
            @Override
            public Page<Message> page(String id, int number, int size, com.transcriptviewer.api.CancelToken cancel)
                    throws ApiException {
                Page<Message> page = source.page(id, number, size, cancel);
                return new Page<>(page.items(), new PageMeta(1000L, null, (long) number, (long) size), number, size);
            }

            @Override
            public Optional<Conversation> conversation(String id, com.transcriptviewer.api.CancelToken cancel) {
                return Optional.empty();
            }

            @Override
            public String label() {
                return "claims more";
            }
        };
        source.add("short", 7);
        ConversationLoad load = loader.open(claimsMore, "short");
        List<Integer> handed = new ArrayList<>();
        CompletableFuture<Void> rest = load.rest(page -> handed.add(page.requestedNumber()));
        queue.poll().run(); // page 1 alone
        assertThat(queue).as("pages 2 and 3 out at once").hasSize(2);
        queue.poll().run(); // page 2, short: the end

        assertThat(rest).as("done, not cancelled by stopping page 3").isCompleted();
        assertThat(rest.isCompletedExceptionally()).isFalse();
        assertThat(handed).containsExactly(1, 2);
        runQueue();
        assertThat(source.requests()).doesNotContain("short#3");
    }

    @Test
    void cancellingTheRestKeepsWhatArrivedAndNextCarriesOn() {
        ConversationLoad load = loader.open(source, "c");
        List<Integer> handed = new ArrayList<>();
        CompletableFuture<Void> rest = load.rest(page -> handed.add(page.requestedNumber()));
        queue.poll().run();
        load.cancelRest();
        runQueue();

        assertThat(failure(rest).kind()).isEqualTo(ErrorKind.CANCELLED);
        assertThat(handed).containsExactly(1);
        CompletableFuture<Page<Message>> next = load.next();
        runQueue();
        assertThat(next.join().requestedNumber()).isEqualTo(2);
    }

    @Test
    void aSourceStillBeingSetUpIsWaitedForWithoutARequest() {
        CompletableFuture<TranscriptSource> connecting = new CompletableFuture<>();
        ConversationLoad load = loader.open(connecting, "c");
        CompletableFuture<Page<Message>> first = load.next();
        assertThat(queue)
                .as("nothing runs, nothing polls, until the source is there")
                .isEmpty();

        connecting.complete(source);
        runQueue();
        assertThat(first.join().items()).hasSize(5);
    }

    @Test
    void aSourceThatCouldNotBeSetUpIsSaidPlainly() {
        ConversationLoad load = loader.open(CompletableFuture.failedFuture(new IOException("no port")), "c");
        CompletableFuture<Page<Message>> first = load.next();

        ApiException error = failure(first);
        assertThat(error.kind()).isEqualTo(ErrorKind.NETWORK);
        assertThat(error.userMessage()).isEqualTo("The viewer could not set up its connection (IOException).");
    }

    @Test
    void cancellingWhileTheSourceIsBeingSetUpFailsAtOnceAndNeverAsks() {
        CompletableFuture<TranscriptSource> connecting = new CompletableFuture<>();
        ConversationLoad load = loader.open(connecting, "c");
        CompletableFuture<Page<Message>> first = load.next();
        load.cancel();
        assertThat(failure(first).kind()).isEqualTo(ErrorKind.CANCELLED);

        connecting.complete(source);
        runQueue();
        assertThat(source.requests()).isEmpty();
    }

    @Test
    void theHeaderIsOptionalAndNeverFails() {
        source.withHeaders(id -> Optional.of(new Conversation(id, "Refund call", null, null, Map.of())));
        ConversationLoad known = loader.open(source, "c");
        CompletableFuture<Optional<Conversation>> header = known.header();
        runQueue();
        assertThat(header.join()).map(Conversation::name).contains("Refund call");
        assertThat(known.header()).as("asked once").isSameAs(header);

        CompletableFuture<Optional<Conversation>> failing = loader.open(
                        CompletableFuture.failedFuture(new IOException("no port")), "c")
                .header();
        assertThat(failing.join()).isEmpty();
    }

    @Test
    void theMessagesDecideWhetherAConversationExists() {
        ConversationLoad unknown = loader.open(source, "nope");
        CompletableFuture<Page<Message>> first = unknown.next();
        runQueue();
        ApiException error = failure(first);
        assertThat(error.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error.userMessage()).isEqualTo("No conversation with id nope.");
    }

    @Test
    void onlyARateLimitThatNamesItsWaitIsAskedAgainByItself() {
        assertThat(ConversationLoad.askAgainAfter(answered(ErrorKind.RATE_LIMITED, Duration.ofSeconds(3))))
                .contains(Duration.ofSeconds(3));
        assertThat(ConversationLoad.askAgainAfter(answered(ErrorKind.RATE_LIMITED, Duration.ofMillis(250))))
                .as("whole seconds, one at least")
                .contains(Duration.ofSeconds(1));
        assertThat(ConversationLoad.askAgainAfter(answered(ErrorKind.RATE_LIMITED, Duration.ofDays(2))))
                .as("an hour at most")
                .contains(Duration.ofHours(1));
        assertThat(ConversationLoad.askAgainAfter(answered(ErrorKind.RATE_LIMITED, null)))
                .isEmpty();
        assertThat(ConversationLoad.askAgainAfter(answered(ErrorKind.SERVER, Duration.ofSeconds(3))))
                .as("a server error waits for Retry, whatever it says")
                .isEmpty();
    }

    /** What the client throws for an answer of this kind, with its Retry-After (null for none). */
    private static ApiException answered(ErrorKind kind, Duration retryAfter) {
        int status = kind == ErrorKind.RATE_LIMITED ? 429 : 503;
        return new ApiException(kind, "Try again later.", status, retryAfter, List.of(), null, null);
    }
}
