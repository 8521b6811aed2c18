package com.transcriptviewer.transcript;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.source.ConversationLoad;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.FileIndexing;
import com.transcriptviewer.source.IndexProgress;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableList;

/**
 * State and commands of the transcript: which conversation is open, the rows the list shows, and where loading
 * stands. The loading itself is the {@link ConversationLoader}'s: pages come one at a time as the user scrolls, or
 * the rest a few at a time for find, export and End, and are appended in page order, so a retried page can neither
 * duplicate nor skip messages. Opening another conversation cancels what is in flight and starts a new request
 * ({@link NewestRequest}), so a late page of the old one is dropped. All methods must be called on the FX side
 * ({@link FxExecutors#fx()}).
 *
 * <p>Longer than most classes here for one reason: the twenty-odd read-only properties the views bind to, each with
 * its accessor. The logic in it is only what turns the loader's pages and failures into those properties.
 */
public final class TranscriptViewModel {

    /** The status bar's source while the API connection is still being set up. */
    static final String CONNECTING = "connecting";

    private final ConversationLoader loader;
    private final FxExecutors executors;
    private final NewestRequest requests;
    private final RetryCountdown countdown;

    private final TranscriptRows rows;
    private final ReadOnlyObjectWrapper<TranscriptState> state = new ReadOnlyObjectWrapper<>(TranscriptState.EMPTY);
    private final ReadOnlyStringWrapper conversationId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conversationName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper channel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Conversation> header = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper headerSettled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<TranscriptSource> openSource = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper totalMessages = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyIntegerWrapper loadedMessages = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pagesLoaded = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper totalPages = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ErrorKind> errorKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper keyProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper retryCountdown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("No conversation open");
    private final ReadOnlyBooleanWrapper firstPageShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadingAll = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<IndexProgress> indexing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper indexingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper indexingShare = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper indexingRunning = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty silenceThresholdSeconds =
            new SimpleIntegerProperty(SilenceGap.DEFAULT_THRESHOLD_SECONDS);

    /** The open conversation's load; null before the first is opened. */
    private ConversationLoad load;
    /** The request the open conversation's answers belong to. */
    private NewestRequest.Ticket current;
    /** True while a page (or the rest) is on its way. */
    private boolean fetching;
    /** The open file's indexing, while it is shown; null for a conversation from the API. */
    private FileIndexing openIndexing;

    /** The mask every bubble shows its texts through (privacy mode). */
    private final CurrentMask mask;
    /** Hands the pages over once searched through that mask. */
    private final SearchedPages pages;

    public TranscriptViewModel(ConversationLoader loader, FxExecutors executors, BubbleContext bubbles) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.requests = new NewestRequest(executors.fx());
        this.countdown = new RetryCountdown(executors.timer());
        this.rows = new TranscriptRows(bubbles);
        this.mask = bubbles.mask();
        this.pages = new SearchedPages(mask, executors.background(), executors.fx());
        this.current = requests.next();
        // A listener, not a fluent binding: this runs before the window's first frame, and the first use of
        // javafx.beans.binding.Bindings loads and verifies its hundred inner classes.
        errorKind.addListener(
                (obs, old, kind) -> keyProblem.set(kind == ErrorKind.UNAUTHORIZED || kind == ErrorKind.FORBIDDEN));
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /**
     * Opens a conversation, dropping whatever was shown or loading.
     *
     * @param source where it comes from, or a stage that completes with that once it is ready (the API connection
     *               is set up after the window's first frame): the first page is asked for as soon as it is
     */
    public void open(CompletionStage<? extends TranscriptSource> source, String id) {
        String trimmed = id == null ? "" : id.trim();
        if (trimmed.isEmpty()) {
            return;
        }
        startOver(loader.open(source, trimmed));
        NewestRequest.Ticket ticket = current;
        load.source()
                .whenComplete((ready, failure) -> ticket.apply(() -> {
                    openSource.set(ready);
                    if (ready != null) {
                        ready.indexing().ifPresent(file -> followIndexing(file, ticket));
                    }
                    updateStatus();
                }));
        load.header().thenAccept(found -> {
            // The title shows the name masked: searched here, on the thread that read it.
            found.ifPresent(conversation -> mask.get().prepare(conversation.name()));
            ticket.apply(() -> {
                found.ifPresent(this::headerArrived);
                headerSettled.set(true);
            });
        });
        fetchNextPage();
    }

