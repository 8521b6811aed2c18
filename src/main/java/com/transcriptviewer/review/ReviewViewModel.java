package com.transcriptviewer.review;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.transcript.navigation.TranscriptNavigationViewModel;
import com.transcriptviewer.transcript.navigation.TranscriptNavigationViewModel.Stop;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * QA review of the open conversation: one {@link CallReviewViewModel} per tool call as the pages load, the
 * conversation's own review ({@link ConversationReviewViewModel}), the header's "5 of 12 tool calls reviewed", the call
 * the keys act on, the move to the next call not reviewed yet, and where the review database stands.
 *
 * <p>What the store holds is read off the FX thread when a conversation opens (and on Refresh); an answer for a
 * conversation no longer shown is dropped. Calls whose id is missing or repeated are identified by their place (see
 * {@link ReviewItem}). The total of tool calls is recorded once the whole conversation has loaded, so the browser can
 * say "5/12". A change the store does not have yet (in flight, refused, a note not saved) is kept when the reviewer
 * opens another conversation, and shows again when they come back ({@link UnsavedReviews}). Call on the FX side.
 *
 * <p>Over 400 lines: the open conversation's calls, the current one, the moves to the next call not reviewed and the
 * reading of the store all work on the one list of calls and the rows it has seen, so they stay together; the
 * banner ({@link StoreBanner}) and the header's count ({@link ProgressHeader}) are apart, and a sixth of what is
 * left (close to a hundred lines) is the properties the views read.
 */
public final class ReviewViewModel {

    private static final Logger LOG = Logger.getLogger(ReviewViewModel.class.getName());

    /** Where reading the open conversation's reviews stands. */
    public enum LoadState {
        NONE,
        LOADING,
        LOADED,
        FAILED
    }

    /** How loud the store's banner is. */
    public enum Tone {
        QUIET,
        WARNING,
        DANGER
    }

    static final String NO_CALL_TEXT =
            "Select a message with a tool call first (R goes to the next call you have not reviewed).";
    static final String NOT_FOUND_AFTER = "No tool call you have not reviewed after this message.";
    static final String NOT_FOUND_BEFORE = "No tool call you have not reviewed before this message.";
    static final String WAITING_TEXT = "Waiting for the reviews to be read…";

    private final TranscriptViewModel transcript;
    private final TranscriptNavigationViewModel navigation;
    private final ReviewService service;
    private final FxExecutors executors;
    private final EntrySaver saver;
    private final NewestRequest loads;

    private final List<CallReviewViewModel> calls = new ArrayList<>();
    private final Map<ToolCallCardViewModel, CallReviewViewModel> byCard = new IdentityHashMap<>();
    private final UnsavedReviews kept = new UnsavedReviews();
    /** The reviewer's saved entries on the open conversation's tool calls, by item key (loaded or not). */
    private final Map<String, ReviewEntry> mine = new LinkedHashMap<>();

