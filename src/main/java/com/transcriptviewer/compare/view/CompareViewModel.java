package com.transcriptviewer.compare.view;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.compare.ComparedConversation;
import com.transcriptviewer.compare.Comparison;
import com.transcriptviewer.compare.ComparisonFormat;
import com.transcriptviewer.compare.ComparisonMask;
import com.transcriptviewer.compare.ComparisonRow;
import com.transcriptviewer.compare.Comparisons;
import com.transcriptviewer.compare.SideLoad;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.export.AtomicFileWrite;
import com.transcriptviewer.export.WriteFailures;
import com.transcriptviewer.source.ConversationLoad;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.TranscriptViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A comparison of the conversation on screen (left) with a second one (right): both loaded whole through the app's
 * loader off the FX thread, with how far each has got and an error in plain words with Retry; then the aligned rows,
 * the summary line, the current difference and next / previous difference, and the exports; in privacy mode the names
 * and (through the window) the rows are shown masked, and the exports written masked. Asking for another
 * comparison drops the answers of the one before ({@link NewestRequest}). Used on the FX thread.
 */
public final class CompareViewModel {

    /** Where the comparison stands. */
    public enum State {
        EMPTY,
        LOADING,
        READY,
        FAILED
    }

    private final TranscriptViewModel transcript;
    private final Supplier<CompletionStage<? extends TranscriptSource>> byId;
    private final SideLoad sides;
    private final FxExecutors executors;
    private final Clock clock;
    private final NewestRequest requests;
    private final NewestRequest exports;

    private final StringProperty otherIdText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leftTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rightTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leftBasis = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rightBasis = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper maskRevision = new ReadOnlyIntegerWrapper(0);
    private final NewestRequest maskings;

    private List<Integer> differences = List.of();
    private String leftId = "";
    private String rightId = "";
    private CompletionStage<? extends TranscriptSource> leftSource;
    private SideLoad.Running leftRun;
    private SideLoad.Running rightRun;

