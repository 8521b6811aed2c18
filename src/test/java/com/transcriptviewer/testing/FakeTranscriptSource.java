package com.transcriptviewer.testing;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.source.TranscriptSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The one transcript source the tests configure to their needs: conversations of computed or given messages served
 * in pages like the API (with {@code meta}), an unknown id answered with 404, pages that fail once, pages held back
 * until the test releases them, and a record of every request. Thread-safe, so it serves tests with real background
 * threads as well as those that run everything on one.
 */
public final class FakeTranscriptSource implements TranscriptSource {

    /** The time message 1 was sent; message i is i seconds later. */
    public static final Instant START = Instant.parse("2025-04-15T13:00:00Z");

    private final Map<String, IntFunction<Message>> messages = new ConcurrentHashMap<>();
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
    private final Map<Integer, ApiException> failOnce = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger cancelledWhenAsked = new AtomicInteger();
    private final AtomicReference<ApiException> failNext = new AtomicReference<>();
    private volatile Function<String, Optional<Conversation>> headers = id -> Optional.empty();
    private volatile String label = "test data";
    private volatile boolean failWhenCancelled = true;
    private volatile int heldAfter = Integer.MAX_VALUE;
    private volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

    /** A conversation of {@code size} messages, "m1".."mN", assistant and caller taking turns a second apart. */
    public FakeTranscriptSource add(String id, int size) {
        return add(id, size, i -> numbered("m" + i, i));
    }

    /** A conversation of {@code size} messages made by {@code message} (given 1..size). */
    public FakeTranscriptSource add(String id, int size, IntFunction<Message> message) {
        sizes.put(id, size);
        messages.put(id, message);
        return this;
    }

    /** A conversation of these messages. */
    public FakeTranscriptSource add(String id, List<Message> list) {
        List<Message> copy = List.copyOf(list);
        return add(id, copy.size(), i -> copy.get(i - 1));
    }

    /** Message {@code i} of a numbered conversation: {@code text}, assistant on odd numbers, caller on even. */
    public static Message numbered(String text, int i) {
        return new Message(
                i % 2 == 0 ? Role.USER : Role.ASSISTANT, text, List.of(), START.plusSeconds(i), null, Map.of());
    }

    /** What {@link #conversation} answers; by default there is no header. */
    public FakeTranscriptSource withHeaders(Function<String, Optional<Conversation>> header) {
        this.headers = header;
        return this;
    }

    public FakeTranscriptSource withLabel(String text) {
        this.label = text;
        return this;
    }

    /**
     * Whether a request made with a cancelled token fails with CANCELLED, as the real client's does (the default);
     * when false it is answered anyway, so a test can see that a late page is dropped by whoever asked.
     */
    public FakeTranscriptSource failWhenCancelled(boolean fail) {
        this.failWhenCancelled = fail;
        return this;
    }

    /** The next request for page {@code number} fails with {@code failure}. */
    public FakeTranscriptSource failOnce(int number, ApiException failure) {
        failOnce.put(number, failure);
        return this;
    }

    /** The next page request, whichever page it asks for, fails with {@code failure}. */
    public FakeTranscriptSource failNextRequest(ApiException failure) {
        failNext.set(failure);
        return this;
    }

    /** Pages after {@code number} wait until {@link #release()} (or until their request is cancelled). */
    public synchronized FakeTranscriptSource holdPagesAfter(int number) {
        heldAfter = number;
        gate = new CompletableFuture<>();
        return this;
    }

    /** Lets the held pages through. */
    public void release() {
        gate.complete(null);
    }

    /** Every page request so far, as "id#number", in the order they were made. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public long requestsFor(String id) {
        return requests().stream().filter(r -> r.startsWith(id + "#")).count();
    }

    /** How many requests arrived with their token already cancelled. */
    public int cancelledWhenAsked() {
        return cancelledWhenAsked.get();
    }

    public static ApiException serverError() {
        return new ApiException(
                ErrorKind.SERVER, "The Telnyx API had a problem (HTTP 500).", 500, null, List.of(), null, null);
    }

    @Override
    public Page<Message> page(String id, int number, int size, CancelToken cancel) throws ApiException {
        requests.add(id + "#" + number);
        if (number > heldAfter) {
            awaitRelease(cancel);
        }
        if (cancel.isCancelled()) {
            cancelledWhenAsked.incrementAndGet();
            if (failWhenCancelled) {
                throw ApiException.cancelled();
            }
        }
        ApiException next = failNext.getAndSet(null);
        if (next != null) {
            throw next;
        }
        ApiException failure = failOnce.remove(number);
        if (failure != null) {
            throw failure;
        }
        Integer total = sizes.get(id);
        if (total == null) {
            throw new ApiException(
                    ErrorKind.NOT_FOUND, "No conversation with id " + id + ".", 404, null, List.of(), null, null);
        }
        List<Message> items = new ArrayList<>();
        for (int i = (number - 1) * size + 1; i <= Math.min(total, number * size); i++) {
            items.add(messages.get(id).apply(i));
        }
        long pages = (total + size - 1) / size;
        return new Page<>(items, new PageMeta(pages, (long) total, (long) number, (long) size), number, size);
    }

    /** Waits for {@link #release()}, or fails as cancelled the moment the request is. */
    private void awaitRelease(CancelToken cancel) throws ApiException {
        CompletableFuture<Void> released = new CompletableFuture<>();
        gate.thenRun(() -> released.complete(null));
        try (CancelToken.Registration stop = cancel.onCancel(() -> released.cancel(false))) {
            released.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.cancelled();
        } catch (ExecutionException | CancellationException e) {
            throw ApiException.cancelled();
        }
    }

    @Override
    public Optional<Conversation> conversation(String id, CancelToken cancel) {
        return headers.apply(id);
    }

    @Override
    public String label() {
        return label;
    }
}