    /** {@link #open(CompletionStage, String)} from a source that is ready now (a file, a client). */
    public void open(TranscriptSource source, String id) {
        open(CompletableFuture.completedFuture(Objects.requireNonNull(source, "source")), id);
    }

    /** Called by the view as the user scrolls: prefetches when the last visible row is within a page of the end. */
    public void onLastVisibleRow(int rowIndex) {
        if (state.get() == TranscriptState.READY && rowIndex >= loadedMessages.get() - loader.pageSize()) {
            fetchNextPage();
        }
    }

    /** Fetches the next page now, if there is one and nothing is on its way. */
    public void loadMore() {
        if (state.get() == TranscriptState.READY) {
            fetchNextPage();
        }
    }

    /**
     * Loads every remaining page in the background, a few at a time, appending them in page order as the scrolling
     * prefetch would; for find and export, which need the whole conversation. {@link #loadingAllProperty()} stays
     * true until the end arrives or {@link #cancelLoadAll()}; a failed page stops it with the usual error row, and
     * Retry carries on loading the rest.
     */
    public void loadAll() {
        if (conversationId.get().isEmpty() || state.get() == TranscriptState.COMPLETE) {
            return;
        }
        loadingAll.set(true);
        if (state.get() == TranscriptState.READY) {
            fetchRest();
        }
        // Otherwise a page is on its way (it continues with the rest when it lands) or has failed (Retry does).
    }

    /** Stops loading the remaining pages; what arrived stays, and scrolling pages on as before. */
    public void cancelLoadAll() {
        if (loadingAll.get()) {
            loadingAll.set(false);
            load.cancelRest();
        }
    }

    /** Tries the failed page again: the same page number, so nothing is duplicated or skipped. */
    public void retry() {
        TranscriptState now = state.get();
        if (now == TranscriptState.FAILED_FIRST || now == TranscriptState.FAILED_MORE) {
            countdown.stop();
            retryCountdown.set(0);
            if (loadingAll.get()) {
                fetchRest();
            } else {
                fetchNextPage();
            }
        }
    }

    /**
     * Stops indexing the open file: the messages indexed so far stay readable, and the status says where it
     * stopped.
     */
    public void cancelIndexing() {
        if (openIndexing != null) {
            openIndexing.cancel();
        }
    }

    /** Stops whatever is in flight (window closing, conversation switched elsewhere), a file's indexing too. */
    public void cancel() {
        if (load != null) {
            load.cancel();
        }
        cancelIndexing();
        countdown.stop();
    }

    // ---- a file's indexing ---------------------------------------------------------------------------------------

    /**
     * Shows the progress of {@code file}'s indexing. The indexer tells it from its own thread every few thousand
     * messages; only the newest value waiting is applied, so the FX thread never has a queue of them.
     */
    private void followIndexing(FileIndexing file, NewestRequest.Ticket ticket) {
        openIndexing = file;
        AtomicReference<IndexProgress> waiting = new AtomicReference<>();
        Consumer<IndexProgress> listener = progress -> {
            if (waiting.getAndSet(progress) == null) {
                ticket.apply(() -> indexingProgressed(waiting.getAndSet(null)));
            }
        };
        file.addListener(listener);
        indexingProgressed(file.progress());
    }

    /** True once the open file is indexed to its end: its size is known even for pages served before. */
    private boolean indexedWhole() {
        IndexProgress progress = indexing.get();
        return progress != null && progress.phase() == IndexProgress.Phase.DONE;
    }

