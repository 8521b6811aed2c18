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
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Conversations from the library first: a kept conversation opens from it at once (offline too) and is refreshed from
 * the API in the background; one not kept comes from the API and is kept once every page of it has been loaded
 * (nothing is fetched twice for it). A conversation the API answers 404 for is marked gone. What happened reaches {@code status} as one line
 * per conversation ("Kept 3 days ago · refreshed"), from a background thread.
 */
public final class LibraryTranscriptSource implements TranscriptSource {

    private static final Logger LOG = Logger.getLogger(LibraryTranscriptSource.class.getName());
    private static final String ASSISTANT_VERSION_ID = "assistant_version_id";

    private final CompletableFuture<LibraryStore> library;
    private final CompletableFuture<? extends TranscriptSource> api;
    private final Executor background;
    private final Clock clock;
    private final BiConsumer<String, String> status;
    /** What each conversation opened through this source was served from, so a page is read from one place only. */
    private final Map<String, Optional<Kept>> kept = new ConcurrentHashMap<>();

    private final Map<String, Boolean> keeping = new ConcurrentHashMap<>();
    private final Map<String, Collected> collected = new ConcurrentHashMap<>();

    private record Kept(KeptConversation conversation, List<Message> messages) {}

    /**
     * @param library    the library, or a future that completes with it once it is open (a failed one: no library)
     * @param api        the API's source, possibly still being set up (or never, offline)
     * @param background runs the keeping and refreshing
     * @param status     told (conversation id, line) when a conversation was kept, refreshed or found gone
     */
    public LibraryTranscriptSource(
            CompletableFuture<LibraryStore> library,
            CompletableFuture<? extends TranscriptSource> api,
            Executor background,
            Clock clock,
            BiConsumer<String, String> status) {
        this.library = Objects.requireNonNull(library, "library");
        this.api = Objects.requireNonNull(api, "api");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public Page<Message> page(String conversationId, int pageNumber, int pageSize, CancelToken cancel)
            throws ApiException {
        Optional<Kept> fromLibrary = kept(conversationId);
        if (fromLibrary.isPresent()) {
            List<Message> all = fromLibrary.get().messages();
            int from = Math.min(all.size(), (pageNumber - 1) * pageSize);
            int to = Math.min(all.size(), from + pageSize);
            long pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
            return new Page<>(
                    all.subList(from, to),
                    new PageMeta(pages, (long) all.size(), (long) pageNumber, (long) pageSize),
                    pageNumber,
                    pageSize);
        }
        Page<Message> page = apiSource().page(conversationId, pageNumber, pageSize, cancel);
        collect(conversationId, page);
        return page;
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

    /** The pages of a conversation served from the API so far, to keep it once all have passed, fetching nothing. */
    private static final class Collected {
        volatile Conversation header;
        final java.util.TreeMap<Integer, Page<Message>> pages = new java.util.TreeMap<>();
        boolean kept;
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
            }
        }
        if (all != null) {
            List<Message> messages = all;
            background.execute(() -> keepLoaded(conversationId, collected.header, messages));
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
            LibraryStore store = store();
            if (store == null) {
                return Optional.empty();
            }
            try {
                Optional<KeptConversation> conversation = store.conversation(id);
                if (conversation.isEmpty()) {
                    return Optional.empty();
                }
                Kept found = new Kept(conversation.get(), store.messages(id));
                status.accept(id, KeptWords.kept(conversation.get(), clock.instant()) + " · refreshing…");
                keeping.put(id, Boolean.TRUE);
                background.execute(() -> keepWhole(id, Optional.of(conversation.get())));
                return Optional.of(found);
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "Couldn't read a conversation from the library", e);
                return Optional.empty();
            }
        });
    }

    /** Fetches the whole conversation from the API and keeps it; marks it gone on a 404. */
    private void keepWhole(String conversationId, Optional<KeptConversation> before) {
        LibraryStore store = store();
        if (store == null) {
            return;
        }
        String keptWords = before.map(k -> KeptWords.kept(k, clock.instant())).orElse("");
        try {
            TranscriptSource source = apiSource();
            CancelToken cancel = new CancelToken();
            Conversation conversation = source.conversation(conversationId, cancel)
                    .orElse(before.map(KeptConversation::conversation).orElse(null));
            if (conversation == null) {
                return;
            }
            List<Message> all = new ArrayList<>();
            for (int number = 1; ; number++) {
                Page<Message> page = source.page(conversationId, number, LibrarySync.MESSAGE_PAGE, cancel);
                all.addAll(page.items());
                if (page.isLast()) {
                    break;
                }
            }
            String version = Metadata.string(conversation.metadata(), ASSISTANT_VERSION_ID);
            store.keep(conversation, version == null ? "" : version, all, clock.instant());
            if (before.isPresent()) {
                int added = all.size() - before.get().messageCount();
                status.accept(
                        conversationId,
                        keptWords + " · refreshed" + (added > 0 ? ", " + added + " new (open again to see them)" : ""));
            } else {
                status.accept(conversationId, "Kept in the library");
            }
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.NOT_FOUND && before.isPresent()) {
                try {
                    store.markGone(conversationId, clock.instant());
                } catch (StoreException failed) {
                    LOG.log(Level.WARNING, "Couldn't mark a conversation gone in the library", failed);
                }
                status.accept(conversationId, keptWords + " · the API no longer has it");
            } else if (before.isPresent()) {
                status.accept(conversationId, keptWords + " · not refreshed: " + e.userMessage());
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Couldn't keep a conversation in the library", e);
            status.accept(conversationId, "Not kept in the library: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Couldn't keep a conversation in the library", e);
        } finally {
            keeping.remove(conversationId);
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