    private final ReadOnlyObjectWrapper<ConversationReviewViewModel> conversation =
            new ReadOnlyObjectWrapper<>(this, "conversation");
    private final ReadOnlyObjectWrapper<CallReviewViewModel> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<LoadState> loadState =
            new ReadOnlyObjectWrapper<>(this, "loadState", LoadState.NONE);
    private final ReadOnlyStringWrapper loadMessage = new ReadOnlyStringWrapper(this, "loadMessage", "");
    private final ProgressHeader progress = new ProgressHeader(this);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final StoreBanner banner = new StoreBanner(this);
    private final ReadOnlyStringWrapper reviewer = new ReadOnlyStringWrapper(this, "reviewer", "");
    private final ObservableList<String> labelSuggestions = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes", 0);
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);

    private String conversationId = "";
    private NewestRequest.Ticket ticket;
    private ConversationReviews stored;
    /** The tool calls the store has on record for the open conversation; -1 while none is. */
    private int recordedTotal = -1;
    /** Message rows 0..rowsSeen-1 have their calls' view-models. */
    private int rowsSeen;

    public ReviewViewModel(
            TranscriptViewModel transcript,
            TranscriptNavigationViewModel navigation,
            ReviewService service,
            FxExecutors executors) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.saver = new EntrySaver(service, executors.fx(), this::saved);
        this.loads = new NewestRequest(executors.fx());
        this.ticket = loads.next();
        transcript.conversationIdProperty().addListener((obs, old, now) -> startOver());
        transcript.rows().addListener((ListChangeListener<TranscriptRow>) change -> rowsChanged());
        transcript.stateProperty().addListener((obs, old, now) -> {
            recordTotalWhenComplete();
            updateProgress();
        });
        service.onStatusChange(status -> executors.fx().execute(this::updateBanner));
        service.onStateChange(state -> executors.fx().execute(() -> {
            updateBanner();
            if (state == ReviewService.State.OPEN) {
                // A store opened (at start, or anew where Settings now keep reviews): what is shown comes from it.
                refresh();
            }
        }));
        updateBanner();
        startOver();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** The current call gets {@code verdict}; without one, a hint says how to pick one. */
    public void judge(Verdict verdict) {
        CallReviewViewModel call = current.get();
        if (call == null) {
            hint.set(NO_CALL_TEXT);
            return;
        }
        hint.set("");
        call.choose(verdict);
        updateProgress();
    }

    /** {@code call} gets {@code verdict} and becomes the current one (a click on its card's buttons). */
    public void judge(CallReviewViewModel call, Verdict verdict) {
        setCurrent(call);
        judge(verdict);
    }

    /** Opens the current call's note for editing; returns that call, or null (with a hint) when there is none. */
    public CallReviewViewModel editNote() {
        CallReviewViewModel call = current.get();
        if (call == null) {
            hint.set(NO_CALL_TEXT);
            return null;
        }
        hint.set("");
        call.beginNote();
        return call;
    }

    /**
     * The message at {@code messageIndex} was selected: its first call not reviewed yet becomes the current one (its
     * first call when all are), unless the current call is already one of its calls.
     */
    public void select(int messageIndex) {
        hint.set("");
        CallReviewViewModel now = current.get();
        if (now != null && now.messageIndex() == messageIndex) {
            return;
        }
        List<CallReviewViewModel> inMessage = callsOf(messageIndex);
        setCurrent(inMessage.stream()
                .filter(call -> !call.judged())
                .findFirst()
                .orElse(inMessage.isEmpty() ? null : inMessage.get(0)));
    }

    /** The call of {@code card} becomes the current one (its card took the focus). */
    public void focus(ToolCallCardViewModel card) {
        CallReviewViewModel call = byCard.get(card);
        if (call != null) {
            setCurrent(call);
        }
    }

    /**
     * Moves to the next call the reviewer has not judged: a later call of the current message, else the first such
     * call after message {@code selectedIndex} (-1: from the start), loading further pages until one is found.
     */
    public void next(int selectedIndex) {
        hint.set("");
        CallReviewViewModel now = current.get();
        if (now != null && now.messageIndex() == selectedIndex) {
            List<CallReviewViewModel> inMessage = callsOf(selectedIndex);
            for (int i = inMessage.indexOf(now) + 1; i < inMessage.size(); i++) {
                if (!inMessage.get(i).judged()) {
                    setCurrent(inMessage.get(i));
                    return;
                }
            }
        }
        navigation.next(
                selectedIndex, this::unjudgedIn, NOT_FOUND_AFTER, "the next call you have not reviewed", WAITING_TEXT);
    }

    /** {@link #next} backwards: an earlier call of the current message, else an earlier message. */
    public void previous(int selectedIndex) {
        hint.set("");
        CallReviewViewModel now = current.get();
        if (now != null && now.messageIndex() == selectedIndex) {
            List<CallReviewViewModel> inMessage = callsOf(selectedIndex);
            for (int i = inMessage.indexOf(now) - 1; i >= 0; i--) {
                if (!inMessage.get(i).judged()) {
                    setCurrent(inMessage.get(i));
                    return;
                }
            }
        }
        navigation.previous(selectedIndex, this::unjudgedIn, NOT_FOUND_BEFORE, WAITING_TEXT);
    }

    private Stop unjudgedIn(TranscriptRow.MessageRow row) {
        if (loadState.get() == LoadState.LOADING) {
            return Stop.WAIT;
        }
        if (row.index() >= rowsSeen) {
            rowsChanged(); // the search heard of the new rows before this did
        }
        return callsOf(row.index()).stream().anyMatch(call -> !call.judged()) ? Stop.HERE : Stop.PASS;
    }

    /** Reads the open conversation's reviews again (other reviewers' verdicts, the labels in use). */
    public void refresh() {
        load();
        changes.set(changes.get() + 1);
    }

    public void toggleOpen() {
        open.set(!open.get());
    }

    /** The window closes: answers still out are dropped. */
    public void close() {
        loads.dropAll();
    }

    // ---- the open conversation -----------------------------------------------------------------------------------

    private void startOver() {
        keepUnsaved();
        ticket = loads.next();
        conversationId = transcript.conversationIdProperty().get();
        calls.clear();
        byCard.clear();
        mine.clear();
        stored = null;
        recordedTotal = -1;
        rowsSeen = 0;
        setCurrent(null);
        hint.set("");
        ConversationReviewViewModel keptWhole = kept.takeConversation(conversationId);
        conversation.set(
                conversationId.isEmpty()
                        ? null
                        : keptWhole != null
                                ? keptWhole
                                : new ConversationReviewViewModel(conversationId, saver, e -> {}));
        rowsChanged();
        load();
    }

    /** What the reviewer did on the conversation being left and the store does not have yet stays for their return. */
    private void keepUnsaved() {
        if (!conversationId.isEmpty()) {
            kept.keep(conversationId, calls, conversation.get());
        }
    }

    private void load() {
        NewestRequest.Ticket request = loads.next();
        ticket = request;
        if (conversationId.isEmpty()) {
            loadState.set(LoadState.NONE);
            loadMessage.set("");
            updateProgress();
            return;
        }
        loadLabels();
        loadState.set(LoadState.LOADING);
        loadMessage.set(
                service.state() == ReviewService.State.OPENING
                        ? "Opening the review database…"
                        : "Reading the reviews…");
        updateProgress();
        service.load(conversationId)
                .whenComplete((read, failure) -> request.apply(() -> {
                    if (failure == null) {
                        loaded(read);
                    } else {
                        loadState.set(LoadState.FAILED);
                        loadMessage.set("The reviews could not be read: " + ReviewService.userMessage(failure));
                        updateProgress();
                        navigation.lookAgain();
                    }
                }));
    }

    private void loaded(ConversationReviews read) {
        stored = read;
        String name = service.reviewer();
        reviewer.set(name);
        recordedTotal = Math.max(recordedTotal, read.recordedTotal());
        mine.clear();
        read.mine(name).forEach((key, entry) -> {
            if (!entry.item().isConversation() && entry.verdict() != null) {
                mine.put(key, entry);
            }
        });
        Map<String, List<ReviewEntry>> others = read.others(name);
        Map<String, ReviewEntry> myLatest = read.mine(name);
        for (CallReviewViewModel call : calls) {
            call.applyStored(
                    myLatest.get(call.item().key()), others.get(call.item().key()));
        }
        ConversationReviewViewModel whole = conversation.get();
        if (whole != null) {
            whole.applyStored(myLatest.get(ReviewItem.CONVERSATION_KEY));
        }
        loadState.set(LoadState.LOADED);
        loadMessage.set("");
        recordTotalWhenComplete();
        updateProgress();
        navigation.lookAgain();
    }

    private void rowsChanged() {
        List<TranscriptRow> rows = transcript.rows();
        if (rowsSeen > rows.size()) {
            // The rows were replaced without another conversation (opened again): start from the first.
            keepUnsaved();
            calls.clear();
            byCard.clear();
            rowsSeen = 0;
            setCurrent(null);
        }
        int end = rowsSeen;
        String name = service.reviewer();
        Map<String, List<ReviewEntry>> others = stored == null ? Map.of() : stored.others(name);
        Map<String, ReviewEntry> myLatest = stored == null ? Map.of() : stored.mine(name);
        Map<String, CallReviewViewModel> keptCalls = kept.calls(conversationId);
        while (end < rows.size() && rows.get(end) instanceof TranscriptRow.MessageRow row) {
            for (ToolCallCardViewModel card : row.bubble().toolCards()) {
                ReviewItem item = card.reviewItem(conversationId, row.index());
                CallReviewViewModel call = keptCalls.get(item.key());
                if (call != null) {
                    call.attach(card);
                } else {
                    call = new CallReviewViewModel(item, card, saver, entry -> {}, this::historyOnFx);
                    if (stored != null) {
                        call.applyStored(myLatest.get(item.key()), others.get(item.key()));
                    }
                }
                calls.add(call);
                byCard.put(card, call);
            }
            end++;
        }
        rowsSeen = end;
        recordTotalWhenComplete();
        updateProgress();
    }

    private List<CallReviewViewModel> callsOf(int messageIndex) {
        List<CallReviewViewModel> inMessage = new ArrayList<>(2);
        for (CallReviewViewModel call : calls) {
            if (call.messageIndex() == messageIndex) {
                inMessage.add(call);
            }
        }
        return inMessage;
    }

    private void setCurrent(CallReviewViewModel call) {
        CallReviewViewModel was = current.get();
        if (was == call) {
            return;
        }
        if (was != null) {
            was.setCurrent(false);
        }
        if (call != null) {
            call.setCurrent(true);
        }
        current.set(call);
    }

    /** An entry the store saved (on the FX side): counted if it is about the open conversation. */
    private void saved(ReviewEntry entry) {
        String id = entry.item().conversationId();
        kept.saved(entry);
        if (id.equals(conversationId) && !entry.item().isConversation()) {
            if (entry.verdict() != null && entry.reviewer().equals(service.reviewer())) {
                mine.put(entry.item().key(), entry);
            }
            updateProgress();
        }
        if (entry.item().isConversation() && !entry.labels().isEmpty()) {
            for (String label : entry.labels()) {
                if (!labelSuggestions.contains(label)) {
                    labelSuggestions.add(label);
                }
            }
            FXCollections.sort(labelSuggestions);
        }
        changes.set(changes.get() + 1);
    }

    /** Once every page is in, the number of tool calls is known: recorded for the browser's "5/12". */
    private void recordTotalWhenComplete() {
        if (transcript.stateProperty().get() != TranscriptState.COMPLETE
                || loadState.get() != LoadState.LOADED
                || calls.size() == recordedTotal) {
            return;
        }
        int total = calls.size();
        recordedTotal = total;
        String id = conversationId;
        service.recordToolCallCount(id, total)
                .whenComplete((ok, failure) -> executors.fx().execute(() -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "Recording the number of tool calls failed", failure);
                    } else {
                        changes.set(changes.get() + 1);
                    }
                }));
    }

    private void updateProgress() {
        progress.show(
                conversationId.isEmpty(),
                loadState.get(),
                loadMessage.get(),
                transcript.stateProperty().get() == TranscriptState.COMPLETE,
                calls.size(),
                recordedTotal,
                mine.size(),
                reviewer.get());
    }

    private void loadLabels() {
        service.labels()
                .whenComplete((read, failure) -> executors.fx().execute(() -> {
                    if (failure == null) {
                        labelSuggestions.setAll(read);
                    }
                }));
    }

    /** An item's history, completing on the FX side. */
    private CompletableFuture<List<ReviewEntry>> historyOnFx(String conversation, String key) {
        CompletableFuture<List<ReviewEntry>> onFx = new CompletableFuture<>();
        service.history(conversation, key)
                .whenComplete((read, failure) -> executors.fx().execute(() -> {
                    if (failure == null) {
                        onFx.complete(read);
                    } else {
                        onFx.completeExceptionally(failure);
                    }
                }));
        return onFx;
    }

    // ---- the store's state ---------------------------------------------------------------------------------------

    private void updateBanner() {
        reviewer.set(service.reviewer());
        banner.show(service);
        updateProgress();
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** The open conversation's own review; null while none is open. */
    public ReadOnlyObjectProperty<ConversationReviewViewModel> conversationProperty() {
        return conversation.getReadOnlyProperty();
    }

    /** The call 1, 2, 3 and N act on; null when the selected message has no tool call. */
    public ReadOnlyObjectProperty<CallReviewViewModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The review of {@code card}'s call; null for a card not in the open conversation. */
    public CallReviewViewModel callOf(ToolCallCardViewModel card) {
        CallReviewViewModel call = byCard.get(card);
        if (call == null && rowsSeen < transcript.rows().size()) {
            rowsChanged(); // a cell is bound to rows this has not heard of yet
            call = byCard.get(card);
        }
        return call;
    }

    /** The loaded calls' reviews, in conversation order. */
    public List<CallReviewViewModel> calls() {
        return List.copyOf(calls);
    }

    public ReadOnlyObjectProperty<LoadState> loadStateProperty() {
        return loadState.getReadOnlyProperty();
    }

    /** "Reading the reviews…", or why they could not be read; "" once read. */
    public ReadOnlyStringProperty loadMessageProperty() {
        return loadMessage.getReadOnlyProperty();
    }

    /** "5 of 12 tool calls reviewed", "5 of 12+ tool calls reviewed"; "" without tool calls. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.fullProperty();
    }

    /** {@link #progressProperty()} in fewer words, "5 of 12 reviewed", for a narrow header. */
    public ReadOnlyStringProperty progressShortProperty() {
        return progress.shortProperty();
    }

    /** {@link #progressProperty()} as "5/12", for the most crowded header. */
    public ReadOnlyStringProperty progressTinyProperty() {
        return progress.tinyProperty();
    }

    /** What the progress counts, or why the total is not known yet (for its tooltip). */
    public ReadOnlyStringProperty progressDetailProperty() {
        return progress.detailProperty();
    }

    /** A word on the last key that could not act ("Select a message with a tool call first…"); "" otherwise. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Where verdicts go and whether anything waits: "Team server unreachable — 3 verdicts kept on this computer…". */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.textProperty();
    }

    /** Why the team server cannot be reached, in the user's words; "" when it can. */
    public ReadOnlyStringProperty bannerDetailProperty() {
        return banner.detailProperty();
    }

    public ReadOnlyObjectProperty<Tone> bannerToneProperty() {
        return banner.toneProperty();
    }

    /** The name verdicts are saved under. */
    public ReadOnlyStringProperty reviewerProperty() {
        return reviewer.getReadOnlyProperty();
    }

    /** Every label used so far, sorted, for completion. */
    public ObservableList<String> labelSuggestions() {
        return labelSuggestions;
    }

    /** Goes up after every save and recorded total: the browser reads its progress again. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Whether the review panel is shown. */
    /**
     * Privacy mode's mask (the transcript's): notes a reviewer reads are shown through it, a note being edited as
     * typed.
     */
    public CurrentMask mask() {
        return transcript.mask();
    }

    public BooleanProperty openProperty() {
        return open;
    }
}
