package com.transcriptviewer.source;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One conversation being loaded (made by {@link ConversationLoader#open}): its pages are handed over in page order,
 * each exactly once, whether they come one at a time ({@link #next()}, as the user scrolls) or a few at a time
 * ({@link #rest}, for find, export and End). A failed page is not handed over, so asking again fetches the same page:
 * nothing is duplicated or skipped. The conversation ends at the first page that is empty or short, or at
 * {@code total_pages}; nothing is ever sized by {@code total_pages} alone, so a server announcing millions of pages
 * can neither hang nor exhaust the loader.
 *
 * <p>Futures complete on the loader's executor (or at once on the caller's thread when nothing needs fetching) and
 * fail with an {@link ApiException}, read with {@link #failure(Throwable)}; a cancelled load fails with
 * {@link ErrorKind#CANCELLED}. Thread-safe.
 */
public final class ConversationLoad {

    /** The longest a rate-limited page waits to be asked for again: a server's larger figure is not believed. */
    private static final long LONGEST_WAIT_SECONDS = 3600;

    private final CompletableFuture<? extends TranscriptSource> source;
    private final String conversationId;
    private final Executor executor;
    private final int pageSize;
    private final int concurrency;
    private final CancelToken cancel = new CancelToken();

    /** The number of the last page handed over; 0 before the first. */
    private int handed;

    private boolean complete;
    private boolean busy;
    private CancelToken restCancel = new CancelToken();
    private CompletableFuture<Optional<Conversation>> header;

    ConversationLoad(
            CompletableFuture<? extends TranscriptSource> source,
            String conversationId,
            Executor executor,
            int pageSize,
            int concurrency) {
        this.source = source;
        this.conversationId = conversationId;
        this.executor = executor;
        this.pageSize = pageSize;
        this.concurrency = concurrency;
    }

    public String conversationId() {
        return conversationId;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Completes with the source once it is ready (at once for a file or a client that exists). */
    public CompletableFuture<? extends TranscriptSource> source() {
        return source;
    }

    /**
     * The conversation's header (name, channel): optional decoration, so this never fails. It is empty when the
     * source has none, could not be reached, or does not know the id; the pages decide whether a conversation exists.
     * Fetched once, on first request.
     */
    public synchronized CompletableFuture<Optional<Conversation>> header() {
        if (header == null) {
            header = call(cancel, from -> from.conversation(conversationId, cancel), "reading the conversation")
                    .exceptionally(failure -> Optional.empty());
        }
        return header;
    }

    /** The page {@link #next()} or {@link #rest} fetches first: the one after the last handed over. */
    public synchronized int nextPageNumber() {
        return handed + 1;
    }

    /** True once the last page has been handed over. */
    public synchronized boolean isComplete() {
        return complete;
    }

    /**
     * Fetches the page after the last one handed over (page 1 at first, the same page again after a failure) and
     * hands it over by completing with it. Only one {@code next} or {@code rest} runs at a time.
     */
    public CompletableFuture<Page<Message>> next() {
        int number;
        synchronized (this) {
            if (busy) {
                return CompletableFuture.failedFuture(new IllegalStateException("a page is already on its way"));
            }
            busy = true;
            number = handed + 1;
        }
        return fetch(number, cancel).whenComplete((page, failure) -> {
            synchronized (this) {
                busy = false;
                if (page != null) {
                    handedOver(number, page);
                }
            }
        });
    }

    /**
     * Fetches every page after the last one handed over: that page alone first, then a sliding window of the
     * loader's concurrency. Pages reach {@code onPage} strictly in page order, one call at a time; the first is
     * handed over even when empty (that is how the caller learns the conversation ended there), later empty ones are
     * not. Completes once the last page is handed over; fails with the first page that failed in page order (those
     * before it were handed over), or with CANCELLED after {@link #cancelRest()}. Pages still in flight beyond the end
     * or after a failure are cancelled.
     */
    public CompletableFuture<Void> rest(Consumer<Page<Message>> onPage) {
        RestOfConversation rest;
        synchronized (this) {
            if (busy) {
                return CompletableFuture.failedFuture(new IllegalStateException("a page is already on its way"));
            }
            if (complete) {
                return CompletableFuture.completedFuture(null);
            }
            busy = true;
            restCancel = cancel.child();
            rest = new RestOfConversation(handed + 1, onPage, restCancel);
        }
        rest.start();
        return rest.done;
    }

    /**
     * Every message from the first page not yet handed over to the end, in order; for the headless commands, which
     * block here. A page the API rate-limited is asked for again once the wait it named is over, as the window does
     * ({@link #askAgainAfter}); {@code onWait} hears of each wait before it starts.
     */
    public List<Message> remainingMessages(Consumer<Duration> onWait) throws ApiException {
        List<Message> messages = new ArrayList<>();
        while (true) {
            try {
                await(rest(page -> messages.addAll(page.items())));
                return messages;
            } catch (ApiException e) {
                Optional<Duration> wait = askAgainAfter(e);
                if (wait.isEmpty()) {
                    throw e;
                }
                onWait.accept(wait.get());
                waitOrCancel(wait.get());
            }
        }
    }

    /** {@link #remainingMessages(Consumer)}, waiting for rate limits without a word. */
    public List<Message> remainingMessages() throws ApiException {
        return remainingMessages(wait -> {});
    }

    /**
     * How long to wait before a failed page is asked for again without anyone asking: as long as the API said when it
     * limited the rate ({@code Retry-After}), a second at least and an hour at most. Empty for every other failure,
     * which waits for Retry in the window and ends a headless command.
     */
    public static Optional<Duration> askAgainAfter(ApiException failure) {
        Optional<Duration> asked = failure.retryAfter();
        if (failure.kind() != ErrorKind.RATE_LIMITED || asked.isEmpty()) {
            return Optional.empty();
        }
        long seconds = (asked.get().toMillis() + 999) / 1000;
        return Optional.of(Duration.ofSeconds(Math.max(1, Math.min(LONGEST_WAIT_SECONDS, seconds))));
    }

    private void waitOrCancel(Duration wait) throws ApiException {
        try {
            if (cancel.await(wait)) {
                throw cancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        }
    }

    /** Stops loading the rest; pages already handed over stay handed over, and {@link #next()} carries on. */
    public void cancelRest() {
        CancelToken current;
        synchronized (this) {
            current = restCancel;
        }
        current.cancel();
    }

    /** Stops everything in flight for good: requests are cancelled and their futures fail with CANCELLED. */
    public void cancel() {
        cancel.cancel();
    }

    /** The {@link ApiException} a future of this class failed with, however it was wrapped. */
    public static ApiException failure(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiException api) {
            return api;
        }
        return ApiException.unexpected("reading this page", cause);
    }

    /** Waits for {@code future} (headless commands only: never on the FX thread), throwing what it failed with. */
    public static <T> T await(CompletableFuture<T> future) throws ApiException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        } catch (ExecutionException e) {
            throw failure(e);
        }
    }

    // ---- fetching ------------------------------------------------------------------------------------------------

    private void handedOver(int number, Page<Message> page) {
        handed = Math.max(handed, number);
        complete |= page.isLast();
    }

    /** A page, requested once the source can read it without waiting (a file being indexed has passed it). */
    private CompletableFuture<Page<Message>> fetch(int number, CancelToken token) {
        return call(
                token,
                from -> from.whenReadable(number, pageSize),
                from -> from.page(conversationId, number, pageSize, token),
                "reading this page");
    }

    private <T> CompletableFuture<T> call(CancelToken token, SourceCall<T> request, String doing) {
        return call(token, from -> CompletableFuture.completedFuture(null), request, doing);
    }

    /**
     * One blocking request to the source, on the executor once the source is ready and {@code readable} has
     * completed (no thread waits meanwhile); fails fast when cancelled.
     */
    private <T> CompletableFuture<T> call(
            CancelToken token,
            Function<TranscriptSource, CompletableFuture<Void>> readable,
            SourceCall<T> request,
            String doing) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CancelToken.Registration onCancel = token.onCancel(() -> result.completeExceptionally(cancelled()));
        result.whenComplete((value, failure) -> onCancel.close());
        source.whenComplete((ready, notReady) -> {
            if (notReady != null) {
                result.completeExceptionally(ApiException.notConnected(notReady));
                return;
            }
            readable.apply(ready).whenComplete((readableNow, never) -> runOn(ready, result, request, doing));
        });
        return result;
    }

    private <T> void runOn(TranscriptSource ready, CompletableFuture<T> result, SourceCall<T> request, String doing) {
        if (result.isDone()) {
            return; // cancelled while waiting
        }
        try {
            executor.execute(() -> {
                if (result.isDone()) {
                    return;
                }
                try {
                    result.complete(request.call(ready));
                } catch (ApiException e) {
                    result.completeExceptionally(e);
                } catch (RuntimeException e) {
                    result.completeExceptionally(ApiException.unexpected(doing, e));
                }
            });
        } catch (RejectedExecutionException shutDown) {
            result.completeExceptionally(cancelled());
        }
    }

    @FunctionalInterface
    private interface SourceCall<T> {
        T call(TranscriptSource source) throws ApiException;
    }

    private static ApiException cancelled() {
        return ApiException.cancelled();
    }

    /**
     * One {@link #rest} run: the first page alone, then up to {@code concurrency} pages in flight. Pages complete in
     * any order; each completion hands over whatever is ready at the head, in page order, under the load's lock.
     */
    private final class RestOfConversation {

        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final Consumer<Page<Message>> onPage;
        private final CancelToken token;
        private final int first;
        private final Map<Integer, CompletableFuture<Page<Message>>> inFlight = new HashMap<>();
        private int nextToLaunch;
        private int nextToHand;
        /** Pages past this number are known to be empty; the first page's meta and every last page lower it. */
        private long endPage;

        RestOfConversation(int first, Consumer<Page<Message>> onPage, CancelToken token) {
            this.first = first;
            this.onPage = onPage;
            this.token = token;
            this.nextToLaunch = first;
            this.nextToHand = first;
            this.endPage = first; // the first page alone, until its meta is known
        }

        void start() {
            synchronized (ConversationLoad.this) {
                launch();
            }
        }

        /** Fills the window; called under the load's lock. */
        private void launch() {
            while (!done.isDone() && inFlight.size() < concurrency && nextToLaunch <= endPage) {
                int number = nextToLaunch++;
                CompletableFuture<Page<Message>> page = fetch(number, token);
                inFlight.put(number, page);
                page.whenComplete((arrived, failure) -> {
                    synchronized (ConversationLoad.this) {
                        if (arrived != null && arrived.isLast()) {
                            endPage = Math.min(endPage, number);
                        }
                        handOverReady();
                    }
                });
            }
        }

        /** Hands over the pages ready at the head of the window, in order; called under the load's lock. */
        private void handOverReady() {
            while (!done.isDone()) {
                CompletableFuture<Page<Message>> head = inFlight.get(nextToHand);
                if (head == null || !head.isDone()) {
                    break;
                }
                inFlight.remove(nextToHand);
                Page<Message> page;
                try {
                    page = head.join();
                } catch (CompletionException | CancellationException e) {
                    finish(failure(e));
                    return;
                }
                int number = nextToHand++;
                if (number == first) {
                    Long total = page.meta().totalPages();
                    endPage = page.isLast() ? number : total == null ? Long.MAX_VALUE : Math.max(number, total);
                }
                if (number == first || !page.isEmpty()) {
                    onPage.accept(page);
                }
                handedOver(number, page);
                if (page.isLast()) {
                    finish(null);
                    return;
                }
            }
            launch();
        }

        private void finish(ApiException failure) {
            busy = false;
            // The outcome first: cancelling the stragglers below completes their futures at once, and their
            // callbacks must find this run over rather than take its cancellation for its outcome.
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(failure);
            }
            // Stragglers beyond the last page (or after a failure) are not needed: stop them now.
            token.cancel();
        }
    }
}
