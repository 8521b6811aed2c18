package com.transcriptviewer.conversations;

import com.transcriptviewer.api.ActiveConnection;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ConversationQuery;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The conversation browser: filters the user can set without knowing PostgREST, the query they make (shown so a
 * power user can learn it), and the conversations {@code GET /ai/conversations} returns for it, newest first, loaded
 * off the FX thread. "Load more" asks again with a larger {@code limit} (the list endpoint has no pages). A newer
 * load cancels an older one, whose late result is dropped. Beside each row, the current reviewer's progress on it,
 * read in one batch for the loaded rows (see {@link #setReviewProgress}).
 */
public final class ConversationListViewModel {

    private static final Logger LOG = Logger.getLogger(ConversationListViewModel.class.getName());

    public static final int DEFAULT_LIMIT = 50;
    /** Typing pauses this long before the list is asked again, so each keystroke is not a request. */
    public static final Duration TYPING_PAUSE = Duration.ofMillis(300);

    private final FxExecutors executors;
    private final ZoneId zone;
    private final int pageSize;
    private final ActiveConnection connection;
    private final NewestRequest requests;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty assistantId = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final ObjectProperty<BrowseFilter.DateField> dateField =
            new SimpleObjectProperty<>(BrowseFilter.DateField.CREATED);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty metadataKey = new SimpleStringProperty("");
    private final StringProperty metadataValue = new SimpleStringProperty("");
    private final ObjectProperty<BrowseFilter.DateField> sort =
            new SimpleObjectProperty<>(BrowseFilter.DateField.CREATED);

    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ErrorKind> errorKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper queryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");

    private final ObservableMap<String, ReviewProgress> progress = FXCollections.observableHashMap();
    private final NewestRequest progressRequests;
    private ReviewProgressSource progressSource;

    private int limit;
    private final CurrentMask mask;
    private CancelToken inFlight = new CancelToken();
    private Runnable pendingRefresh = () -> {};

    /**
     * @param zone     the zone dates in the range filter are read in (the one times are shown in)
     * @param pageSize how many conversations a load asks for, and how many more "Load more" adds
     */
    public ConversationListViewModel(ActiveConnection connection, FxExecutors executors, ZoneId zone, int pageSize) {
        this(connection, executors, zone, pageSize, new CurrentMask());
    }

    /**
     * @param mask privacy mode's mask, which the rows show their names and numbers through: with the mode on, a list
     *             is searched for personal data where it was read, off the FX thread, before it is shown
     */
    public ConversationListViewModel(
            ActiveConnection connection, FxExecutors executors, ZoneId zone, int pageSize, CurrentMask mask) {
        this.mask = Objects.requireNonNull(mask, "mask");
        // While the app is still connecting, a load waits for the connection (shown as loading) and starts with it.
        this.connection = Objects.requireNonNull(connection, "connection");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.requests = new NewestRequest(executors.fx());
        this.progressRequests = new NewestRequest(executors.fx());
        this.zone = Objects.requireNonNull(zone, "zone");
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be >= 1: " + pageSize);
        }
        this.pageSize = pageSize;
        this.limit = pageSize;
        queryText.set(query().describe());
        for (Observable typed : List.of(name, assistantId, phone, metadataKey, metadataValue)) {
            typed.addListener(o -> filterTyped());
        }
        for (Observable picked : List.of(channel, dateField, from, to, sort)) {
            picked.addListener(o -> refresh());
        }
        // Another key or base URL: the list is of another account now.
        connection.onReplaced(replaced -> refresh());
    }

    public ConversationListViewModel(ActiveConnection connection, FxExecutors executors) {
        this(connection, executors, ZoneId.systemDefault(), DEFAULT_LIMIT);
    }

    /** The filters as they are now. */
    public BrowseFilter filter() {
        return new BrowseFilter(
                name.get(),
                assistantId.get(),
                phone.get(),
                channel.get(),
                dateField.get(),
                from.get(),
                to.get(),
                metadataKey.get(),
                metadataValue.get(),
                sort.get());
    }

    /** The query the list is (or will be) loaded with. */
    public ConversationQuery query() {
        return filter().toQuery(limit, zone);
    }

    /** Loads the first page for the current filters now. */
    public void refresh() {
        pendingRefresh.run();
        limit = pageSize;
        load();
    }

    /** Asks for {@code pageSize} more conversations with the same filters. */
    public void loadMore() {
        if (!hasMore.get() || loading.get()) {
            return;
        }
        limit += pageSize;
        load();
    }

    /**
     * Shows the current reviewer's progress on each listed conversation, read from {@code source} for the rows loaded
     * now and after every load.
     */
    public void setReviewProgress(ReviewProgressSource source) {
        this.progressSource = Objects.requireNonNull(source, "source");
        refreshProgress();
    }

    /**
     * Reads the progress of the loaded rows again, in one batch (a review was saved, another reviewer took over); the
     * answer replaces what was shown, and an answer overtaken by a newer request is dropped.
     */
    public void refreshProgress() {
        ReviewProgressSource source = progressSource;
        if (source == null || conversations.isEmpty()) {
            return;
        }
        NewestRequest.Ticket ticket = progressRequests.next();
        List<String> ids = conversations.stream().map(Conversation::id).toList();
        source.progress(ids).whenComplete((read, failure) -> {
            if (failure != null) {
                // The rows stay as they are; the reviews' own panel says what is wrong with the database.
                LOG.log(Level.FINE, "Reading the review progress failed", failure);
            } else {
                ticket.apply(() -> progress.putAll(read));
            }
        });
    }

    /** Empties every filter and reloads. */
    public void clearFilters() {
        pendingRefresh.run();
        for (StringProperty text : List.of(name, assistantId, phone, metadataKey, metadataValue)) {
            text.set("");
        }
        pendingRefresh.run();
        channel.set("");
        from.set(null);
        to.set(null);
        dateField.set(BrowseFilter.DateField.CREATED);
        sort.set(BrowseFilter.DateField.CREATED);
        refresh();
    }

    private void filterTyped() {
        pendingRefresh.run();
        limit = pageSize;
        queryText.set(query().describe());
        pendingRefresh = executors.timer().schedule(TYPING_PAUSE, this::refresh);
    }

    private void load() {
        inFlight.cancel();
        inFlight = new CancelToken();
        NewestRequest.Ticket ticket = requests.next();
        CancelToken token = inFlight;
        ConversationQuery query = query();
        int asked = limit;
        queryText.set(query.describe());
        loading.set(true);
        errorMessage.set("");
        errorKind.set(null);
        connection.ready().whenComplete((ready, notReady) -> {
            if (notReady != null) {
                ticket.apply(() -> failed(ApiException.notConnected(notReady)));
            } else if (!token.isCancelled()) {
                executors.background().execute(() -> ask(ready.client(), query, token, asked, ticket));
            }
        });
    }

    private void ask(
            TelnyxClient client, ConversationQuery query, CancelToken token, int asked, NewestRequest.Ticket ticket) {
        try {
            List<Conversation> result = client.conversations(query, token);
            TextMask shown = mask.get();
            if (shown.isActive()) {
                for (Conversation conversation : result) {
                    shown.prepare(ConversationTitles.of(conversation));
                    shown.prepare(ConversationTitles.numbers(conversation));
                }
            }
            ticket.apply(() -> arrived(asked, result));
        } catch (ApiException e) {
            ticket.apply(() -> failed(e));
        } catch (RuntimeException e) {
            ApiException wrapped = ApiException.unexpected("loading the conversations", e);
            ticket.apply(() -> failed(wrapped));
        }
    }

    private void arrived(int asked, List<Conversation> result) {
        loading.set(false);
        conversations.setAll(result);
        hasMore.set(result.size() >= asked);
        refreshProgress();
        countText.set(
                result.isEmpty()
                        ? ""
                        : result.size()
                                + (hasMore.get() ? "+" : "")
                                + (result.size() == 1 ? " conversation" : " conversations"));
    }

    private void failed(ApiException error) {
        if (error.kind() == ErrorKind.CANCELLED) {
            return;
        }
        loading.set(false);
        errorKind.set(error.kind());
        errorMessage.set(error.userMessage());
    }

    public void cancel() {
        pendingRefresh.run();
        inFlight.cancel();
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    public ObservableList<Conversation> conversations() {
        return conversations;
    }

    /** The current reviewer's progress by conversation id, for the rows (empty until read; see setReviewProgress). */
    public ObservableMap<String, ReviewProgress> reviewProgress() {
        return progress;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty assistantIdProperty() {
        return assistantId;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public ObjectProperty<BrowseFilter.DateField> dateFieldProperty() {
        return dateField;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty metadataKeyProperty() {
        return metadataKey;
    }

    public StringProperty metadataValueProperty() {
        return metadataValue;
    }

    public ObjectProperty<BrowseFilter.DateField> sortProperty() {
        return sort;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the last load filled its limit, so there may be more. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorKind> errorKindProperty() {
        return errorKind.getReadOnlyProperty();
    }

    /** The query in PostgREST syntax ({@link ConversationQuery#describe()}), for a tooltip. */
    public ReadOnlyStringProperty queryTextProperty() {
        return queryText.getReadOnlyProperty();
    }

    /** "50+ conversations", "3 conversations", or empty. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public int limit() {
        return limit;
    }
}
