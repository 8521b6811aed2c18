package com.transcriptviewer.library;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Metadata;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.model.PageMeta;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Conversations from the library first: a kept conversation opens from it at once (offline too) and is refreshed from
 * the API in the background; one not kept comes from the API and is kept whole: the pages the user loads are kept, and
 * the pages not loaded are fetched in the background ({@link BackgroundKeeping}: one page at a time, never while the
 * user's own pages are on their way, at most {@value #MOST_MESSAGES} messages), so nothing is fetched twice for it. A
 * conversation the API answers 404 for is marked gone; one kept from a file ({@link KeptFiles}) is never asked of the
 * API. What happened reaches {@code status} as one line per conversation ("Kept 3 days ago · refreshed"), from a
 * background thread.
 */
public final class LibraryTranscriptSource implements TranscriptSource {

    private static final Logger LOG = Logger.getLogger(LibraryTranscriptSource.class.getName());
    private static final String ASSISTANT_VERSION_ID = "assistant_version_id";

    /** Messages of a conversation the library fetches in the background at most (the user's own loads: any). */
    public static final int MOST_MESSAGES = 50_000;

    /** How long opening a conversation waits for the library to open before it asks the API. */
    static final Duration OPEN_WAIT = Duration.ofSeconds(3);

    /** Tries of a page fetched in the background, each with the client's own retries inside it. */
    private static final int ATTEMPTS = 3;

    private final CompletableFuture<LibraryStore> library;
    private final CompletableFuture<? extends TranscriptSource> api;
    private final Executor background;
    private final BackgroundKeeping keeping;
    private final BooleanSupplier fetchTheRest;
    private final Clock clock;
    private final BiConsumer<String, String> status;
    /** What each conversation opened through this source was served from, so a page is read from one place only. */
    private final Map<String, Optional<Kept>> kept = new ConcurrentHashMap<>();

    private final Map<String, Collected> collected = new ConcurrentHashMap<>();

    private record Kept(KeptConversation conversation, List<Message> messages) {}

    /**
     * @param library    the library, or a future that completes with it once it is open (a failed one: no library)
     * @param api        the API's source, possibly still being set up (or never, offline)
     * @param background writes what the user loaded whole
     * @param keeping    fetches what the user did not load, and refreshes, in the background
     * @param fetchTheRest whether to fetch the pages the user did not load (Settings); asked at each page
     * @param status     told (conversation id, line) when a conversation was kept, refreshed or found gone
     */
    public LibraryTranscriptSource(
            CompletableFuture<LibraryStore> library,
            CompletableFuture<? extends TranscriptSource> api,
            Executor background,
            BackgroundKeeping keeping,
            BooleanSupplier fetchTheRest,
            Clock clock,
            BiConsumer<String, String> status) {
        this.fetchTheRest = Objects.requireNonNull(fetchTheRest, "fetchTheRest");
        this.library = Objects.requireNonNull(library, "library");
        this.api = Objects.requireNonNull(api, "api");
        this.background = Objects.requireNonNull(background, "background");
        this.keeping = Objects.requireNonNull(keeping, "keeping");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        Optional<Kept> fromLibrary = kept(conversationId);
        if (fromLibrary.isPresent()) {
            return slice(fromLibrary.get().messages(), pageNumber, pageSize);
        }
        // A page the background fetched (or the whole conversation, once kept) is not fetched again.
        Collected had = collected.get(conversationId);
        Page<Message> fetched = had == null ? null : had.served(pageNumber, pageSize);
        if (fetched != null) {
            return fetched;
        }
        Page<Message> page;
        keeping.userRequestStarted();
        try {
            page = apiSource().page(conversationId, pageNumber, pageSize, cancel);
        } finally {
            keeping.userRequestEnded();
        }
        collect(conversationId, page);
        if (!page.isLast() && fetchTheRest.getAsBoolean()) {
            keeping.submit(conversationId, running -> fetchTheRest(conversationId, pageSize, running));
        }
        return page;
    }

    /** Page {@code pageNumber} of a whole conversation. */
    private static Page<Message> slice(List<Message> all, int pageNumber, int pageSize) {
        int from = (int) Math.min(all.size(), (long) (pageNumber - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        long pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        return new Page<>(
                all.subList(from, to),
                new PageMeta(pages, (long) all.size(), (long) pageNumber, (long) pageSize),
                pageNumber,
                pageSize);
    }

    @Override
    public Optional<Conversation> conversation(String conversationId, CancelToken cancel) throws ApiException {
        Optional<Kept> fromLibrary = kept(conversationId);
        if (fromLibrary.isPresent()) {
            return Optional.of(fromLibrary.get().conversation().conversation());
        }
        Optional<Conversation> header = apiSource().conversation(conversationId, cancel);
        header.ifPresent(found -> collecting(conversationId).header = found);
        return header;
    }

    /**
     * The pages of a conversation served from the API so far (the user's and the background's), to keep it once all
     * have passed, fetching nothing twice; then the whole of it.
     */
    private static final class Collected {
        volatile Conversation header;
        final java.util.TreeMap<Integer, Page<Message>> pages = new java.util.TreeMap<>();
        boolean kept;
        List<Message> whole;

        /** The page as fetched before (of the same size), or from the whole conversation; null when not had. */
        synchronized Page<Message> served(int number, int size) {
            if (whole != null) {
                return slice(whole, number, size);
            }
            Page<Message> page = pages.get(number);
            return page != null && page.requestedSize() == size ? page : null;
        }

        synchronized boolean has(int number) {
            return kept || pages.containsKey(number);
        }

        synchronized boolean isKept() {
            return kept;
        }

        synchronized int messages() {
            return pages.values().stream().mapToInt(page -> page.items().size()).sum();
        }

        /** How many messages the API said the conversation has, when a page said it. */
        synchronized Long total() {
            return pages.values().stream()
                    .map(page -> page.meta().totalResults())
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
    }

    private Collected collecting(String conversationId) {
        return collected.computeIfAbsent(conversationId, id -> new Collected());
    }

    /**
     * Notes a page the API served; once every page up to the last has passed through (the transcript loaded the
     * whole conversation: a short one at once, a long one when scrolled to the end, found in or exported), keeps it.
     */
    private void collect(String conversationId, Page<Message> page) {
        Collected collected = collecting(conversationId);
        List<Message> all = null;
        synchronized (collected) {
            if (collected.kept) {
                return;
            }
            collected.pages.put(page.requestedNumber(), page);
            Page<Message> last = collected.pages.lastEntry().getValue();
            boolean contiguous = collected.pages.firstKey() == 1 && collected.pages.lastKey() == collected.pages.size();
            if (contiguous && last.isLast()) {
                collected.kept = true;
                all = new ArrayList<>();
                for (Page<Message> one : collected.pages.values()) {
                    all.addAll(one.items());
                }
                collected.pages.clear();
                collected.whole = all;
            }
        }
        if (all != null) {
            List<Message> messages = all;
            background.execute(() -> keepLoaded(conversationId, collected.header, messages));
        }
    }

    /**
     * Fetches the pages of a conversation the user has not loaded, one at a time in the user's page size, each when
     * the user's own requests are done; the last one fetched keeps the conversation (see {@link #collect}).
     */
    private void fetchTheRest(String conversationId, int pageSize, BackgroundKeeping running)
            throws InterruptedException {
        Collected collected = collecting(conversationId);
        TranscriptSource source;
        try {
            source = apiSource();
        } catch (ApiException offline) {
            return;
        }
        Long total = collected.total();
        for (int number = 1; !collected.isKept(); number++) {
            if (collected.has(number)) {
                continue;
            }
            if (total != null && (long) (number - 1) * pageSize >= total) {
                return; // every page is in: kept by the last one collected
            }
            long known = total != null ? total : collected.messages();
            if (known > MOST_MESSAGES) {
                status.accept(
                        conversationId,
                        "Not kept in the library: " + known + " messages are more than it fetches in the background"
                                + " (it is kept once loaded whole)");
                return;
            }
            Page<Message> page = fetch(source, conversationId, number, pageSize, running);
            if (page == null) {
                return;
            }
            if (page.meta().totalResults() != null) {
                total = page.meta().totalResults();
            }
            collect(conversationId, page);
            if (page.isLast()) {
                return;
            }
            if (total != null && !collected.isKept()) {
                status.accept(
                        conversationId,
                        "Keeping in the library: " + collected.messages() + " of " + total + " messages…");
            }
        }
    }

    /** A page, tried again after a growing wait when the API fails for now; null when it can't be had (or closed). */
    private Page<Message> fetch(
            TranscriptSource source, String conversationId, int number, int pageSize, BackgroundKeeping running)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            if (!running.awaitTurn()) {
                return null;
            }
            try {
                return source.page(conversationId, number, pageSize, running.cancelToken());
            } catch (ApiException e) {
                boolean again = (e.kind().isTransient() || e.kind() == ErrorKind.BAD_RESPONSE) && attempt < ATTEMPTS;
                if (!again || e.kind() == ErrorKind.CANCELLED) {
                    if (e.kind() != ErrorKind.CANCELLED) {
                        status.accept(conversationId, "Not kept in the library: " + e.userMessage());
                    }
                    return null;
                }
                Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1L << attempt));
                if (running.cancelToken().await(wait)) {
                    return null;
                }
            }
        }
    }

    private void keepLoaded(String conversationId, Conversation header, List<Message> messages) {
        LibraryStore store = store();
        if (store == null) {
            return;
        }
        Conversation conversation =
                header != null ? header : new Conversation(conversationId, null, null, null, Map.of());
        String version = Metadata.string(conversation.metadata(), ASSISTANT_VERSION_ID);
        try {
            store.keep(conversation, version == null ? "" : version, messages, clock.instant());
            status.accept(conversationId, "Kept in the library");
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Couldn't keep a conversation in the library", e);
            status.accept(conversationId, "Not kept in the library: " + e.getMessage());
        }
    }

    @Override
    public String label() {
        // Not connected (yet, or at all): the library is all there is.
        TranscriptSource ready = api.isDone() && !api.isCompletedExceptionally() ? api.getNow(null) : null;
        return ready == null ? "library" : ready.label();
    }

    @Override
    public Optional<TelnyxClient> apiClient() {
        TranscriptSource ready = api.isDone() && !api.isCompletedExceptionally() ? api.getNow(null) : null;
        return ready == null ? Optional.empty() : ready.apiClient();
    }

    /** The conversation as the library keeps it, read once per source; a kept one is refreshed in the background. */
    private Optional<Kept> kept(String conversationId) {
        return kept.computeIfAbsent(conversationId, id -> {
            LibraryStore store = storeSoon();
            if (store == null) {
                return Optional.empty();
            }
            try {
                Optional<KeptConversation> conversation = store.conversation(id);
                if (conversation.isEmpty()) {
                    return Optional.empty();
                }
                Kept found = new Kept(conversation.get(), store.messages(id));
                if (KeptFiles.isFile(id)) {
                    status.accept(id, KeptFiles.keptWords(conversation.get(), clock.instant()));
                } else {
                    status.accept(id, KeptWords.kept(conversation.get(), clock.instant()) + " · refreshing…");
                    keeping.submit(id, running -> refresh(id, conversation.get(), running));
                }
                return Optional.of(found);
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "Couldn't read a conversation from the library", e);
                return Optional.empty();
            }
        });
    }

    /**
     * Fetches the kept conversation again from the API, a page at a time when the user's own requests are done, and
     * keeps it; marks it gone on a 404.
     */
    private void refresh(String conversationId, KeptConversation before, BackgroundKeeping running)
            throws InterruptedException {
        LibraryStore store = store();
        if (store == null) {
            return;
        }
        String keptWords = KeptWords.kept(before, clock.instant());
        try {
            TranscriptSource source = apiSource();
            CancelToken cancel = running.cancelToken();
            if (!running.awaitTurn()) {
                return;
            }
            Conversation conversation =
                    source.conversation(conversationId, cancel).orElse(before.conversation());
            List<Message> all = new ArrayList<>();
            for (int number = 1; ; number++) {
                if (!running.awaitTurn()) {
                    return;
                }
                Page<Message> page = source.page(conversationId, number, LibrarySync.MESSAGE_PAGE, cancel);
                all.addAll(page.items());
                if (page.isLast()) {
                    break;
                }
            }
            String version = Metadata.string(conversation.metadata(), ASSISTANT_VERSION_ID);
            store.keep(conversation, version == null ? "" : version, all, clock.instant());
            int added = all.size() - before.messageCount();
            status.accept(
                    conversationId,
                    keptWords + " · refreshed" + (added > 0 ? ", " + added + " new (open again to see them)" : ""));
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                try {
                    store.markGone(conversationId, clock.instant());
                } catch (StoreException failed) {
                    LOG.log(Level.WARNING, "Couldn't mark a conversation gone in the library", failed);
                }
                status.accept(conversationId, keptWords + " · the API no longer has it");
            } else if (e.kind() != ErrorKind.CANCELLED) {
                status.accept(conversationId, keptWords + " · not refreshed: " + e.userMessage());
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Couldn't keep a conversation in the library", e);
            status.accept(conversationId, "Not kept in the library: " + e.getMessage());
        }
    }

    /**
     * The library, waiting for it to open at most {@link #OPEN_WAIT} while the API is there to serve instead (an
     * upgrade that rebuilds a large library's index takes longer, once): null then, or when there is none.
     */
    private LibraryStore storeSoon() {
        try {
            return library.get(OPEN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillOpening) {
            return api.isDone() && !api.isCompletedExceptionally() ? null : store();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private LibraryStore store() {
        try {
            return library.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private TranscriptSource apiSource() throws ApiException {
        try {
            return api.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.cancelled();
        } catch (ExecutionException e) {
            throw ApiException.notConnected(e.getCause());
        }
    }

    /** "Kept 3 days ago", "Kept today". */
    static final class KeptWords {
        private KeptWords() {}

        static String kept(KeptConversation conversation, Instant now) {
            String words = "Kept " + ago(conversation.keptAt(), now);
            return conversation.gone() ? words + " · the API no longer has it" : words;
        }

        static String ago(Instant then, Instant now) {
            Duration since = Duration.between(then, now);
            long days = since.toDays();
            if (days >= 2) {
                return days + " days ago";
            }
            if (days == 1) {
                return "yesterday";
            }
            long hours = since.toHours();
            if (hours >= 1) {
                return hours + (hours == 1 ? " hour ago" : " hours ago");
            }
            long minutes = Math.max(0, since.toMinutes());
            return minutes <= 1 ? "just now" : minutes + " minutes ago";
        }
    }
}
