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

    /** Results shown for a search. */
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

    /** Searches every kept conversation for what the search box says. */
    public void search() {
        String text = query.get();
        NewestRequest.Ticket ticket = searches.next();
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
            List<SearchHit> hits;
            String message;
            try {
                long start = System.nanoTime();
                hits = store().search(parsed, RESULTS);
                long millis = (System.nanoTime() - start) / 1_000_000;
                message = hits.isEmpty()
                        ? "Nothing kept matches."
                        : (hits.size() == RESULTS ? "The best " + RESULTS : hits.size() + "")
                                + (hits.size() == 1 ? " message" : " messages") + " (" + millis + " ms)";
            } catch (StoreException e) {
                hits = List.of();
                message = e.getMessage();
            }
            List<SearchHit> found = hits;
            String said = message;
            ticket.apply(() -> {
                results.setAll(found);
                searchMessage.set(said);
            });
        });
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

    public ReadOnlyBooleanProperty syncRunningProperty() {
        return syncRunning.getReadOnlyProperty();
    }
}
