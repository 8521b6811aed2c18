package com.transcriptviewer.library.view;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.library.LibraryCommand;
import com.transcriptviewer.library.LibraryCounts;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.LibrarySync;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.SearchQuery;
import com.transcriptviewer.library.SearchResults;
import com.transcriptviewer.library.SyncOutcome;
import com.transcriptviewer.library.SyncProgress;
import com.transcriptviewer.library.SyncRequest;
import com.transcriptviewer.library.SyncWords;
import com.transcriptviewer.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library's state for the window: the search box and its results, what is kept (counts, disk size) and removing
 * it, the sync with its progress and Cancel, and how the open conversation stands in the library ("Kept 3 days ago ·
 * refreshed"). Work runs on the background pool (the sync on a thread of its own); answers are applied on the FX
 * thread, a search's through {@link NewestRequest}.
 */
public final class LibraryViewModel {

    /** Results shown for a search at first, and added by each "Show more". */
    public static final int RESULTS = 200;

    private final CompletableFuture<LibraryStore> library;
    private final Supplier<Optional<TelnyxClient>> client;
    private final FxExecutors executors;
    private final Clock clock;
    private final NewestRequest searches;
    private final NewestRequest counting;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper searchMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keptStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper syncFraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper syncRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper moreResults = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper(false);
    /** The search shown: its query, ticket, and what is known of its results (FX thread only). */
    private SearchQuery shownQuery;

    private NewestRequest.Ticket shownTicket;
    private SearchResults shown;
    private long shownMillis;
    private boolean countingMatches;
    private final AtomicReference<SyncProgress> latestProgress = new AtomicReference<>();
    private final AtomicBoolean progressPosted = new AtomicBoolean();
    private String openConversation = "";
    private CancelToken syncCancel;

    /**
     * @param library the library, once open (a failed future: there is none, and the view says why)
     * @param client  the API's client, when connected
     */
    public LibraryViewModel(
            CompletableFuture<LibraryStore> library,
            Supplier<Optional<TelnyxClient>> client,
            FxExecutors executors,
            Clock clock) {
        this.library = Objects.requireNonNull(library, "library");
        this.client = Objects.requireNonNull(client, "client");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.searches = new NewestRequest(executors.fx());
        this.counting = new NewestRequest(executors.fx());
    }

    /**
     * Searches every kept conversation for what the search box says: the first {@value #RESULTS} results, then (when
     * there are more) how many match in all, counted apart so the results show first.
     */
    public void search() {
        String text = query.get();
        NewestRequest.Ticket ticket = searches.next();
        shownQuery = null;
        shown = null;
        countingMatches = false;
        moreResults.set(false);
        loadingMore.set(false);
        SearchQuery parsed;
        try {
            parsed = SearchQuery.parse(text);
        } catch (IllegalArgumentException e) {
            results.clear();
            searchMessage.set(e.getMessage());
            return;
        }
        if (parsed.isEmpty()) {
            results.clear();
            searchMessage.set("");
            return;
        }
        searchMessage.set("Searching…");
        executors.background().execute(() -> {
            SearchResults found;
            long millis;
            try {
                long start = System.nanoTime();
                found = store().search(parsed, 0, RESULTS);
                millis = (System.nanoTime() - start) / 1_000_000;
            } catch (StoreException e) {
                ticket.apply(() -> {
                    results.clear();
                    searchMessage.set(e.getMessage());
                });
                return;
            }
            ticket.apply(() -> {
                shownQuery = parsed;
                shownTicket = ticket;
                shownMillis = millis;
                results.setAll(found.hits());
                countingMatches = found.more();
                showing(found);
                if (countingMatches) {
                    count(parsed, ticket);
                }
            });
        });
    }

    /** Counts the shown search's matches (up to {@link SearchResults#COUNTED}) and says how many there are. */
    private void count(SearchQuery parsed, NewestRequest.Ticket ticket) {
        executors.background().execute(() -> {
            int counted;
            try {
                counted = store().count(parsed);
            } catch (StoreException e) {
                // The results stay, told as "more than"; the count was only to say how many.
                ticket.apply(() -> {
                    countingMatches = false;
                    showing(shown);
                });
                return;
            }
            ticket.apply(() -> {
                countingMatches = false;
                showing(shown.counted(counted));
            });
        });
    }

    /** Adds the next {@value #RESULTS} results of the shown search. */
    public void showMore() {
        if (shown == null || !shown.hasMore() || loadingMore.get()) {
            return;
        }
        SearchQuery parsed = shownQuery;
        NewestRequest.Ticket ticket = shownTicket;
        SearchResults before = shown;
        int offset = results.size();
        loadingMore.set(true);
        executors.background().execute(() -> {
            SearchResults page;
            try {
                page = store().search(parsed, offset, RESULTS);
            } catch (StoreException e) {
                ticket.apply(() -> {
                    loadingMore.set(false);
                    searchMessage.set(e.getMessage());
                });
                return;
            }
            ticket.apply(() -> {
                loadingMore.set(false);
                results.addAll(page.hits());
                // What was counted stays true while this page has read less far than the count.
                showing(page.more() && before.matches() > page.matches() ? before : page);
            });
        });
    }

    /** Notes what is known of the shown search's results and says it: "200 of 4,812 results (38 ms)". */
    private void showing(SearchResults known) {
        shown = known;
        moreResults.set(results.size() < known.matches() || known.more());
        searchMessage.set(SearchSummary.of(results.size(), known, countingMatches, shownMillis));
    }

    /** The words the transcript's find should mark for a result: the query's terms. */
    public List<String> terms() {
        try {
            return SearchQuery.parse(query.get()).terms();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Reads the counts and disk size again. */
    public void refreshCounts() {
        NewestRequest.Ticket ticket = counting.next();
        executors.background().execute(() -> {
            String text;
            try {
                LibraryCounts counts = store().counts();
                text = "Kept: " + LibraryCommand.describe(counts);
            } catch (StoreException e) {
                text = e.getMessage();
            }
            String said = text;
            ticket.apply(() -> countsText.set(said));
        });
    }

    /** Removes every kept conversation. */
    public void removeAll() {
        remove(store -> store.removeAll() + "");
    }

    /** Removes the conversations first kept more than {@code days} days ago. */
    public void removeOlderThan(int days) {
        remove(store -> store.removeKeptBefore(clock.instant().minus(Duration.ofDays(days))) + "");
    }

    /** Removes one conversation. */
    public void remove(String conversationId) {
        remove(store -> store.remove(conversationId) ? "1" : "0");
    }

    private interface Removal {
        String apply(LibraryStore store) throws StoreException;
    }

    private void remove(Removal removal) {
        executors.background().execute(() -> {
            String said;
            try {
                String removed = removal.apply(store());
                said = "Removed " + removed + ("1".equals(removed) ? " conversation." : " conversations.");
            } catch (StoreException e) {
                said = e.getMessage();
            }
            String message = said;
            executors.fx().execute(() -> {
                searches.dropAll();
                shown = null;
                moreResults.set(false);
                searchMessage.set(message);
                results.clear();
                refreshCounts();
            });
        });
    }

    /** Starts syncing {@code request} in the background (or continues its unfinished run); one sync at a time. */
    public void sync(SyncRequest request) {
        if (syncRunning.get()) {
            return;
        }
        Optional<TelnyxClient> api = client.get();
        if (api.isEmpty()) {
            syncText.set("Sync needs the API: not connected.");
            return;
        }
        CancelToken cancel = new CancelToken();
        syncCancel = cancel;
        syncRunning.set(true);
        syncFraction.set(-1);
        syncText.set("Starting the sync of " + request.describe() + "…");
        AppThreads.start(
                "library-sync",
                () -> {
                    SyncOutcome outcome;
                    try {
                        outcome = new LibrarySync(api.get(), store()).run(request, cancel, this::progress);
                    } catch (StoreException e) {
                        String message = e.getMessage();
                        executors.fx().execute(() -> finished(message));
                        return;
                    }
                    String words = SyncWords.outcome(outcome);
                    executors.fx().execute(() -> finished(words));
                },
                true);
    }

    /** Progress from the sync's threads: the newest reaches the FX thread, at most one update waiting at a time. */
    private void progress(SyncProgress progress) {
        latestProgress.set(progress);
        if (progressPosted.compareAndSet(false, true)) {
            executors.fx().execute(() -> {
                progressPosted.set(false);
                SyncProgress newest = latestProgress.get();
                if (syncRunning.get() && newest != null) {
                    syncText.set(SyncWords.progress(newest));
                    syncFraction.set(newest.fraction());
                }
            });
        }
    }

    private void finished(String words) {
        syncRunning.set(false);
        syncFraction.set(1);
        syncText.set(words);
        refreshCounts();
    }

    public void cancelSync() {
        if (syncCancel != null) {
            syncCancel.cancel();
        }
    }

    /** Hides the last sync's outcome line. */
    public void dismissSyncText() {
        if (!syncRunning.get()) {
            syncText.set("");
        }
    }

    /** The open conversation changed: its library line is shown once the source says how it stands. */
    public void conversationOpened(String conversationId) {
        openConversation = conversationId == null ? "" : conversationId;
        keptStatus.set("");
    }

    /** From the library's source, on any thread: how a conversation stands in the library. */
    public void keptStatus(String conversationId, String line) {
        executors.fx().execute(() -> {
            if (conversationId.equals(openConversation)) {
                keptStatus.set(line);
            }
        });
    }

    private LibraryStore store() throws StoreException {
        try {
            return library.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("The library is not open.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof StoreException store
                    ? store
                    : new StoreException("The library could not be opened: " + cause.getMessage(), cause);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ReadOnlyStringProperty searchMessageProperty() {
        return searchMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keptStatusProperty() {
        return keptStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncTextProperty() {
        return syncText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty syncFractionProperty() {
        return syncFraction.getReadOnlyProperty();
    }

    /** Whether the search shown has results after those in the list ("Show more"). */
    public ReadOnlyBooleanProperty moreResultsProperty() {
        return moreResults.getReadOnlyProperty();
    }

    /** Whether "Show more" is reading the next results. */
    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncRunningProperty() {
        return syncRunning.getReadOnlyProperty();
    }
}
