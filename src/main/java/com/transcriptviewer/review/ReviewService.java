package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.StoreStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The review store as the window uses it: opened in the background (the first transcript page never waits for it),
 * opened anew when Settings change where reviews are kept ({@link #reopen}), every call off the FX thread, answered
 * through futures. Saves and the other writes go through one writer
 * thread, so they land in the order they were made; a write asked for while the store is still opening waits for it.
 * Reads run on the background pool once the store is open. It also knows who reviews (the name Settings holds) and
 * what time it is. JavaFX-free: answers complete on store threads, and the view-models hand them to the FX thread.
 */
public final class ReviewService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());

    /** Opens the store; blocking, run once on a thread of its own. */
    @FunctionalInterface
    public interface Opener {
        ReviewStore open() throws StoreException;
    }

    /** The store's life as the window sees it. */
    public enum State {
        OPENING,
        OPEN,
        /** It could not be opened; {@link #openProblem()} says why, and nothing can be saved this session. */
        FAILED,
        CLOSED
    }

    /** A blocking call on the open store. */
    @FunctionalInterface
    private interface StoreCall<T> {
        T call(ReviewStore store) throws StoreException;
    }

    /** The store in use, or the one being opened; replaced by {@link #reopen}. */
    private volatile CompletableFuture<ReviewStore> store = new CompletableFuture<>();

    private final Executor reads;
    private final Executor writes;
    private final Supplier<String> reviewer;
    private final Clock clock;
    private final List<Consumer<StoreStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<State>> stateListeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<State> state = new AtomicReference<>(State.OPENING);
    private final AtomicReference<String> openProblem = new AtomicReference<>("");
    private final AtomicBoolean opening = new AtomicBoolean(false);
    private volatile StoreStatus status;
    private volatile AutoCloseable statusHandle;

    /**
     * @param reads    where reads run (the background pool)
     * @param writes   where writes run, one after another (a single-thread writer)
     * @param reviewer the name the verdicts are saved under, asked at every save (Settings may change it)
     */
    public ReviewService(Executor reads, Executor writes, Supplier<String> reviewer, Clock clock) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.writes = Objects.requireNonNull(writes, "writes");
        this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens the store with {@code opener} on {@code thread}; only the first call does anything. */
    public void open(Opener opener, Executor thread) {
        Objects.requireNonNull(opener, "opener");
        CompletableFuture<ReviewStore> target = store;
        if (target.isDone() || !openStarted()) {
            return;
        }
        thread.execute(() -> openInto(opener, target));
    }

    /**
     * Closes the store in use once the writes asked for before are done, and opens what {@code opener} opens (Settings
     * named another place for reviews). Calls made from now on go to the new store.
     */
    public synchronized void reopen(Opener opener) {
        Objects.requireNonNull(opener, "opener");
        if (state.get() == State.CLOSED) {
            return;
        }
        opening.set(true);
        CompletableFuture<ReviewStore> before = store;
        CompletableFuture<ReviewStore> next = new CompletableFuture<>();
        store = next;
        openProblem.set("");
        setState(State.OPENING);
        try {
            writes.execute(() -> {
                closeQuietly(before);
                openInto(opener, next);
            });
        } catch (RejectedExecutionException e) {
            next.completeExceptionally(new StoreException("The app is closing; nothing more is saved.", e));
        }
    }

    private void openInto(Opener opener, CompletableFuture<ReviewStore> target) {
        try {
            opened(opener.open(), target);
        } catch (StoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "The review database could not be opened: " + e.getMessage());
            String why = e instanceof StoreException ? e.getMessage() : "an unexpected error.";
            openProblem.set("The review database could not be opened: " + why);
            target.completeExceptionally(new StoreException(openProblem.get(), e));
            if (target == store) {
                setState(State.FAILED);
            }
        }
    }

    /**
     * The store in use, once open; blocks until it is. For collaborators that work on the store directly (the
     * exports), off the FX thread.
     */
    public ReviewStore awaitStore() throws StoreException {
        try {
            return store.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException failed) {
                throw failed;
            }
            throw new StoreException("The review database could not be opened.", e.getCause());
        }
    }

    private boolean openStarted() {
        return opening.compareAndSet(false, true);
    }

    /** A store that is open already (tests, and a store opened elsewhere). */
    public void open(ReviewStore opened) {
        if (openStarted()) {
            opened(Objects.requireNonNull(opened, "opened"), store);
        }
    }

    private void opened(ReviewStore opened, CompletableFuture<ReviewStore> target) {
        if (state.get() == State.CLOSED || target != store) {
            // Closed meanwhile, or Settings already asked for another store: this one is not used.
            opened.close();
            target.completeExceptionally(new StoreException("The review database was closed."));
            return;
        }
        status = opened.status();
        statusHandle = opened.onStatusChange(this::statusChanged);
        target.complete(opened);
        setState(State.OPEN);
        statusChanged(opened.status());
    }

    /** Closes a store that opened (its status updates first); one that never opened has nothing to close. */
    private void closeQuietly(CompletableFuture<ReviewStore> before) {
        if (!before.isDone() || before.isCompletedExceptionally()) {
            return;
        }
        try {
            AutoCloseable handle = statusHandle;
            if (handle != null) {
                handle.close();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "Stopping the status updates failed", e);
        }
        before.join().close();
    }

    private void statusChanged(StoreStatus now) {
        status = now;
        statusListeners.forEach(listener -> listener.accept(now));
    }

    private void setState(State now) {
        state.set(now);
        stateListeners.forEach(listener -> listener.accept(now));
    }

    // ---- who and when --------------------------------------------------------------------------------------------

    /** The name the next verdict is saved under; "" when Settings holds none. */
    public String reviewer() {
        String name = reviewer.get();
        return name == null ? "" : name.strip();
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    // ---- the store's state ---------------------------------------------------------------------------------------

    public State state() {
        return state.get();
    }

    /** Why the store could not be opened, in the user's words; "" unless {@link State#FAILED}. */
    public String openProblem() {
        return openProblem.get();
    }

    /** Where verdicts go now; empty until the store is open. */
    public Optional<StoreStatus> status() {
        return Optional.ofNullable(status);
    }

    /** Hears every change of {@link #status()}, on a store thread. */
    public void onStatusChange(Consumer<StoreStatus> listener) {
        statusListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Hears the store open, fail to open, or close, on a store thread. */
    public void onStateChange(Consumer<State> listener) {
        stateListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    // ---- calls ---------------------------------------------------------------------------------------------------

    /** Saves {@code entry} on the writer, after every save asked for before it; completes once it is on disk. */
    public CompletableFuture<ReviewEntry> save(ReviewEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return write(store -> {
            store.save(entry);
            return entry;
        });
    }

    /** Every reviewer's latest entry on each item of the conversation, and this reviewer's progress on it. */
    public CompletableFuture<ConversationReviews> load(String conversationId) {
        String name = reviewer();
        return read(store -> new ConversationReviews(
                conversationId,
                store.latest(conversationId),
                store.progress(List.of(conversationId), name).get(conversationId)));
    }

    /** Every entry on one item, oldest first. */
    public CompletableFuture<List<ReviewEntry>> history(String conversationId, String itemKey) {
        return read(store -> store.history(conversationId, itemKey));
    }

    /** The current reviewer's progress on each conversation, in one read. */
    public CompletableFuture<Map<String, ReviewProgress>> progress(List<String> conversationIds) {
        List<String> ids = List.copyOf(conversationIds);
        String name = reviewer();
        return read(store -> store.progress(ids, name));
    }

    /** Every label used so far, sorted. */
    public CompletableFuture<List<String>> labels() {
        return read(ReviewStore::labels);
    }

    /** Records how many tool calls a conversation has (on the writer, in order with the saves). */
    public CompletableFuture<Integer> recordToolCallCount(String conversationId, int toolCalls) {
        return write(store -> {
            store.recordToolCallCount(conversationId, toolCalls);
            return toolCalls;
        });
    }

    private <T> CompletableFuture<T> read(StoreCall<T> call) {
        return store.thenApplyAsync(open -> run(open, call), reads);
    }

    private <T> CompletableFuture<T> write(StoreCall<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            writes.execute(() -> {
                try {
                    // The writer waits for the store to open: writes keep their order whatever the store's pace.
                    result.complete(run(store.join(), call));
                } catch (CompletionException e) {
                    result.completeExceptionally(e.getCause() == null ? e : e.getCause());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new StoreException("The app is closing; nothing more is saved.", e));
        }
        return result;
    }

    private static <T> T run(ReviewStore open, StoreCall<T> call) {
        try {
            return call.call(open);
        } catch (StoreException e) {
            throw new CompletionException(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The review database failed", e);
            throw new CompletionException(new StoreException("The review database failed unexpectedly.", e));
        }
    }

    /**
     * Words for the user from a failed call: the store's own message (written for the user), or a general sentence
     * for anything else, never a stack trace.
     */
    public static String userMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StoreException
                && cause.getMessage() != null
                && !cause.getMessage().isBlank()) {
            return cause.getMessage();
        }
        return "The review database failed unexpectedly.";
    }

    /**
     * Closes the store after the writes already asked for (on the writer); a store still opening is closed when it
     * opens.
     */
    @Override
    public void close() {
        State was = state.getAndSet(State.CLOSED);
        if (was == State.CLOSED) {
            return;
        }
        CompletableFuture<ReviewStore> last = store;
        last.whenCompleteAsync((open, failed) -> closeQuietly(last), writes);
    }
}
