package com.transcriptviewer.transcript.find;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.find.FindCursor.Move;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * Find in the whole open conversation: the query and its options, the matches, which one is current, and how far
 * the search has got.
 *
 * <p>A search covers every message, not just the pages on screen: it asks the transcript to load the rest
 * ({@link FindLoading}) and searches each batch of messages as it arrives ({@link IncrementalSearch}). A new query,
 * option or conversation starts the search over. "Next" and "previous" may be asked before the match they lead to
 * is found; they then go there once it is ({@link FindCursor}). Every match is marked as its batch is searched
 * ({@link FindMarks}), the current one distinct, and the view is told to scroll to the current one through
 * {@link #setOnReveal}. Typing ({@link #type}) goes to the first match by itself once typing pauses. All methods must
 * be called on the FX side.
 */
public final class FindViewModel {

    /** Matches kept at most; past this the counter says "100,000+" and the search stops. */
    public static final int MAX_MATCHES = 100_000;

    /** How long typing must pause before the typed query is searched (see {@link #type}). */
    public static final Duration TYPING_PAUSE = Duration.ofMillis(200);

    private final TranscriptViewModel transcript;
    private final IncrementalSearch search;
    /** Loading the rest of the conversation for the search. */
    private final FindLoading rest;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase", false);
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(this, "wholeWord", false);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount", 0);
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", -1);
    private final ReadOnlyObjectWrapper<FindMatch> currentMatch = new ReadOnlyObjectWrapper<>(this, "currentMatch");
    private final ReadOnlyStringWrapper counterText = new ReadOnlyStringWrapper(this, "counterText", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper partial = new ReadOnlyBooleanWrapper(this, "partial", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);

    private SearchQuery active = SearchQuery.EMPTY;
    private final FindCursor cursor = new FindCursor();
    private int origin = -1;
    private final FindMarks marks = new FindMarks();
    /** Matches 0..markedUpTo-1 carry their marks. */
    private int markedUpTo;

    private Consumer<FindMatch> onReveal = match -> {};
    private final FxExecutors.Timer timer;
    /** The query typed but not searched yet (typing has not paused), and how to cancel its wait; null for none. */
    private String typed;

    private Runnable typedWait = () -> {};

    public FindViewModel(TranscriptViewModel transcript, FxExecutors executors) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.timer = executors.timer();
        this.search = new IncrementalSearch(executors, this::batchDone);
        this.rest = new FindLoading(transcript);
        InvalidationListener requery = observable -> restart();
        query.addListener(requery);
        matchCase.addListener(requery);
        wholeWord.addListener(requery);
        transcript.rows().addListener(this::rowsChanged);
        // Privacy mode switched, or an item revealed: whether the current match is masked may have changed.
        transcript.mask().listen(mask -> updateTexts());
        transcript.conversationIdProperty().addListener(observable -> conversationChanged());
        // The first page of a newly opened conversation is the moment the rest can be asked for.
        transcript.firstPageShownProperty().addListener((obs, was, now) -> {
            if (now && !active.isEmpty()) {
                rest.ensure();
                searchMore();
            }
        });
        InvalidationListener loadingChanged = observable -> {
            resolvePending();
            updateTexts();
        };
        transcript.loadingAllProperty().addListener(loadingChanged);
        transcript.stateProperty().addListener(loadingChanged);
        transcript.totalMessagesProperty().addListener(loadingChanged);
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Shows the find bar and searches for the query it still holds, if any. */
    public void open() {
        if (!open.get()) {
            open.set(true);
            restart();
        }
    }

    /** Hides the find bar, drops the matches and their marks, and stops the loading the search started. */
    public void close() {
        if (!open.get()) {
            return;
        }
        open.set(false);
        // Kept for the next time the bar opens, even if typing never paused.
        takeTyped().ifPresent(query::set);
        rest.close();
        restart();
    }

    /**
     * Where "next" and "previous" start when no match is current: the selected message ({@code -1} for none). A
     * selection moved away from the current match's message starts the next move from there.
     */
    public void setOrigin(int messageIndex) {
        origin = messageIndex;
        FindMatch current = currentMatch.get();
        if (current != null && current.messageIndex() != messageIndex && messageIndex >= 0) {
            setCurrent(-1);
        }
    }

    /**
     * Goes to the next match (the first at or after the origin when none is current), wrapping to the first. When
     * the next one may still be in pages on their way, it goes there once they are searched.
     */
    public void next() {
        move(Move.NEXT);
    }

    /** Goes to the previous match, wrapping to the last (once the whole conversation is searched). */
    public void previous() {
        move(Move.PREVIOUS);
    }

    /**
     * The query as the user types it. Once typing pauses for {@link #TYPING_PAUSE} the query is searched, every match
     * is marked and the first at or after the origin becomes current (and is revealed) as soon as it is found, as
     * browsers and editors do; {@link #next} and {@link #previous} then go on from it. A move asked for before the
     * pause searches the typed query at once.
     */
    public void type(String text) {
        typedWait.run();
        typed = text == null ? "" : text;
        if (typed.isEmpty()) {
            // Nothing to search: the marks go at once.
            takeTyped().ifPresent(this::searchTyped);
            return;
        }
        typedWait = timer.schedule(TYPING_PAUSE, () -> takeTyped().ifPresent(this::searchTyped));
    }

    private Optional<String> takeTyped() {
        typedWait.run();
        typedWait = () -> {};
        String text = typed;
        typed = null;
        return Optional.ofNullable(text);
    }

    private void searchTyped(String text) {
        if (text.equals(query.get())) {
            return;
        }
        query.set(text);
        if (!active.isEmpty()) {
            cursor.request(Move.NEXT);
            resolvePending();
            updateTexts();
        }
    }

    /** Stops loading the rest of the conversation; the search then covers what is loaded. */
    public void cancelLoading() {
        rest.cancel();
        resolvePending();
        updateTexts();
    }

    /** Loads (and searches) the rest after a cancel, or tries the failed page again. */
    public void resume() {
        rest.resume();
        updateTexts();
    }

    /** Called with each match gone to, after its message has been marked: the view scrolls there. */
    public void setOnReveal(Consumer<FindMatch> action) {
        onReveal = Objects.requireNonNull(action, "action");
    }

    // ---- searching -----------------------------------------------------------------------------------------------

    /** The query or an option changed (or the bar opened or closed): start over. */
    private void restart() {
        dropResults();
        active = open.get() ? new SearchQuery(query.get(), matchCase.get(), wholeWord.get()) : SearchQuery.EMPTY;
        if (!active.isEmpty()) {
            rest.ensure();
            searchMore();
        }
        updateTexts();
    }

    private void dropResults() {
        search.startOver();
        cursor.drop();
        marks.clear();
        markedUpTo = 0;
        currentIndex.set(-1);
        currentMatch.set(null);
        matchCount.set(0);
    }

    private void conversationChanged() {
        rest.reset();
        marks.forget();
        dropResults();
        updateTexts();
    }

    private void rowsChanged(ListChangeListener.Change<? extends TranscriptRow> change) {
        boolean reset = false;
        boolean added = false;
        while (change.next()) {
            if (change.wasRemoved()) {
                reset |= change.getRemoved().stream().anyMatch(TranscriptRow.MessageRow.class::isInstance);
            }
            if (change.wasAdded()) {
                added |= change.getAddedSubList().stream().anyMatch(TranscriptRow.MessageRow.class::isInstance);
            }
        }
        if (reset) {
            // Messages only go away when a conversation is opened (again).
            conversationChanged();
        }
        if (added) {
            searchMore();
        }
        updateTexts();
    }

    /** Searches the messages loaded since the last batch, unless a batch is running (it calls again when done). */
    private void searchMore() {
        search.searchMore(active, transcript.rows());
    }

    /** A batch's matches were added: they are marked, a move waiting for them may go, and the next batch can start. */
    private void batchDone() {
        matchCount.set(search.matches().size());
        markNew();
        resolvePending();
        updateTexts();
        searchMore();
    }

    /** True while matches may still be added: a batch runs, messages wait, or pages are loading. */
    private boolean moreComing() {
        if (search.isCapped() || active.isEmpty()) {
            return false;
        }
        if (search.isRunning() || search.searched() < messageCount()) {
            return true;
        }
        return rest.pagesComing();
    }

    private int messageCount() {
        return transcript.loadedMessagesProperty().get();
    }

    // ---- moving between matches ----------------------------------------------------------------------------------

    private void move(Move direction) {
        takeTyped().ifPresent(this::searchTyped);
        if (active.isEmpty()) {
            return;
        }
        cursor.request(direction);
        resolvePending();
        updateTexts();
    }

    /** Carries out the requested move once the match it goes to is known; until then it waits. */
    private void resolvePending() {
        List<FindMatch> matches = search.matches();
        int target = cursor.resolve(matches, currentIndex.get(), origin, search.searched(), moreComing());
        if (target >= 0) {
            setCurrent(target);
            onReveal.accept(matches.get(target));
        }
    }

    private void setCurrent(int index) {
        FindMatch previous = currentMatch.get();
        FindMatch match = index < 0 ? null : search.matches().get(index);
        currentIndex.set(index);
        currentMatch.set(match);
        if (previous != null && (match == null || previous.messageIndex() != match.messageIndex())) {
            markMessage(previous.messageIndex());
        }
        if (match != null) {
            markMessage(match.messageIndex());
        }
        updateTexts();
    }

    /** Marks the matches found since the last batch, each message's at once. */
    private void markNew() {
        List<FindMatch> matches = search.matches();
        for (int from = markedUpTo; from < matches.size(); ) {
            int end = FindCursor.firstAtOrAfter(matches, matches.get(from).messageIndex() + 1);
            markMessage(matches.get(from).messageIndex());
            from = end;
        }
        markedUpTo = matches.size();
    }

    /** Marks every match of message {@code messageIndex}, the current one distinct when it is among them. */
    private void markMessage(int messageIndex) {
        MessageBubbleViewModel bubble = FindMarks.bubbleOf(transcript.rows(), messageIndex);
        if (bubble == null) {
            return;
        }
        List<FindMatch> matches = search.matches();
        int first = FindCursor.firstAtOrAfter(matches, messageIndex);
        int end = FindCursor.firstAtOrAfter(matches, messageIndex + 1);
        int current = currentIndex.get();
        marks.mark(bubble, matches.subList(first, end), current >= first && current < end ? current - first : -1);
    }

    // ---- texts for the bar ---------------------------------------------------------------------------------------

    /**
     * True when the current match lies in personal data privacy mode hides: find searches the real text, so the bar
     * says why the mark shows bullets.
     */
    private boolean currentIsMasked() {
        FindMatch match = currentMatch.get();
        if (match == null
                || match.where() == FindMatch.Where.FUNCTION_NAME
                || !transcript.mask().get().isActive()) {
            return false;
        }
        MessageBubbleViewModel bubble = FindMarks.bubbleOf(transcript.rows(), match.messageIndex());
        if (bubble == null) {
            return false;
        }
        String text = match.where() == FindMatch.Where.TEXT
                ? bubble.realText()
                : bubble.message().toolCalls().get(match.callIndex()).arguments();
        return transcript.mask().get().hides(text, match.start(), match.end());
    }

    private void updateTexts() {
        int count = search.matches().size();
        boolean capped = search.isCapped();
        counterText.set(
                active.isEmpty()
                        ? ""
                        : FindTexts.counter(count, currentIndex.get(), capped, moreComing())
                                + (currentIsMasked() ? FindTexts.MASKED : ""));
        // Cancel, Resume and the progress line only matter while a search covers a conversation not loaded whole.
        boolean relevant = !active.isEmpty() && rest.incomplete();
        boolean isLoading = relevant && rest.pagesComing();
        boolean isPartial = relevant && !isLoading;
        int loaded = messageCount();
        long total = transcript.totalMessagesProperty().get();
        progressText.set(FindTexts.progress(isLoading, isPartial, rest.failed(), loaded, total));
        loading.set(isLoading);
        partial.set(isPartial);
        progress.set(isLoading && total > 0 ? Math.min(1.0, loaded / (double) total) : -1);
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** The text to find; editing it starts a new search. */
    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public BooleanProperty wholeWordProperty() {
        return wholeWord;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** Index of the current match in {@link #matches()}, or -1. */
    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FindMatch> currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /** "3 of 17", "17 matches", "No matches"; empty without a query or while nothing is found yet. */
    public ReadOnlyStringProperty counterTextProperty() {
        return counterText.getReadOnlyProperty();
    }

    /** "Searching… 3,400 of 10,000 messages loaded" while the rest loads; what was covered when it stopped. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** True while the rest of the conversation loads for the search (Cancel is offered). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when loading stopped before the end, so the search covers only part (Resume is offered). */
    public ReadOnlyBooleanProperty partialProperty() {
        return partial.getReadOnlyProperty();
    }

    /** Share of the conversation loaded while loading, or -1 when unknown (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The matches found so far, in conversation order. */
    public List<FindMatch> matches() {
        return Collections.unmodifiableList(new ArrayList<>(search.matches()));
    }
}