    private void indexingProgressed(IndexProgress progress) {
        if (progress == null) {
            return;
        }
        indexing.set(progress);
        indexingText.set(StatusLine.indexing(progress, conversationId.get()));
        indexingShare.set(progress.share());
        indexingRunning.set(!progress.isOver());
        if (progress.phase() == IndexProgress.Phase.DONE && totalMessages.get() < 0) {
            // Pages served while the file was indexed could not say how many messages it has; now it is known.
            totalMessages.set(progress.messages());
            totalPages.set(Math.max(1, (progress.messages() + loader.pageSize() - 1) / loader.pageSize()));
        }
        updateStatus();
    }

    // ---- paging --------------------------------------------------------------------------------------------------

    private void startOver(ConversationLoad next) {
        // The new request first: the old load's futures fail as they are cancelled, and must find their answers
        // superseded.
        current = requests.next();
        cancel();
        pages.clear();
        load = next;
        fetching = false;
        // Known before the id changes, so whoever hears of the new id can tell a file from the API.
        CompletableFuture<? extends TranscriptSource> nextSource = next.source();
        openSource.set(nextSource.isDone() && !nextSource.isCompletedExceptionally() ? nextSource.getNow(null) : null);
        header.set(null);
        headerSettled.set(false);
        loadingAll.set(false);
        openIndexing = null;
        indexing.set(null);
        indexingText.set("");
        indexingShare.set(0);
        indexingRunning.set(false);
        rows.clear();
        conversationId.set(next.conversationId());
        conversationName.set("");
        channel.set("");
        totalMessages.set(-1);
        totalPages.set(-1);
        loadedMessages.set(0);
        pagesLoaded.set(0);
        retryCountdown.set(0);
        clearError();
        firstPageShown.set(false);
        state.set(TranscriptState.LOADING_FIRST);
        updateStatus();
    }

    /** Shows that a page is on its way: the spinner for the first, a loading row under the messages for later ones. */
    private void startFetching(String loadingText) {
        fetching = true;
        boolean first = load.nextPageNumber() == 1;
        state.set(first ? TranscriptState.LOADING_FIRST : TranscriptState.LOADING_MORE);
        clearError();
        rows.setTrailing(first ? null : new TranscriptRow.LoadingRow(loadingText));
        updateStatus();
    }

    private void fetchNextPage() {
        if (fetching) {
            return;
        }
        startFetching("Loading page " + load.nextPageNumber() + "…");
        NewestRequest.Ticket ticket = current;
        searched(load.next())
                .whenComplete((page, failure) -> ticket.apply(() -> {
                    if (failure == null) {
                        pages.show(page.page(), page.mask(), () -> pageArrived(page.page()));
                    } else {
                        pageFailed(ConversationLoad.failure(failure));
                    }
                }));
    }

    private void pageArrived(Page<Message> page) {
        fetching = false;
        rows.removeTrailing();
        boolean complete = append(page);
        state.set(complete ? TranscriptState.COMPLETE : TranscriptState.READY);
        updateStatus();
        firstPageShown.set(true);
        if (loadingAll.get()) {
            if (complete) {
                loadingAll.set(false);
            } else {
                fetchRest();
            }
        }
    }

    /**
     * With privacy mode on, a page is searched for personal data on the background pool before it is handed to the FX
     * thread (see {@link SearchedPages}); with it off, it is handed over as it came.
     */
    private CompletionStage<Searched> searched(CompletableFuture<Page<Message>> page) {
        if (!pages.masking()) {
            return page.thenApply(arrived -> new Searched(arrived, TextMask.NONE));
        }
        return page.thenApplyAsync(arrived -> new Searched(arrived, pages.search(arrived)), executors.background());
    }

    /** A page, and the mask its texts were searched through. */
    private record Searched(Page<Message> page, TextMask mask) {}

    /** Adds a page's messages (and the end row after the last page); true when the conversation is complete. */
    private boolean append(Page<Message> page) {
        loadedMessages.set(loadedMessages.get() + page.items().size());
        pagesLoaded.set(page.requestedNumber());
        Long total = page.meta().totalResults();
        Long pages = page.meta().totalPages();
        boolean complete = page.isLast();
        if (complete) {
            totalMessages.set(loadedMessages.get());
        } else if (total != null) {
            totalMessages.set(total);
        } else if (!indexedWhole()) {
            totalMessages.set(-1);
        }
        if (pages != null) {
            totalPages.set(pages);
        } else if (!indexedWhole()) {
            totalPages.set(-1);
        }
        rows.addMessages(page.items(), complete ? loadedMessages.get() : -1);
        return complete;
    }

