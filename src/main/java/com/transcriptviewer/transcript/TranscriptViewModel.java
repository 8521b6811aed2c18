package com.transcriptviewer.transcript;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.MessagePager;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.text.SilenceGap;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.copy.TranscriptCopyViewModel;
import com.transcriptviewer.transcript.details.MessageDetailsViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the transcript: which conversation is open, the rows the list shows, and lazy paging.
 *
 * <p>Pages are fetched one at a time off the FX thread and appended in page order, so a retried page can neither
 * duplicate nor skip messages. Every fetch carries the generation of the conversation it was made for; opening another
 * conversation cancels the fetch in flight and bumps the generation, so a late result for the old one is dropped.
 * All methods must be called on the FX side ({@link FxExecutors#fx()}).
 */
public final class TranscriptViewModel {

    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Pages in flight at once while loading a whole conversation (find, export). */
    static final int LOAD_ALL_CONCURRENCY = 4;

    private final FxExecutors executors;
    private final int pageSize;
    private TranscriptSource source;

    private final ObservableList<TranscriptRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TranscriptState> state = new ReadOnlyObjectWrapper<>(TranscriptState.EMPTY);
    private final ReadOnlyStringWrapper conversationId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conversationName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper channel = new ReadOnlyStringWrapper("");
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
    private final IntegerProperty silenceThresholdSeconds =
            new SimpleIntegerProperty(SilenceGap.DEFAULT_THRESHOLD_SECONDS);

    private int generation;
    private CancelToken inFlight = new CancelToken();
    private Runnable pendingCountdown = () -> {};
    private Page<Message> lastPage;
    private boolean fetching;
    private CancelToken bulk = new CancelToken();
    private final TranscriptAssembler assembler;
    private final MessageDetailsViewModel details;
    private final TranscriptCopyViewModel copying;

    public TranscriptViewModel(TranscriptSource source, FxExecutors executors, BubbleContext bubbles, int pageSize) {
        this.assembler = new TranscriptAssembler(bubbles);
        this.details = new MessageDetailsViewModel(bubbles);
        this.copying = new TranscriptCopyViewModel(
                this::messages,
                conversationId::get,
                bubbles.timeFormat().zone(),
                bubbles.background(),
                bubbles.fxThread());
        // A listener, not a fluent binding: this runs before the window's first frame, and the first use of
        // javafx.beans.binding.Bindings loads and verifies its hundred inner classes.
        errorKind.addListener(
                (obs, old, kind) -> keyProblem.set(kind == ErrorKind.UNAUTHORIZED || kind == ErrorKind.FORBIDDEN));
        this.source = Objects.requireNonNull(source, "source");
        this.executors = Objects.requireNonNull(executors, "executors");
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page size must be 1..100: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Opens a conversation from the current source, dropping whatever was shown or loading. */
    public void open(String id) {
        String trimmed = id == null ? "" : id.trim();
        if (trimmed.isEmpty()) {
            return;
        }
        startOver(trimmed);
        fetchHeader(generation, trimmed);
        fetchNextPage();
    }

    /** Switches to another source (demo, API, a file) and opens a conversation from it. */
    public void open(TranscriptSource newSource, String id) {
        this.source = Objects.requireNonNull(newSource, "source");
        open(id);
    }

    /** Called by the view as the user scrolls: prefetches when the last visible row is within a page of the end. */
    public void onLastVisibleRow(int rowIndex) {
        if (state.get() == TranscriptState.READY && rowIndex >= loadedMessages.get() - pageSize) {
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
            fetchRemainingPages();
        }
        // Otherwise a page is on its way (it continues with the rest when it lands) or has failed (Retry does).
    }

    /** Stops loading the remaining pages; what arrived stays, and scrolling pages on as before. */
    public void cancelLoadAll() {
        if (loadingAll.get()) {
            loadingAll.set(false);
            bulk.cancel();
        }
    }

    /** Tries the failed page again: the same page number, so nothing is duplicated or skipped. */
    public void retry() {
        TranscriptState current = state.get();
        if (current == TranscriptState.FAILED_FIRST || current == TranscriptState.FAILED_MORE) {
            pendingCountdown.run();
            retryCountdown.set(0);
            fetchNextPage();
        }
    }

    /** Stops whatever is in flight (window closing, conversation switched elsewhere). */
    public void cancel() {
        inFlight.cancel();
        pendingCountdown.run();
    }

    // ---- paging --------------------------------------------------------------------------------------------------

    private void startOver(String id) {
        cancel();
        generation++;
        inFlight = new CancelToken();
        fetching = false;
        loadingAll.set(false);
        lastPage = null;
        assembler.reset();
        rows.clear();
        conversationId.set(id);
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

    private void fetchNextPage() {
        if (fetching) {
            return;
        }
        fetching = true;
        int pageNumber = lastPage == null ? 1 : lastPage.requestedNumber() + 1;
        boolean first = loadedMessages.get() == 0 && lastPage == null;
        state.set(first ? TranscriptState.LOADING_FIRST : TranscriptState.LOADING_MORE);
        clearError();
        setTrailingRow(first ? null : new TranscriptRow.LoadingRow("Loading page " + pageNumber + "…"));
        updateStatus();

        int requestGeneration = generation;
        CancelToken token = inFlight;
        String id = conversationId.get();
        TranscriptSource from = source;
        executors.background().execute(() -> {
            try {
                Page<Message> page = from.page(id, pageNumber, pageSize, token);
                executors.fx().execute(() -> pageArrived(requestGeneration, page));
            } catch (ApiException e) {
                executors.fx().execute(() -> pageFailed(requestGeneration, e));
            } catch (RuntimeException e) {
                ApiException wrapped = ApiException.unexpected("reading this page", e);
                executors.fx().execute(() -> pageFailed(requestGeneration, wrapped));
            }
        });
    }

    private void pageArrived(int requestGeneration, Page<Message> page) {
        if (requestGeneration != generation) {
            return;
        }
        fetching = false;
        removeTrailingRow();
        boolean complete = append(page);
        state.set(complete ? TranscriptState.COMPLETE : TranscriptState.READY);
        updateStatus();
        if (!firstPageShown.get()) {
            firstPageShown.set(true);
        }
        if (loadingAll.get()) {
            if (complete) {
                loadingAll.set(false);
            } else {
                fetchRemainingPages();
            }
        }
    }

    /** Adds a page's messages (and the end row after the last page); true when the conversation is complete. */
    private boolean append(Page<Message> page) {
        lastPage = page;
        List<TranscriptRow> added = new ArrayList<>(page.items().size() + 1);
        for (Message message : page.items()) {
            added.add(assembler.add(message));
        }
        loadedMessages.set(loadedMessages.get() + page.items().size());
        pagesLoaded.set(page.requestedNumber());
        Long total = page.meta().totalResults();
        Long pages = page.meta().totalPages();
        totalMessages.set(total == null ? -1 : total);
        totalPages.set(pages == null ? -1 : pages);

        boolean complete = MessagePager.isLastPage(page);
        if (complete) {
            int count = loadedMessages.get();
            totalMessages.set(count);
            added.add(new TranscriptRow.EndRow(
                    count == 0
                            ? "This conversation has no messages."
                            : "End of conversation · " + Counts.messages(count)));
        }
        // Before the trailing status row, which stays last while more pages come.
        int at = rows.isEmpty() || rows.get(rows.size() - 1) instanceof TranscriptRow.MessageRow
                ? rows.size()
                : rows.size() - 1;
        rows.addAll(at, added);
        return complete;
    }

    // ---- loading the whole conversation -------------------------------------------------------------------------

    /** Fetches every page after the last one shown, {@link #LOAD_ALL_CONCURRENCY} at a time, handed over in order. */
    private void fetchRemainingPages() {
        if (fetching) {
            return;
        }
        fetching = true;
        int from = lastPage == null ? 1 : lastPage.requestedNumber() + 1;
        boolean first = loadedMessages.get() == 0 && lastPage == null;
        state.set(first ? TranscriptState.LOADING_FIRST : TranscriptState.LOADING_MORE);
        clearError();
        setTrailingRow(first ? null : loadingRestRow());
        updateStatus();

        int requestGeneration = generation;
        bulk = inFlight.child();
        CancelToken token = bulk;
        String id = conversationId.get();
        TranscriptSource pages = source;
        executors.background().execute(() -> {
            ApiException failure = null;
            try {
                MessagePager.loadFrom(
                        (number, cancel) -> pages.page(id, number, pageSize, cancel),
                        id,
                        from,
                        LOAD_ALL_CONCURRENCY,
                        token,
                        page -> executors.fx().execute(() -> bulkPageArrived(requestGeneration, page)));
            } catch (ApiException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = ApiException.unexpected("reading this page", e);
            }
            ApiException outcome = failure;
            executors.fx().execute(() -> bulkFinished(requestGeneration, outcome));
        });
    }

    /** A page of the bulk load, in page order. One that lands after Cancel is kept: it is whole and in order. */
    private void bulkPageArrived(int requestGeneration, Page<Message> page) {
        if (requestGeneration != generation) {
            return;
        }
        boolean last = MessagePager.isLastPage(page);
        if (last) {
            removeTrailingRow();
        }
        append(page);
        if (state.get() == TranscriptState.LOADING_FIRST) {
            // The first page of a bulk load from the start: show it now, the rest follows below it.
            state.set(TranscriptState.LOADING_MORE);
            if (!last) {
                rows.add(loadingRestRow());
            }
        }
        if (!firstPageShown.get()) {
            firstPageShown.set(true);
        }
        updateStatus();
    }

    private static TranscriptRow loadingRestRow() {
        return new TranscriptRow.LoadingRow("Loading the rest of the conversation…");
    }

    private void bulkFinished(int requestGeneration, ApiException failure) {
        if (requestGeneration != generation) {
            return;
        }
        if (failure != null && failure.kind() != ErrorKind.CANCELLED) {
            // loadingAll stays set: Retry fetches the failed page and then carries on with the rest.
            pageFailed(requestGeneration, failure);
            return;
        }
        fetching = false;
        loadingAll.set(false);
        boolean complete = lastPage != null && MessagePager.isLastPage(lastPage);
        if (!complete) {
            removeTrailingRow();
        }
        state.set(complete ? TranscriptState.COMPLETE : TranscriptState.READY);
        updateStatus();
    }

    private void pageFailed(int requestGeneration, ApiException error) {
        if (requestGeneration != generation || error.kind() == ErrorKind.CANCELLED) {
            return;
        }
        fetching = false;
        boolean nothingShown = loadedMessages.get() == 0;
        errorKind.set(error.kind());
        errorMessage.set(error.userMessage());
        state.set(nothingShown ? TranscriptState.FAILED_FIRST : TranscriptState.FAILED_MORE);
        setTrailingRow(nothingShown ? null : new TranscriptRow.ErrorRow(error.userMessage()));
        updateStatus();
        Optional<Duration> wait = error.retryAfter();
        if (error.kind() == ErrorKind.RATE_LIMITED && wait.isPresent()) {
            startCountdown(requestGeneration, error.userMessage(), (int)
                    Math.max(1, Math.min(3600, (wait.get().toMillis() + 999) / 1000)));
        }
    }

    /** A rate limit retries by itself: the message counts down once a second, then the same page is fetched again. */
    private void startCountdown(int requestGeneration, String baseMessage, int seconds) {
        retryCountdown.set(seconds);
        showCountdown(seconds);
        pendingCountdown =
                executors.timer().schedule(Duration.ofSeconds(1), () -> countdownTick(requestGeneration, baseMessage));
    }

    private void countdownTick(int requestGeneration, String baseMessage) {
        if (requestGeneration != generation) {
            return;
        }
        int left = retryCountdown.get() - 1;
        if (left <= 0) {
            retry();
            return;
        }
        retryCountdown.set(left);
        showCountdown(left);
        pendingCountdown =
                executors.timer().schedule(Duration.ofSeconds(1), () -> countdownTick(requestGeneration, baseMessage));
    }

    private void showCountdown(int seconds) {
        String text = "Rate-limited by the API; retrying in " + seconds + " s.";
        errorMessage.set(text);
        if (state.get() == TranscriptState.FAILED_MORE) {
            setTrailingRow(new TranscriptRow.ErrorRow(text));
        }
    }

    private void fetchHeader(int requestGeneration, String id) {
        CancelToken token = inFlight;
        TranscriptSource from = source;
        executors.background().execute(() -> {
            try {
                Optional<Conversation> conversation = from.conversation(id, token);
                conversation.ifPresent(c -> executors.fx().execute(() -> headerArrived(requestGeneration, c)));
            } catch (ApiException | RuntimeException e) {
                // The header is a nicety: the page fetch reports the error the user needs to see.
            }
        });
    }

    private void headerArrived(int requestGeneration, Conversation conversation) {
        if (requestGeneration != generation) {
            return;
        }
        conversationName.set(conversation.name() == null ? "" : conversation.name());
        channel.set(conversation.channel() == null ? "" : conversation.channel());
    }

    private void setTrailingRow(TranscriptRow row) {
        removeTrailingRow();
        if (row != null) {
            rows.add(row);
        }
    }

    private void removeTrailingRow() {
        if (!rows.isEmpty() && !(rows.get(rows.size() - 1) instanceof TranscriptRow.MessageRow)) {
            rows.remove(rows.size() - 1);
        }
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
                source.label()));
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    public ObservableList<TranscriptRow> rows() {
        return rows;
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

    /** The messages loaded so far, in conversation order (a copy; call on the FX side). */
    public List<Message> messages() {
        List<Message> messages = new ArrayList<>(loadedMessages.get());
        for (TranscriptRow row : rows) {
            if (row instanceof TranscriptRow.MessageRow message) {
                messages.add(message.message());
            }
        }
        return messages;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Turns true once the first page of the open conversation has been applied to the rows. */
    public ReadOnlyBooleanProperty firstPageShownProperty() {
        return firstPageShown.getReadOnlyProperty();
    }

    /** The details pane of the selected message. */
    public MessageDetailsViewModel details() {
        return details;
    }

    /** Copy commands for the selected messages and the conversation id. */
    public TranscriptCopyViewModel copying() {
        return copying;
    }

    /** Messages after a silence at least this long (seconds; 0: never) get a marker. Kept while the app runs. */
    public IntegerProperty silenceThresholdSecondsProperty() {
        return silenceThresholdSeconds;
    }

    public int pageSize() {
        return pageSize;
    }

    public String sourceLabel() {
        return source.label();
    }
}
