package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.ConversationLoad;
import com.transcriptviewer.source.ConversationLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one conversation loader over the real HTTP client, against a server that misbehaves: pages retried inside the
 * client, absurd totals, short and empty pages, a bounded window, cancellation mid-load.
 */
class ConversationLoaderHttpTest extends MockServerClientFixture {

    private static final int SIZE = 5;

    private final CountDownLatch release = new CountDownLatch(1);
    private final AppThreads threads = new AppThreads();

    @AfterEach
    void stopThreads() {
        threads.close();
    }

    /** The whole conversation "c" through the loader, {@code concurrency} pages at a time; pages handed to {@code onPage}. */
    private ConversationLoad load(int concurrency) {
        return new ConversationLoader(threads.background(), SIZE, concurrency)
                .open(new ApiTranscriptSource(client, "test"), "c");
    }

    private List<Page<Message>> loadAll(int concurrency) throws ApiException {
        List<Page<Message>> delivered = Collections.synchronizedList(new ArrayList<>());
        ConversationLoad.await(load(concurrency).rest(delivered::add));
        return delivered;
    }

    /** Runs before the fixture closes the client, so no response is still held back when it does. */
    @AfterEach
    void releaseHeldResponses() {
        release.countDown();
    }

    /** Serves pages by number from {@code pages}; null means "empty page". */
    private void serve(IntFunction<MockResponse> pages) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int number = Integer.parseInt(request.getUrl().queryParameter("page[number]"));
                return pages.apply(number);
            }
        });
    }

    private static MockResponse full(int number, long totalPages) {
        return new MockResponse.Builder()
                .body(JsonBodies.messagePage((number - 1) * SIZE, SIZE, totalPages, number, SIZE))
                .build();
    }

    private static MockResponse empty(int number, long totalPages) {
        return new MockResponse.Builder()
                .body(JsonBodies.emptyPage(totalPages, number, SIZE))
                .build();
    }

    private static List<String> texts(List<Page<Message>> pages) {
        return pages.stream()
                .flatMap(p -> p.items().stream())
                .map(Message::text)
                .toList();
    }

    private static List<String> expectedTexts(int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add("m" + i);
        }
        return texts;
    }

    @Test
    void loadAllHandsPagesOverInOrderOnceEvenWhenOneIsRetried() throws Exception {
        AtomicInteger pageThreeCalls = new AtomicInteger();
        serve(number -> {
            if (number == 3 && pageThreeCalls.getAndIncrement() == 0) {
                return new MockResponse.Builder().code(500).build();
            }
            return number <= 10 ? full(number, 10) : empty(number, 10);
        });
        List<Page<Message>> delivered = loadAll(4);

        assertThat(delivered).extracting(Page::requestedNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(texts(delivered)).containsExactlyElementsOf(expectedTexts(50));
        assertThat(pageThreeCalls).hasValue(2);
        assertThat(server.getRequestCount()).isEqualTo(11);
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void absurdTotalPagesWithPagesThatStopComingFinishesQuickly() {
        serve(number -> number <= 3 ? full(number, 21_000_000L) : empty(number, 21_000_000L));
        List<Page<Message>> delivered = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loadAll(4));

        assertThat(delivered).hasSize(3);
        assertThat(texts(delivered)).containsExactlyElementsOf(expectedTexts(15));
        assertThat(server.getRequestCount()).isLessThanOrEqualTo(3 + 4);
    }

    @Test
    void aShortPageEndsTheConversationWhateverMetaClaims() throws Exception {
        serve(number -> number == 1
                ? full(1, 10)
                : new MockResponse.Builder()
                        .body(JsonBodies.messagePage(SIZE, 2, 10, number, SIZE))
                        .build());
        List<Page<Message>> delivered = loadAll(1);

        assertThat(delivered).hasSize(2);
        assertThat(texts(delivered)).hasSize(7);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anEmptyFirstPageIsHandedOverAndEndsTheLoad() throws Exception {
        serve(number -> empty(number, 0));
        List<Page<Message>> delivered = loadAll(3);

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).isEmpty()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void metaTotalPagesStopsLaunchingWithoutAnExtraRequest() throws Exception {
        serve(number -> full(number, 4));
        List<Page<Message>> delivered = loadAll(8);

        assertThat(delivered).extracting(Page::requestedNumber).containsExactly(1, 2, 3, 4);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void neverMoreThanTheWindowInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        serve(number -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return number <= 12 ? full(number, 12) : empty(number, 12);
        });

        List<Page<Message>> delivered = loadAll(3);

        assertThat(delivered).hasSize(12);
        assertThat(maxInFlight.get()).isBetween(1, 3);
    }

    @Test
    void cancellingMidLoadStopsPromptlyWithCancelled() throws Exception {
        Set<Integer> requested = ConcurrentHashMap.newKeySet();
        CountDownLatch laterPagesRequested = new CountDownLatch(1);
        serve(number -> {
            requested.add(number);
            if (number >= 3) {
                laterPagesRequested.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return full(number, 100);
        });
        ConversationLoad load = load(2);
        List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch secondPageDelivered = new CountDownLatch(1);
        Thread canceller = new Thread(() -> {
            try {
                laterPagesRequested.await(10, TimeUnit.SECONDS);
                secondPageDelivered.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            load.cancel();
        });
        canceller.start();

        long start = System.nanoTime();
        assertThatThrownBy(() -> ConversationLoad.await(load.rest(page -> {
                    delivered.add(page.requestedNumber());
                    if (page.requestedNumber() == 2) {
                        secondPageDelivered.countDown();
                    }
                })))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED));
        canceller.join();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(delivered).containsExactly(1, 2);
        assertThat(requested).doesNotContain(5, 6, 7);
    }

    @Test
    void aPageThatKeepsFailingEndsTheLoadWithItsError() {
        serve(number -> number == 2 ? new MockResponse.Builder().code(404).build() : full(number, 5));
        List<Integer> delivered = new ArrayList<>();

        assertThatThrownBy(() -> ConversationLoad.await(new ConversationLoader(threads.background(), SIZE, 2)
                        .open(new ApiTranscriptSource(client, "test"), "gone")
                        .rest(page -> delivered.add(page.requestedNumber()))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.userMessage()).isEqualTo("No conversation with id gone.");
                });
        assertThat(delivered).containsExactly(1);
    }
}
