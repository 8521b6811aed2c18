package com.transcriptviewer.api;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Pages through one conversation's messages. It never trusts {@code meta} alone: a page that comes back empty or
 * short ends the conversation whatever {@code total_pages} claims, and nothing is ever sized by that claim, so a
 * server announcing millions of pages can neither hang nor exhaust the client.
 */
public final class MessagePager {

    /** How often a waiting {@link #loadAll} looks at the caller's token even when no page completes. */
    private static final long CANCEL_POLL_MILLIS = 50;

    private final TelnyxClient client;
    private final String conversationId;
    private final int pageSize;

    public MessagePager(TelnyxClient client, String conversationId, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1");
        }
        this.client = client;
        this.conversationId = conversationId;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    public Page<Message> fetch(int pageNumber, CancelToken cancel) throws ApiException {
        return client.messages(conversationId, pageNumber, pageSize, cancel);
    }

    /**
     * Whether no page follows this one: it is empty, it is short (fewer items than asked for), or its number has
     * reached {@code total_pages}. The number asked for is used, not the server's echo of it.
     */
    public static boolean isLastPage(Page<?> page) {
        if (page.isEmpty()) {
            return true;
        }
        if (page.requestedSize() > 0 && page.items().size() < page.requestedSize()) {
            return true;
        }
        Long totalPages = page.meta().totalPages();
        long number = page.requestedNumber() > 0
                ? page.requestedNumber()
                : page.meta().pageNumber() == null ? 0 : page.meta().pageNumber();
        return totalPages != null && number > 0 && number >= totalPages;
    }

    /**
     * Loads every page: page 1 first, then a sliding window of {@code concurrency} pages in flight. Pages reach
     * {@code onPageInOrder} on the calling thread, strictly in page order, each exactly once (a page retried inside
     * the client is still one page). Launching stops once any page came back empty or short, or at
     * {@code total_pages}. Empty pages after page 1 are not handed over.
     *
     * @throws ApiException the first page failure (pages before it were already handed over), or CANCELLED when
     *                      {@code cancel} fired; in-flight calls are cancelled either way
     */
    public LoadAllResult loadAll(int concurrency, CancelToken cancel, Consumer<Page<Message>> onPageInOrder)
            throws ApiException {
        return loadFrom(this::fetch, conversationId, 1, concurrency, cancel, onPageInOrder);
    }

    /** Fetches one page of a conversation; blocking, cancellable through the token. */
    @FunctionalInterface
    public interface PageFetch {
        Page<Message> fetch(int pageNumber, CancelToken cancel) throws ApiException;
    }

    /**
     * {@link #loadAll} for any page source, starting at {@code firstNumber} (pages before it are already known):
     * that page alone, then a sliding window of {@code concurrency} pages in flight, handed over in page order on
     * the calling thread.
     */
    public static LoadAllResult loadFrom(
            PageFetch fetcher,
            String conversationId,
            int firstNumber,
            int concurrency,
            CancelToken cancel,
            Consumer<Page<Message>> onPageInOrder)
            throws ApiException {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1");
        }
        if (firstNumber < 1) {
            throw new IllegalArgumentException("firstNumber must be >= 1");
        }
        CancelToken caller = cancel != null ? cancel : new CancelToken();
        long started = System.nanoTime();
        Page<Message> first = fetcher.fetch(firstNumber, caller);
        // Handed over even when empty: that is how the caller learns the conversation ended there.
        onPageInOrder.accept(first);
        int pages = 1;
        long messages = first.items().size();
        if (isLastPage(first)) {
            return new LoadAllResult(pages, messages, Duration.ofNanos(System.nanoTime() - started));
        }
        long lastByMeta = first.meta().totalPages() == null
                ? Long.MAX_VALUE
                : first.meta().totalPages();
        // Pages past this number are known to be empty; a page that ended the conversation lowers it.
        AtomicLong endPage = new AtomicLong(lastByMeta);
        CancelToken inFlight = caller.child();
        ExecutorService executor = Executors.newFixedThreadPool(concurrency, pageThreads(conversationId));
        try {
            Deque<Future<Page<Message>>> window = new ArrayDeque<>(concurrency);
            int nextToLaunch = firstNumber + 1;
            while (true) {
                while (window.size() < concurrency && nextToLaunch <= endPage.get()) {
                    int number = nextToLaunch++;
                    window.add(executor.submit(() -> {
                        Page<Message> page = fetcher.fetch(number, inFlight);
                        if (isLastPage(page)) {
                            endPage.accumulateAndGet(number, Math::min);
                        }
                        return page;
                    }));
                }
                Future<Page<Message>> head = window.poll();
                if (head == null) {
                    break;
                }
                Page<Message> page = await(head, caller);
                if (!page.isEmpty()) {
                    onPageInOrder.accept(page);
                    pages++;
                    messages += page.items().size();
                }
                if (isLastPage(page)) {
                    break;
                }
            }
            return new LoadAllResult(pages, messages, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            // Stragglers beyond the last page (or after a failure) are not needed: stop them now.
            inFlight.cancel();
            executor.shutdownNow();
        }
    }

    private static Page<Message> await(Future<Page<Message>> future, CancelToken caller) throws ApiException {
        while (true) {
            if (caller.isCancelled()) {
                throw cancelled();
            }
            try {
                return future.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillLoading) {
                // Loop to look at the token again.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw cancelled();
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof ApiException api) {
                    throw api;
                }
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }
    }

    private static ApiException cancelled() {
        return new ApiException(ErrorKind.CANCELLED, "Cancelled.", 0, null, null, null, null);
    }

    private static ThreadFactory pageThreads(String conversationId) {
        AtomicInteger count = new AtomicInteger();
        String prefix = "telnyx-pages-" + Integer.toHexString(conversationId.hashCode()) + "-";
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
