package com.transcriptviewer.library;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Metadata;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.store.StoreException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches many conversations into the library: lists them (oldest first, a page at a time, each page starting where
 * the last ended), notes each listed id in the sync's state, then fetches and keeps them with a bounded number in
 * flight. A conversation is kept and its id marked done in one transaction, so a sync stopped by a quit, a crash or
 * Cancel continues where it stopped and fetches nothing it already kept; one whose kept copy is as new as the
 * listing says is not fetched at all. The client already waits out 429s and retries 5xx and dropped connections;
 * what still fails is tried again here after a growing wait (the server's Retry-After when it gave one), and what
 * fails every time is noted as failed and tried again by the next run.
 *
 * <p>{@link #run} blocks its caller; the fetches run on the sync's own daemon threads ({@code tv-library-sync-n}).
 * Progress is reported from those threads.
 */
public final class LibrarySync {

    private static final Logger LOG = Logger.getLogger(LibrarySync.class.getName());

    /** Conversations fetched at once: enough to hide the API's latency, few enough to stay clear of its rate limit. */
    public static final int DEFAULT_CONCURRENCY = 8;

    static final int LIST_PAGE = 500;
    static final int MESSAGE_PAGE = 100;
    /** Tries per conversation, each with the client's own retries inside it. */
    static final int ATTEMPTS = 4;

    private static final String ASSISTANT_VERSION_ID = "assistant_version_id";
    /** Conversations kept in one transaction at most. */
    private static final int WRITE_BATCH = 64;

    /**
     * How long the writer gathers what the fetchers bring before it writes: each transaction syncs the file (FULL)
     * once, so a few dozen conversations to one write cost far less than one each. A crash loses no more than this
     * (what was fetched and not yet written is fetched again by the next run).
     */
    private static final Duration GATHER = Duration.ofMillis(150);

    /** A conversation fetched whole, waiting to be kept. */
    private record Fetched(Conversation conversation, List<Message> messages) {}

    private final TelnyxClient client;
    private final LibraryStore store;
    private final Clock clock;
    private final int concurrency;
    private final Duration firstWait;

    public LibrarySync(TelnyxClient client, LibraryStore store) {
        this(client, store, Clock.systemUTC(), DEFAULT_CONCURRENCY, Duration.ofSeconds(1));
    }

    /**
     * @param concurrency conversations fetched at once, at least 1
     * @param firstWait   the wait before a conversation's second try; doubled for each further one
     */
    public LibrarySync(TelnyxClient client, LibraryStore store, Clock clock, int concurrency, Duration firstWait) {
        this.client = Objects.requireNonNull(client, "client");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1: " + concurrency);
        }
        this.concurrency = concurrency;
        this.firstWait = Objects.requireNonNull(firstWait, "firstWait");
    }

    /**
     * Syncs {@code request}: continues the newest unfinished sync when it asked for the same, else starts a new one.
     * Blocks until it finished, was cancelled through {@code cancel}, or a problem stopped it.
     */
    public SyncOutcome run(SyncRequest request, CancelToken cancel, Consumer<SyncProgress> progress) {
        long started = System.nanoTime();
        Run run;
        try {
            Optional<SyncRun> unfinished = store.syncs().unfinishedSync();
            long id = unfinished.isPresent() && unfinished.get().request().equals(request.toJson())
                    ? unfinished.get().id()
                    : store.syncs().beginSync(request.toJson(), clock.instant());
            run = new Run(id, request, cancel, progress, started);
        } catch (StoreException e) {
            return new SyncOutcome(SyncOutcome.Status.STOPPED, emptyProgress(started), e.getMessage(), List.of());
        }
        return run.go();
    }

    /** Continues the newest unfinished sync, if there is one. */
    public Optional<SyncOutcome> resume(CancelToken cancel, Consumer<SyncProgress> progress) throws StoreException {
        Optional<SyncRun> unfinished = store.syncs().unfinishedSync();
        if (unfinished.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(SyncRequest.fromJson(unfinished.get().request()), cancel, progress));
        } catch (IOException unreadable) {
            throw new StoreException("The unfinished sync's request can't be read: " + unreadable.getMessage());
        }
    }

    private SyncProgress emptyProgress(long started) {
        return new SyncProgress(0, false, 0, 0, 0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One run of one sync: its counters and threads. */
    private final class Run {
        private final long syncId;
        private final SyncRequest request;
        private final CancelToken cancel;
        private final Consumer<SyncProgress> listener;
        private final long startedNanos;
        private final Map<String, Conversation> listed = new java.util.concurrent.ConcurrentHashMap<>();
        private final LinkedBlockingQueue<Fetched> fetched = new LinkedBlockingQueue<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicReference<String> stoppedBy = new AtomicReference<>();
        private long listedCount;
        private boolean listingComplete;
        private long done;
        private long gone;
        private long failed;
        private long messages;
        private long doneBefore;
        private long messagesBefore;

        Run(long syncId, SyncRequest request, CancelToken cancel, Consumer<SyncProgress> listener, long started) {
            this.syncId = syncId;
            this.request = request;
            this.cancel = cancel;
            this.listener = listener;
            this.startedNanos = started;
        }

        SyncOutcome go() {
            try {
                store.syncs().retryFailed(syncId);
                SyncRun before = store.syncs().sync(syncId);
                synchronized (this) {
                    listedCount = before.listed();
                    done = before.done();
                    gone = before.gone();
                    doneBefore = before.done() + before.gone();
                    messages = before.messages();
                    messagesBefore = before.messages();
                }
                store.syncs().setSyncState(syncId, SyncRun.LISTING, clock.instant());
                list();
                if (stoppedBy.get() == null && !cancel.isCancelled()) {
                    store.syncs().setSyncState(syncId, SyncRun.FETCHING, clock.instant());
                    fetchPending();
                }
            } catch (StoreException e) {
                stoppedBy.compareAndSet(null, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
            }
            return finish();
        }

        private SyncOutcome finish() {
            SyncProgress last = progress();
            SyncOutcome.Status status;
            String state;
            if (stoppedBy.get() != null) {
                status = SyncOutcome.Status.STOPPED;
                state = SyncRun.FETCHING;
            } else if (cancel.isCancelled()) {
                status = SyncOutcome.Status.CANCELLED;
                state = SyncRun.CANCELLED;
            } else {
                status = SyncOutcome.Status.FINISHED;
                state = last.failed() > 0 ? SyncRun.FETCHING : SyncRun.FINISHED;
            }
            try {
                store.syncs().setSyncState(syncId, state, clock.instant());
            } catch (StoreException e) {
                if (status != SyncOutcome.Status.STOPPED) {
                    status = SyncOutcome.Status.STOPPED;
                    stoppedBy.compareAndSet(null, e.getMessage());
                }
            }
            listener.accept(last);
            String problem = stoppedBy.get() == null ? "" : stoppedBy.get();
            return new SyncOutcome(status, last, problem, failures);
        }

        /** Lists every conversation the request matches, a page at a time, oldest first. */
        private void list() throws StoreException, InterruptedException {
            Instant from = null;
            Set<String> seen = new HashSet<>();
            while (!cancel.isCancelled()) {
                List<Conversation> page = listPage(from);
                if (page == null) {
                    return;
                }
                List<String> fresh = new ArrayList<>();
                for (Conversation conversation : page) {
                    if (seen.add(conversation.id())) {
                        fresh.add(conversation.id());
                        listed.put(conversation.id(), conversation);
                    }
                }
                store.syncs().addToSync(syncId, fresh);
                synchronized (this) {
                    listedCount = store.syncs().sync(syncId).listed();
                }
                Instant last = page.isEmpty() ? null : page.get(page.size() - 1).createdAt();
                if (page.size() < LIST_PAGE || fresh.isEmpty() || last == null) {
                    break;
                }
                from = last;
                report();
            }
            synchronized (this) {
                listingComplete = !cancel.isCancelled();
            }
            report();
        }

        private List<Conversation> listPage(Instant from) throws InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    return client.conversations(request.page(from, LIST_PAGE), cancel);
                } catch (ApiException e) {
                    if (!retryable(e, attempt)) {
                        if (e.kind() != ErrorKind.CANCELLED) {
                            stoppedBy.compareAndSet(null, "Couldn't list the conversations: " + e.userMessage());
                        }
                        return null;
                    }
                    if (waitBeforeRetry(e, attempt)) {
                        return null;
                    }
                }
            }
        }

        /** Fetches the pending conversations, {@code concurrency} at once. */
        private void fetchPending() throws StoreException, InterruptedException {
            List<String> pending = store.syncs().pendingInSync(syncId);
            Map<String, Instant> kept = store.keptLastMessages(pending);
            ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
            for (String id : pending) {
                Conversation listing = listed.get(id);
                Instant keptLast = kept.get(id);
                boolean current = kept.containsKey(id)
                        && listing != null
                        && listing.lastMessageAt() != null
                        && listing.lastMessageAt().equals(keptLast);
                if (current) {
                    store.syncs().settleSyncItem(syncId, id, "done", null, clock.instant());
                    synchronized (this) {
                        done++;
                    }
                } else {
                    queue.add(id);
                }
            }
            report();
            int threads = Math.min(concurrency, Math.max(1, queue.size()));
            ExecutorService workers = Executors.newFixedThreadPool(threads, AppThreads.daemonThreads("library-sync"));
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    running.add(workers.submit(() -> work(queue)));
                }
                writeWhileFetching(running);
                for (Future<?> worker : running) {
                    try {
                        worker.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        stoppedBy.compareAndSet(null, "The sync stopped: " + e.getCause());
                        LOG.log(Level.WARNING, "A sync worker failed", e.getCause());
                    }
                }
                writeFetched();
            } finally {
                workers.shutdownNow();
            }
        }

        /**
         * Keeps what the workers fetched, as it comes, several conversations to a transaction: one sync of the file
         * for all the conversations that arrived while the last one was written.
         */
        private void writeWhileFetching(List<Future<?>> running) throws StoreException, InterruptedException {
            while (running.stream().anyMatch(worker -> !worker.isDone())) {
                Fetched first = fetched.poll(50, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Fetched> batch = new ArrayList<>();
                    batch.add(first);
                    long until = System.nanoTime() + GATHER.toNanos();
                    while (batch.size() < WRITE_BATCH && !cancel.isCancelled()) {
                        long left = until - System.nanoTime();
                        Fetched next = left > 0 ? fetched.poll(left, TimeUnit.NANOSECONDS) : fetched.poll();
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                    }
                    write(batch);
                }
            }
        }

        private void writeFetched() throws StoreException {
            List<Fetched> rest = new ArrayList<>();
            fetched.drainTo(rest);
            for (int from = 0; from < rest.size(); from += WRITE_BATCH) {
                write(rest.subList(from, Math.min(rest.size(), from + WRITE_BATCH)));
            }
        }

        private void write(List<Fetched> batch) throws StoreException {
            if (batch.isEmpty()) {
                return;
            }
            List<LibraryStore.Keeping> keeping = new ArrayList<>(batch.size());
            long count = 0;
            for (Fetched one : batch) {
                keeping.add(
                        new LibraryStore.Keeping(one.conversation(), versionOf(one.conversation()), one.messages()));
                count += one.messages().size();
            }
            store.keepAll(keeping, clock.instant(), syncId);
            synchronized (this) {
                done += batch.size();
                messages += count;
            }
            report();
        }

        private void work(ConcurrentLinkedQueue<String> queue) {
            String id;
            while (stoppedBy.get() == null && !cancel.isCancelled() && (id = queue.poll()) != null) {
                try {
                    fetchOne(id);
                } catch (StoreException e) {
                    stoppedBy.compareAndSet(null, e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void fetchOne(String id) throws StoreException, InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    Conversation conversation = listed.get(id);
                    if (conversation == null) {
                        conversation = client.conversation(id, cancel);
                    }
                    fetched.put(new Fetched(conversation, messagesOf(id)));
                    return;
                } catch (ApiException e) {
                    if (e.kind() == ErrorKind.NOT_FOUND) {
                        store.syncs().settleSyncItem(syncId, id, "gone", null, clock.instant());
                        synchronized (this) {
                            gone++;
                        }
                        report();
                        return;
                    }
                    if (e.kind() == ErrorKind.CANCELLED || cancel.isCancelled()) {
                        return;
                    }
                    if (e.kind() == ErrorKind.UNAUTHORIZED || e.kind() == ErrorKind.FORBIDDEN) {
                        stoppedBy.compareAndSet(null, e.userMessage());
                        return;
                    }
                    if (!retryable(e, attempt)) {
                        store.syncs().settleSyncItem(syncId, id, "failed", e.userMessage(), clock.instant());
                        failures.add(id + ": " + e.userMessage());
                        synchronized (this) {
                            failed++;
                        }
                        report();
                        return;
                    }
                    if (waitBeforeRetry(e, attempt)) {
                        return;
                    }
                }
            }
        }

        private List<Message> messagesOf(String id) throws ApiException {
            List<Message> all = new ArrayList<>();
            for (int number = 1; ; number++) {
                Page<Message> page = client.messages(id, number, MESSAGE_PAGE, cancel);
                all.addAll(page.items());
                if (page.isLast()) {
                    return all;
                }
            }
        }

        private boolean retryable(ApiException e, int attempt) {
            boolean transientKind = e.kind().isTransient() || e.kind() == ErrorKind.BAD_RESPONSE;
            return transientKind && attempt < ATTEMPTS && !cancel.isCancelled();
        }

        /** Waits before the next try; true when cancelled meanwhile. */
        private boolean waitBeforeRetry(ApiException e, int attempt) throws InterruptedException {
            Duration wait = e.retryAfter().orElse(firstWait.multipliedBy(1L << Math.min(attempt - 1, 5)));
            return cancel.await(wait);
        }

        private void report() {
            listener.accept(progress());
        }

        private synchronized SyncProgress progress() {
            return new SyncProgress(
                    listedCount,
                    listingComplete,
                    done,
                    gone,
                    failed,
                    messages,
                    doneBefore,
                    messagesBefore,
                    Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }

    private static String versionOf(Conversation conversation) {
        String version = Metadata.string(conversation.metadata(), ASSISTANT_VERSION_ID);
        return version == null ? "" : version;
    }
}