    /**
     * @param transcript the conversation on screen: the left side, from the source it was opened from
     * @param byId       the source a conversation opened by id comes from (the API connection, once ready)
     */
    public CompareViewModel(
            TranscriptViewModel transcript,
            Supplier<CompletionStage<? extends TranscriptSource>> byId,
            SideLoad sides,
            FxExecutors executors,
            Clock clock) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.byId = Objects.requireNonNull(byId, "byId");
        this.sides = Objects.requireNonNull(sides, "sides");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requests = new NewestRequest(executors.fx());
        this.exports = new NewestRequest(executors.fx());
        this.maskings = new NewestRequest(executors.fx());
        current.addListener((obs, old, now) -> updatePosition());
        // Privacy mode switched, or an item revealed: the names and rows are shown again through the new mask.
        transcript.mask().listen(this::maskChanged);
    }

    /** Shows the comparison window without starting anything ("Compare with…": the id box waits for an id). */
    public void show() {
        shown.set(shown.get() + 1);
    }

    /** Compares the conversation on screen with the id (or a link holding one) in the window's id box. */
    public void compareWithIdBox() {
        Optional<String> id = ConversationIdParser.extract(otherIdText.get());
        if (id.isEmpty()) {
            fail("Paste a conversation id or a link that contains one.");
            return;
        }
        compareWith(id.get());
    }

    /** Compares the conversation on screen with {@code conversationId}, from the API connection. */
    public void compareWith(String conversationId) {
        show();
        otherIdText.set(conversationId);
        String left = transcript.conversationIdProperty().get();
        if (left.isEmpty()) {
            fail("Open a conversation first; the one you choose then is compared with it.");
            return;
        }
        TranscriptSource shownSource = transcript.sourceProperty().get();
        leftId = left;
        leftSource = shownSource != null ? CompletableFuture.completedFuture(shownSource) : byId.get();
        rightId = conversationId;
        start();
    }

    /** Loads both sides again, after a failure. */
    public void retry() {
        if (!leftId.isEmpty() && !rightId.isEmpty()) {
            start();
        }
    }

    private void start() {
        cancelRuns();
        NewestRequest.Ticket ticket = requests.next();
        state.set(State.LOADING);
        error.set("");
        comparison.set(null);
        rows.clear();
        differences = List.of();
        current.set(-1);
        summary.set("");
        leftTitle.set(leftId);
        rightTitle.set(rightId);
        leftBasis.set("");
        rightBasis.set("");
        exportStatus.set("");
        AtomicInteger leftCount = new AtomicInteger();
        AtomicInteger rightCount = new AtomicInteger();
        progress.set(progressText(0, 0));
        leftRun = sides.start(leftSource, leftId, n -> {
            leftCount.set(n);
            ticket.apply(() -> progress.set(progressText(leftCount.get(), rightCount.get())));
        });
        rightRun = sides.start(byId.get(), rightId, n -> {
            rightCount.set(n);
            ticket.apply(() -> progress.set(progressText(leftCount.get(), rightCount.get())));
        });
        CompletableFuture<ComparedConversation> left = leftRun.done();
        CompletableFuture<ComparedConversation> right = rightRun.done();
        left.thenCombineAsync(right, this::compareSearched, executors.background())
                .whenComplete((done, failure) -> ticket.apply(() -> {
                    if (failure != null) {
                        failed(failure, left.isCompletedExceptionally() ? leftId : rightId);
                    } else {
                        ready(done);
                    }
                }));
    }

    /** The rows, and with privacy mode on both sides' texts searched for personal data (the rows are shown masked). */
    private Comparison compareSearched(ComparedConversation left, ComparedConversation right) {
        Comparison done = Comparisons.compare(left, right);
        ComparisonMask.prepare(done, transcript.mask().get());
        return done;
    }

    /**
     * Shows the names through the new mask at once, and the rows again; with the mode on, both sides' texts are
     * searched in the background and the rows shown again once they are (a long text waits for that, masked).
     */
    private void maskChanged(TextMask mask) {
        Comparison shownComparison = comparison.get();
        if (shownComparison != null) {
            showTitles(shownComparison);
        }
        maskRevision.set(maskRevision.get() + 1);
        NewestRequest.Ticket ticket = maskings.next();
        if (shownComparison == null || !mask.isActive()) {
            return;
        }
        executors.background().execute(() -> {
            ComparisonMask.prepare(shownComparison, mask);
            ticket.apply(() -> maskRevision.set(maskRevision.get() + 1));
        });
    }

    private void showTitles(Comparison done) {
        TextMask mask = transcript.mask().get();
        leftTitle.set(mask.apply(done.left().title()));
        rightTitle.set(mask.apply(done.right().title()));
    }

    private static String progressText(int left, int right) {
        return "Loading both conversations… left " + left + " messages, right " + right + " messages";
    }

    private void failed(Throwable failure, String which) {
        cancelRuns();
        ApiException cause = ConversationLoad.failure(failure);
        fail("Could not load conversation " + which + ": " + cause.userMessage());
    }

    private void fail(String message) {
        requests.next(); // anything still on its way is no longer wanted
        state.set(State.FAILED);
        progress.set("");
        error.set(message);
    }

    private void ready(Comparison done) {
        comparison.set(done);
        showTitles(done);
        leftBasis.set(done.left().checks().basis());
        rightBasis.set(done.right().checks().basis());
        differences = done.differences();
        rows.setAll(done.rows());
        summary.set(done.summary());
        progress.set("");
        state.set(State.READY);
        current.set(-1);
        updatePosition();
    }

    /** Makes the first difference after the current row current; wraps to the first. */
    public void nextDifference() {
        if (differences.isEmpty()) {
            return;
        }
        int at = current.get();
        for (int row : differences) {
            if (row > at) {
                current.set(row);
                return;
            }
        }
        current.set(differences.get(0));
    }

    /** Makes the last difference before the current row current; wraps to the last. */
    public void previousDifference() {
        if (differences.isEmpty()) {
            return;
        }
        int at = current.get() < 0 ? Integer.MAX_VALUE : current.get();
        for (int i = differences.size() - 1; i >= 0; i--) {
            if (differences.get(i) < at) {
                current.set(differences.get(i));
                return;
            }
        }
        current.set(differences.get(differences.size() - 1));
    }

    private void updatePosition() {
        if (state.get() != State.READY) {
            position.set("");
            return;
        }
        if (differences.isEmpty()) {
            position.set("No differences");
            return;
        }
        int index = differences.indexOf(current.get());
        position.set(
                index < 0
                        ? differences.size() + (differences.size() == 1 ? " difference" : " differences")
                        : "Difference " + (index + 1) + " of " + differences.size());
    }

    /**
     * Writes the comparison to {@code target} in the background; the outcome shows in {@link #exportStatus}. Written
     * while privacy mode is on, it is masked as the window shows it.
     */
    public void export(ComparisonFormat format, Path target) {
        Comparison shownComparison = comparison.get();
        if (shownComparison == null) {
            return;
        }
        TextMask mask = transcript.mask().get();
        NewestRequest.Ticket ticket = exports.next();
        exportStatus.set("Exporting " + format.displayName() + "…");
        executors.background().execute(() -> {
            String outcome;
            try {
                String document = format.render(ComparisonMask.apply(shownComparison, mask), clock);
                AtomicFileWrite.write(target, out -> out.write(document), null);
                outcome = "Exported to " + target + ".";
            } catch (IOException e) {
                outcome = WriteFailures.describe(target, e);
            }
            String said = outcome;
            ticket.apply(() -> exportStatus.set(said));
        });
    }

    /** A name for the exported file: both ids' starts. */
    public String suggestedFileName(ComparisonFormat format) {
        return "compare-" + shortId(leftId) + "-" + shortId(rightId) + "." + format.extension();
    }

    private static String shortId(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9-]", "");
        return safe.length() > 8 ? safe.substring(0, 8) : safe;
    }

    /** The window closed: loads in flight stop and their answers are dropped. */
    public void close() {
        requests.next();
        cancelRuns();
        if (state.get() == State.LOADING) {
            state.set(State.EMPTY);
            progress.set("");
        }
    }

    private void cancelRuns() {
        if (leftRun != null) {
            leftRun.cancel();
        }
        if (rightRun != null) {
            rightRun.cancel();
        }
        leftRun = null;
        rightRun = null;
    }

    public StringProperty otherIdTextProperty() {
        return otherIdText;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftBasisProperty() {
        return leftBasis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightBasisProperty() {
        return rightBasis.getReadOnlyProperty();
    }

    /** "Difference 2 of 7", "7 differences" before the first is chosen, "No differences". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    /** The row of the current difference, -1 before one is chosen; the view may set it (a click on a row). */
    public IntegerProperty currentProperty() {
        return current;
    }

    /**
     * Privacy mode's mask (the transcript's): the window shows the rows through it; the names above them are masked
     * here already.
     */
    public CurrentMask mask() {
        return transcript.mask();
    }

    /**
     * Goes up each time the rows should be shown again through the mask: privacy mode switched or an item revealed,
     * and again once both sides' texts were searched in the background.
     */
    public ReadOnlyIntegerProperty maskRevisionProperty() {
        return maskRevision.getReadOnlyProperty();
    }

    /** Goes up each time the window should be shown (a comparison was asked for, or "Compare with…"). */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
