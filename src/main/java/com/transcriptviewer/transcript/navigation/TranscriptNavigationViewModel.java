package com.transcriptviewer.transcript.navigation;

import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * Moving through the transcript: next and previous tool call, next and previous call with a problem, start and end,
 * "go to time", and the searches other features ask for (the next call not reviewed yet). Targets are messages the
 * filters show; a target not loaded yet is looked for page by page (end loads the whole conversation), and once found
 * its message index is handed to the view ({@link #setOnReveal}), which selects it and scrolls to it. Checks arrive
 * after the bubbles, so a search for a problem stops at a message whose calls are not checked yet and goes on when
 * checks are applied ({@code checksChanged}). Only one search runs at a time; a new command, opening another
 * conversation or {@link #cancel()} drops it. Call on the FX thread.
 *
 * <p>A little over 400 lines: the four searches (forward, backward, to a time, to the end) are inner classes that
 * read the loaded rows, ask for the next page and report through this class's one running search and message; apart,
 * each would need all of that handed to it.
 */
public final class TranscriptNavigationViewModel {

    private final TranscriptViewModel transcript;
    private final Predicate<TranscriptRow.MessageRow> shown;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private IntConsumer reveal = index -> {};
    private Search pending;

    /** A search that may have to wait for pages; {@link #advance()} is true once it has found its target or given up. */
    private interface Search {
        boolean advance();
    }

    /** What a search makes of one message: its target, not it, or not known until its calls have been checked. */
    private enum Verdict {
        MATCH,
        SKIP,
        WAIT
    }

    /**
     * What a feature's own search (see {@link #next(int, Function, String, String, String)}) makes of one message:
     * the message it is after, not it, or not known yet (the search stands there until {@link #lookAgain()}).
     */
    public enum Stop {
        HERE,
        PASS,
        WAIT
    }

    /** The messages a search is after. */
    private interface Target {
        Verdict of(TranscriptRow.MessageRow row);

        static Target where(Predicate<TranscriptRow.MessageRow> match) {
            return row -> match.test(row) ? Verdict.MATCH : Verdict.SKIP;
        }
    }

    /** A message with a call whose check found a problem; one whose calls are not all checked yet is waited for. */
    private static final Target PROBLEM = row ->
            row.bubble().hasProblem() ? Verdict.MATCH : row.bubble().hasUncheckedCalls() ? Verdict.WAIT : Verdict.SKIP;

    private static final Target TOOL_CALL = Target.where(row -> row.message().hasToolCalls());

    /** Without checks: a search for a problem waits at the first call until checks are applied elsewhere. */
    public TranscriptNavigationViewModel(TranscriptViewModel transcript, Predicate<TranscriptRow.MessageRow> shown) {
        this(transcript, shown, new SimpleBooleanProperty());
    }

    /**
     * @param shown which messages are shown (the filters); navigation skips the others
     * @param checksChanged fired whenever checks were applied to the transcript's tool cards; a search waiting for
     *                      them goes on
     */
    public TranscriptNavigationViewModel(
            TranscriptViewModel transcript, Predicate<TranscriptRow.MessageRow> shown, Observable checksChanged) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.shown = Objects.requireNonNull(shown, "shown");
        transcript.stateProperty().addListener((obs, old, now) -> advance());
        transcript.rows().addListener((ListChangeListener<TranscriptRow>) change -> advance());
        transcript.conversationIdProperty().addListener((obs, old, now) -> cancel());
        checksChanged.addListener(observable -> {
            // A property tells of a change only once until it is read again: read it, to hear of the next one.
            if (observable instanceof ObservableValue<?> value) {
                value.getValue();
            }
            advance();
        });
    }

    /** Receives the message index to select and scroll to. */
    public void setOnReveal(IntConsumer reveal) {
        this.reveal = Objects.requireNonNull(reveal, "reveal");
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** The first shown message with tool calls after message {@code afterIndex} (-1: from the start). */
    public void nextToolCall(int afterIndex) {
        start(new ForwardSearch(afterIndex + 1, TOOL_CALL, "No tool call after this message.", "the next tool call"));
    }

    /** The last shown message with tool calls before message {@code beforeIndex} (-1: from the end of what is loaded). */
    public void previousToolCall(int beforeIndex) {
        start(new BackwardSearch(backwardsFrom(beforeIndex), TOOL_CALL, "No tool call before this message."));
    }

    /**
     * The first shown message after message {@code afterIndex} (-1: from the start) with a call whose check found a
     * problem, loading further pages until one is found and waiting for the checks of calls not checked yet.
     */
    public void nextProblem(int afterIndex) {
        start(new ForwardSearch(
                afterIndex + 1, PROBLEM, "No call with a problem after this message.", "the next call with a problem"));
    }

    /** The last shown message with a call with a problem before message {@code beforeIndex} (-1: from the end). */
    public void previousProblem(int beforeIndex) {
        start(new BackwardSearch(backwardsFrom(beforeIndex), PROBLEM, "No call with a problem before this message."));
    }

    /**
     * A feature's own search: the first shown message after message {@code afterIndex} (-1: from the start) that
     * {@code target} stops at, loading further pages until one is found. A message it cannot judge yet
     * ({@link Stop#WAIT}) holds the search, saying {@code waiting}, until {@link #lookAgain()}.
     *
     * @param notFound said when the conversation ends without one
     * @param what     "the next call you have not reviewed", for "Looking for … 300 messages loaded"
     */
    public void next(
            int afterIndex,
            Function<TranscriptRow.MessageRow, Stop> target,
            String notFound,
            String what,
            String waiting) {
        start(new ForwardSearch(afterIndex + 1, adapt(target), notFound, what, waiting));
    }

    /** {@link #next} backwards from message {@code beforeIndex} (-1: from the end of what is loaded). */
    public void previous(
            int beforeIndex, Function<TranscriptRow.MessageRow, Stop> target, String notFound, String waiting) {
        start(new BackwardSearch(backwardsFrom(beforeIndex), adapt(target), notFound, waiting));
    }

    /** What a waiting search waits for has changed (a feature's answers arrived): it goes on. */
    public void lookAgain() {
        advance();
    }

    private static Target adapt(Function<TranscriptRow.MessageRow, Stop> target) {
        Objects.requireNonNull(target, "target");
        return row -> switch (target.apply(row)) {
            case HERE -> Verdict.MATCH;
            case PASS -> Verdict.SKIP;
            case WAIT -> Verdict.WAIT;
        };
    }

    private int backwardsFrom(int beforeIndex) {
        return beforeIndex < 0 ? loadedRows() - 1 : Math.min(beforeIndex - 1, loadedRows() - 1);
    }

    /** The first shown message. */
    public void toStart() {
        start(new ForwardSearch(
                0, Target.where(row -> true), "No message matches the filters.", "the first matching message"));
    }

    /** The last shown message, after loading the whole conversation. */
    public void toEnd() {
        cancel();
        if (transcript.stateProperty().get() != TranscriptState.COMPLETE) {
            transcript.loadAll();
        }
        start(new EndSearch());
    }

    /**
     * Goes to the first shown message at or after {@code text} (see {@link TimeOffset}) from the first message.
     * Returns false, with the reason in {@link #messageProperty()}, when the text is not a time.
     */
    public boolean goToTime(String text) {
        TimeOffset parsed = TimeOffset.parse(text);
        if (!parsed.isValid()) {
            start(null);
            message.set(parsed.problem());
            return false;
        }
        start(new TimeSearch(parsed.offset()));
        return true;
    }

    /** Drops the search under way, if any; what has loaded stays. */
    public void cancel() {
        pending = null;
        searching.set(false);
        message.set("");
    }

    // ---- searching -----------------------------------------------------------------------------------------------

    private void start(Search search) {
        cancel();
        pending = search;
        advance();
    }

    private void advance() {
        Search search = pending;
        if (search == null) {
            return;
        }
        boolean done = search.advance();
        if (pending == search) {
            // A search finishing here may have started another (the view reacting to a reveal): keep that one.
            searching.set(!done);
            if (done) {
                pending = null;
            }
        }
    }

    private void found(TranscriptRow.MessageRow row) {
        message.set("");
        reveal.accept(row.index());
    }

    /** Message rows come first, in index order; the trailing status row (if any) is last. */
    private int loadedRows() {
        List<TranscriptRow> rows = transcript.rows();
        int count = rows.size();
        return count > 0 && !(rows.get(count - 1) instanceof TranscriptRow.MessageRow) ? count - 1 : count;
    }

    private TranscriptRow.MessageRow row(int index) {
        return (TranscriptRow.MessageRow) transcript.rows().get(index);
    }

    private boolean revealBackwards(int from, Predicate<TranscriptRow.MessageRow> match) {
        for (int i = from; i >= 0; i--) {
            TranscriptRow.MessageRow row = row(i);
            if (shown.test(row) && match.test(row)) {
                found(row);
                return true;
            }
        }
        return false;
    }

    /** What to do when the loaded rows hold no match: true when the search is over (complete or failed). */
    private boolean waitForMore(String notFound, String what) {
        TranscriptState state = transcript.stateProperty().get();
        switch (state) {
            case COMPLETE, EMPTY -> {
                message.set(notFound);
                return true;
            }
            case FAILED_FIRST, FAILED_MORE -> {
                message.set("Could not load more of the conversation to look for " + what + ".");
                return true;
            }
            default -> {}
        }
        message.set("Looking for " + what + "… "
                + transcript.loadedMessagesProperty().get() + " messages loaded");
        if (state == TranscriptState.READY) {
            // Last: a page that lands at once continues (and may finish) this search from inside.
            transcript.loadMore();
        }
        return false;
    }

    /** Shown while a search stands at a message whose calls have not been checked yet. */
    static final String WAITING_FOR_CHECKS = "Waiting for the checks of the loaded tool calls…";

    /** Scans forward from a message index through what is loaded, then page by page. */
    private class ForwardSearch implements Search {
        private int next;
        private final Target target;
        private final String notFound;
        private final String what;
        private final String waiting;

        ForwardSearch(int from, Target target, String notFound, String what) {
            this(from, target, notFound, what, WAITING_FOR_CHECKS);
        }

        ForwardSearch(int from, Target target, String notFound, String what, String waiting) {
            this.next = Math.max(0, from);
            this.target = target;
            this.notFound = notFound;
            this.what = what;
            this.waiting = waiting;
        }

        @Override
        public boolean advance() {
            int loaded = loadedRows();
            for (; next < loaded; next++) {
                TranscriptRow.MessageRow row = row(next);
                Verdict verdict = verdict(row);
                if (verdict == Verdict.WAIT) {
                    message.set(waiting);
                    return false;
                }
                if (verdict == Verdict.MATCH && shown.test(row)) {
                    found(row);
                    return true;
                }
            }
            return waitForMore(notFound(), what);
        }

        Verdict verdict(TranscriptRow.MessageRow row) {
            return target.of(row);
        }

        String notFound() {
            return notFound;
        }
    }

    /** Scans backward from a message index through what is loaded (earlier messages are all loaded). */
    private final class BackwardSearch implements Search {
        private int next;
        private final Target target;
        private final String notFound;
        private final String waiting;

        BackwardSearch(int from, Target target, String notFound) {
            this(from, target, notFound, WAITING_FOR_CHECKS);
        }

        BackwardSearch(int from, Target target, String notFound, String waiting) {
            this.next = from;
            this.target = target;
            this.notFound = notFound;
            this.waiting = waiting;
        }

        @Override
        public boolean advance() {
            for (; next >= 0; next--) {
                TranscriptRow.MessageRow row = row(next);
                Verdict verdict = target.of(row);
                if (verdict == Verdict.WAIT) {
                    message.set(waiting);
                    return false;
                }
                if (verdict == Verdict.MATCH && shown.test(row)) {
                    found(row);
                    return true;
                }
            }
            message.set(notFound);
            return true;
        }
    }

    /** The first message whose display time is at or after the first message's time plus an offset. */
    private final class TimeSearch extends ForwardSearch {
        private final Duration offset;
        private Instant first;

        TimeSearch(Duration offset) {
            super(0, Target.where(row -> true), "", "the message at +" + clock(offset));
            this.offset = offset;
        }

        @Override
        Verdict verdict(TranscriptRow.MessageRow row) {
            Instant time = row.message().displayTime();
            if (time == null) {
                return Verdict.SKIP;
            }
            if (first == null) {
                first = firstTime();
            }
            return time.isBefore(first.plus(offset)) ? Verdict.SKIP : Verdict.MATCH;
        }

        @Override
        String notFound() {
            Instant last = null;
            for (int i = loadedRows() - 1; i >= 0 && last == null; i--) {
                last = row(i).message().displayTime();
            }
            Instant start = firstTime();
            if (last == null || start == null) {
                return "No message has a time to go by.";
            }
            return "Nothing at or after +" + clock(offset) + ": the last message is at "
                    + TimeFormat.offset(start, last) + ".";
        }

        private Instant firstTime() {
            for (int i = 0; i < loadedRows(); i++) {
                Instant time = row(i).message().displayTime();
                if (time != null) {
                    return time;
                }
            }
            return null;
        }
    }

    /** Waits for the whole conversation (or for a cancelled load), then goes to the last shown message. */
    private final class EndSearch implements Search {
        @Override
        public boolean advance() {
            TranscriptState state = transcript.stateProperty().get();
            switch (state) {
                case FAILED_FIRST, FAILED_MORE -> {
                    message.set("Could not load the whole conversation; what is loaded stays.");
                    return true;
                }
                case EMPTY -> {
                    return true;
                }
                case COMPLETE -> {
                    return revealLast();
                }
                case READY -> {
                    if (!transcript.loadingAllProperty().get()) {
                        // The load was cancelled: the end of what is loaded is as far as it goes.
                        return revealLast();
                    }
                }
                default -> {}
            }
            message.set("Loading the whole conversation… "
                    + transcript.loadedMessagesProperty().get() + " messages loaded");
            return false;
        }

        private boolean revealLast() {
            if (!revealBackwards(loadedRows() - 1, row -> true)) {
                message.set("No message matches the filters.");
            }
            return true;
        }
    }

    /** "02:15" or "1:02:15", as the bubbles show offsets (without the sign). */
    static String clock(Duration offset) {
        return TimeFormat.offset(Instant.EPOCH, Instant.EPOCH.plus(offset)).substring(1);
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** What the last command found out: why a time was refused, that nothing was found, or the search's progress. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a target is being looked for in pages still to load. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