    // ---- loading the whole conversation -------------------------------------------------------------------------

    /** Fetches every page after the last one shown, a few at a time, appended in page order as they are handed over. */
    private void fetchRest() {
        if (fetching) {
            return;
        }
        startFetching("Loading the rest of the conversation…");
        NewestRequest.Ticket ticket = current;
        load.rest(page -> {
                    // Handed over on the loader's threads: searched there, not on the FX thread.
                    TextMask searchedWith = pages.search(page);
                    ticket.apply(() -> pages.show(page, searchedWith, () -> restPageArrived(page)));
                })
                // After the pages still waiting to be searched again, if any.
                .whenComplete(
                        (done, failure) -> ticket.apply(() -> pages.show(null, null, () -> restFinished(failure))));
    }

    /** A page of the rest, in page order. One that lands after Cancel is kept: it is whole and in order. */
    private void restPageArrived(Page<Message> page) {
        boolean last = page.isLast();
        if (last) {
            rows.removeTrailing();
        }
        append(page);
        if (state.get() == TranscriptState.LOADING_FIRST) {
            // The first page of the rest loaded from the start: show it now, the rest follows below it.
            state.set(TranscriptState.LOADING_MORE);
            if (!last) {
                rows.setTrailing(new TranscriptRow.LoadingRow("Loading the rest of the conversation…"));
            }
        }
        firstPageShown.set(true);
        updateStatus();
    }

    private void restFinished(Throwable failure) {
        ApiException error = failure == null ? null : ConversationLoad.failure(failure);
        if (error != null && error.kind() != ErrorKind.CANCELLED) {
            // loadingAll stays set: Retry fetches the failed page and then carries on with the rest.
            pageFailed(error);
            return;
        }
        fetching = false;
        loadingAll.set(false);
        boolean complete = load.isComplete();
        if (!complete) {
            rows.removeTrailing();
        }
        state.set(complete ? TranscriptState.COMPLETE : TranscriptState.READY);
        updateStatus();
    }

    private void pageFailed(ApiException error) {
        if (error.kind() == ErrorKind.CANCELLED) {
            return;
        }
        fetching = false;
        boolean nothingShown = loadedMessages.get() == 0;
        errorKind.set(error.kind());
        errorMessage.set(error.userMessage());
        state.set(nothingShown ? TranscriptState.FAILED_FIRST : TranscriptState.FAILED_MORE);
        rows.setTrailing(nothingShown ? null : new TranscriptRow.ErrorRow(error.userMessage()));
        updateStatus();
        Optional<Duration> wait = ConversationLoad.askAgainAfter(error);
        if (wait.isPresent()) {
            // A rate limit retries by itself once the wait is over, as the headless commands do; the message counts
            // down meanwhile.
            int seconds = (int) wait.get().toSeconds();
            NewestRequest.Ticket ticket = current;
            countdown.start(
                    seconds,
                    left -> {
                        if (ticket.isNewest()) {
                            showCountdown(left);
                        }
                    },
                    () -> {
                        if (ticket.isNewest()) {
                            retry();
                        }
                    });
        }
    }

    private void showCountdown(int seconds) {
        retryCountdown.set(seconds);
        String text = "Rate-limited by the API; retrying in " + seconds + " s.";
        errorMessage.set(text);
        if (state.get() == TranscriptState.FAILED_MORE) {
            rows.setTrailing(new TranscriptRow.ErrorRow(text));
        }
    }

    private void headerArrived(Conversation conversation) {
        header.set(conversation);
        conversationName.set(conversation.name() == null ? "" : conversation.name());
        channel.set(conversation.channel() == null ? "" : conversation.channel());
    }

    private void clearError() {
        errorMessage.set("");
        errorKind.set(null);
    }

    private void updateStatus() {
        statusText.set(StatusLine.describe(
                state.get(),
                loadedMessages.get(),
                totalMessages.get(),
                pagesLoaded.get(),
                totalPages.get(),
                sourceLabel()));
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** The mask the transcript shows its texts through (privacy mode); the view shows them again when it changes. */
    public CurrentMask mask() {
        return mask;
    }

    public ObservableList<TranscriptRow> rows() {
        return rows.list();
    }

    public ReadOnlyObjectProperty<TranscriptState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conversationIdProperty() {
        return conversationId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conversationNameProperty() {
        return conversationName.getReadOnlyProperty();
    }

    /** The open conversation's header (name, metadata such as its assistant), once it arrived; null before. */
    public ReadOnlyObjectProperty<Conversation> headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** True once the header request is over, whether a header came ({@link #headerProperty()}) or not. */
    public ReadOnlyBooleanProperty headerSettledProperty() {
        return headerSettled.getReadOnlyProperty();
    }

    /** Where the open conversation comes from, once that is ready; null before (or when it could not be set up). */
    public ReadOnlyObjectProperty<TranscriptSource> sourceProperty() {
        return openSource.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty channelProperty() {
        return channel.getReadOnlyProperty();
    }

    /** Total messages the server reports (or the count once complete); -1 while unknown. */
    public ReadOnlyLongProperty totalMessagesProperty() {
        return totalMessages.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty loadedMessagesProperty() {
        return loadedMessages.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pagesLoadedProperty() {
        return pagesLoaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorKind> errorKindProperty() {
        return errorKind.getReadOnlyProperty();
    }

    /** True when the error is about the API key (rejected or not allowed): the view offers Settings. */
    public ReadOnlyBooleanProperty keyProblemProperty() {
        return keyProblem.getReadOnlyProperty();
    }

    /** Seconds until a rate-limited page is fetched again; 0 when no countdown runs. */
    public ReadOnlyIntegerProperty retryCountdownProperty() {
        return retryCountdown.getReadOnlyProperty();
    }

    /** True while {@link #loadAll()} is bringing in the rest of the conversation. */
    public ReadOnlyBooleanProperty loadingAllProperty() {
        return loadingAll.getReadOnlyProperty();
    }

    /**
     * How far the open file's indexing has come (messages, share of the file, done, failed or cancelled); null for a
     * conversation from the API.
     */
    public ReadOnlyObjectProperty<IndexProgress> indexingProperty() {
        return indexing.getReadOnlyProperty();
    }

    /**
     * The open file's indexing in words for the status bar: "Indexing big.json: 45,000 messages · 20% of the file"
     * while it runs, why it stopped when it failed or was cancelled; empty for the API and once done.
     */
    public ReadOnlyStringProperty indexingTextProperty() {
        return indexingText.getReadOnlyProperty();
    }

    /** The share of the open file indexed, 0 to 1. */
    public ReadOnlyDoubleProperty indexingShareProperty() {
        return indexingShare.getReadOnlyProperty();
    }

    /** True while the open file is being indexed (Cancel stops it). */
    public ReadOnlyBooleanProperty indexingRunningProperty() {
        return indexingRunning.getReadOnlyProperty();
    }

    /** The messages loaded so far, in conversation order (a copy; call on the FX side). */
    public List<Message> messages() {
        return rows.messages();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Turns true once the first page of the open conversation has been applied to the rows. */
    public ReadOnlyBooleanProperty firstPageShownProperty() {
        return firstPageShown.getReadOnlyProperty();
    }

    /** Messages after a silence at least this long (seconds; 0: never) get a marker. Kept while the app runs. */
    public IntegerProperty silenceThresholdSecondsProperty() {
        return silenceThresholdSeconds;
    }

    public int pageSize() {
        return loader.pageSize();
    }

    /** Where the open conversation comes from ("demo data", "api.telnyx.com", "file x.json"), for the status bar. */
    public String sourceLabel() {
        if (load == null) {
            return "";
        }
        TranscriptSource ready = load.source().getNow(null);
        return ready == null ? CONNECTING : ready.label();
    }
}
