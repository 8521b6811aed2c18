package com.transcriptviewer.export.reviews.view;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.export.AtomicFileWrite;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.export.WriteFailures;
import com.transcriptviewer.export.reviews.ReviewDates;
import com.transcriptviewer.export.reviews.ReviewExportFormat;
import com.transcriptviewer.export.reviews.ReviewExportResult;
import com.transcriptviewer.export.reviews.ReviewExporter;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File &gt; Export reviews…: the choices (CSV or JSON, from and to which day, everyone or one reviewer, current
 * verdicts or the whole history), the reviewers to choose from (read from the saved entries), and the export itself:
 * the entries are read and the file written off the FX thread, atomically, and the outcome stays on show as one
 * sentence. Closing the dialog while it writes cancels, leaving any existing file as it was. Call on the FX side.
 */
public final class ReviewExportViewModel {

    /** Where an export is in its life. */
    public enum Phase {
        /** Nothing to show. */
        IDLE,
        /** Reading the entries and writing the file. */
        WRITING,
        /** Written; the message says where. */
        DONE,
        /** Failed; the message says why. Nothing was written. */
        FAILED
    }

    /** The saved review entries an export asks for; blocking, called off the FX thread. */
    @FunctionalInterface
    public interface Reviews {

        List<ReviewEntry> entries(ReviewFilter filter) throws StoreException;

        /**
         * Why the entries just read may miss some, in the user's words ("the team server could not be reached: ...",
         * when only this computer's own were read); empty when they are all there.
         */
        default Optional<String> incomplete() {
            return Optional.empty();
        }
    }

    private final Reviews reviews;
    private final Supplier<SecretScrubber> secrets;
    private final FxExecutors executors;
    private final ZoneId zone;
    private final Clock clock;

    private final ObjectProperty<ReviewExportFormat> format = new SimpleObjectProperty<>(ReviewExportFormat.CSV);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> reviewer = new SimpleObjectProperty<>();
    private final ObservableList<String> reviewers = FXCollections.observableArrayList();
    private final BooleanProperty currentOnly = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> lastFolder = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;
    private final NewestRequest exports;
    private final NewestRequest reviewerLists;
    private CancelToken writing = new CancelToken();
    private final CurrentMask mask;

    /**
     * @param secrets what no written note may contain (the API key in use); asked for off the FX thread
     * @param zone    the zone the chosen days are read in (the app's time-zone setting)
     * @param clock   today, for the file name the save dialog proposes
     */
    public ReviewExportViewModel(
            Reviews reviews, Supplier<SecretScrubber> secrets, FxExecutors executors, ZoneId zone, Clock clock) {
        this(reviews, secrets, executors, zone, clock, new CurrentMask());
    }

    /**
     * @param mask privacy mode's mask: an export written while the mode is on has its notes masked, as a
     *             conversation's export has
     */
    public ReviewExportViewModel(
            Reviews reviews,
            Supplier<SecretScrubber> secrets,
            FxExecutors executors,
            ZoneId zone,
            Clock clock,
            CurrentMask mask) {
        this.mask = Objects.requireNonNull(mask, "mask");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.exports = new NewestRequest(executors.fx());
        this.reviewerLists = new NewestRequest(executors.fx());
        busy.bind(phase.isEqualTo(Phase.WRITING));
        from.addListener((obs, old, now) -> checkDates());
        to.addListener((obs, old, now) -> checkDates());
        canExport = dateProblem.isEmpty().and(busy.not());
        // A new choice makes the last outcome stale.
        for (javafx.beans.Observable choice : List.of(format, from, to, reviewer, currentOnly)) {
            choice.addListener(changed -> {
                if (!busy.get()) {
                    phase.set(Phase.IDLE);
                    message.set("");
                }
            });
        }
    }

    private void checkDates() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        dateProblem.set(
                start != null && end != null && start.isAfter(end)
                        ? "\u201cFrom\u201d is after \u201cto\u201d: no review could match."
                        : "");
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /**
     * The dialog opens: the last outcome is no longer shown, and who has reviewed anything is read again for the
     * reviewer choice (a reviewer already chosen stays chosen).
     */
    public void opened() {
        if (!busy.get()) {
            phase.set(Phase.IDLE);
            message.set("");
        }
        loadReviewers();
    }

    private void loadReviewers() {
        NewestRequest.Ticket ticket = reviewerLists.next();
        executors.background().execute(() -> {
            try {
                List<ReviewEntry> all = reviews.entries(new ReviewFilter(null, null, null, false));
                TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                all.forEach(entry -> names.add(entry.reviewer()));
                List<String> sorted = List.copyOf(names);
                ticket.apply(() -> reviewersLoaded(sorted));
            } catch (StoreException | RuntimeException e) {
                // The export itself will say what is wrong; meanwhile "Everyone" is the one choice.
                ticket.apply(() -> reviewersLoaded(List.of()));
            }
        });
    }

    private void reviewersLoaded(List<String> names) {
        String chosen = reviewer.get();
        reviewers.setAll(names);
        if (chosen != null && !names.contains(chosen)) {
            reviewers.add(chosen);
        }
    }

    /** The entries the choices ask for. */
    public ReviewFilter filter() {
        return new ReviewFilter(
                from.get() == null ? null : ReviewDates.startOf(from.get(), zone),
                to.get() == null ? null : ReviewDates.endOf(to.get(), zone),
                reviewer.get(),
                currentOnly.get());
    }

    /**
     * Exports the entries the choices ask for to {@code file} (the format's extension is added when the name has
     * none). Does nothing while another export runs or the dates make no sense.
     */
    public void export(Path file) {
        if (!canExport.get()) {
            return;
        }
        ReviewExportFormat chosen = format.get();
        Path target = withExtension(Objects.requireNonNull(file, "file"), chosen);
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            lastFolder.set(folder);
        }
        Optional<String> problem = WriteFailures.precheck(target);
        if (problem.isPresent()) {
            finish(Phase.FAILED, "Could not export: " + problem.get());
            return;
        }
        ReviewFilter filter = filter();
        TextMask shown = mask.get();
        NewestRequest.Ticket ticket = exports.next();
        writing = new CancelToken();
        CancelToken token = writing;
        phase.set(Phase.WRITING);
        message.set("Writing reviews to " + target + "…");
        executors.background().execute(() -> {
            Runnable outcome;
            try {
                List<ReviewEntry> entries = masked(reviews.entries(filter), shown);
                Optional<String> missing = reviews.incomplete();
                ReviewExportResult result = new ReviewExporter(secrets.get()).export(entries, chosen, target, token);
                String said = result.describe()
                        + missing.map(why -> " Only this computer's reviews are in it: " + why)
                                .orElse("");
                outcome = () -> finish(Phase.DONE, said);
            } catch (StoreException e) {
                outcome = () ->
                        finish(Phase.FAILED, "Could not read the reviews, so nothing was written: " + e.getMessage());
            } catch (AtomicFileWrite.CancelledException cancelled) {
                outcome = () -> {};
            } catch (IOException e) {
                String why = WriteFailures.describe(target, e);
                outcome = () -> finish(Phase.FAILED, why);
            } catch (RuntimeException e) {
                String why = "Could not export: something unexpected went wrong ("
                        + e.getClass().getSimpleName() + ").";
                outcome = () -> finish(Phase.FAILED, why);
            }
            ticket.apply(outcome);
        });
    }

    /** A reviewer may paste the caller's number into a note: with privacy mode on, the notes are masked. */
    private static List<ReviewEntry> masked(List<ReviewEntry> entries, TextMask mask) {
        if (!mask.isActive()) {
            return entries;
        }
        return entries.stream()
                .map(entry -> new ReviewEntry(
                        entry.eventId(),
                        entry.item(),
                        entry.reviewer(),
                        entry.verdict(),
                        mask.apply(entry.note()),
                        entry.labels(),
                        entry.checkStatus(),
                        entry.savedAt()))
                .toList();
    }

    /** The dialog closes: a write under way stops, and the file it would have replaced is left as it was. */
    public void cancel() {
        exports.dropAll();
        reviewerLists.dropAll();
        writing.cancel();
        if (phase.get() == Phase.WRITING) {
            phase.set(Phase.IDLE);
            message.set("");
        }
    }

    /** "reviews-2026-03-05.csv", or with the chosen days: "reviews 2026-03-01 to 2026-03-31.json". */
    public String suggestedFileName() {
        String extension = "." + format.get().extension();
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null && end == null) {
            return "reviews-" + LocalDate.now(clock.withZone(zone)) + extension;
        }
        String range = start == null ? "until " + end : end == null ? "from " + start : start + " to " + end;
        String who = reviewer.get() == null ? "" : " " + reviewer.get();
        String name = ("reviews " + range + who).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_");
        return name + extension;
    }

    /** {@code reviews} becomes {@code reviews.csv}; a name with an extension is kept as the user typed it. */
    static Path withExtension(Path file, ReviewExportFormat format) {
        Path name = file.getFileName();
        if (name == null || name.toString().contains(".")) {
            return file;
        }
        return file.resolveSibling(name + "." + format.extension());
    }

    private void finish(Phase outcome, String text) {
        message.set(text);
        phase.set(outcome);
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    public ObjectProperty<ReviewExportFormat> formatProperty() {
        return format;
    }

    /** The first day whose reviews are exported; null for no bound. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day whose reviews are exported (the whole day); null for no bound. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** One reviewer's entries only; null for everyone's. */
    public ObjectProperty<String> reviewerProperty() {
        return reviewer;
    }

    /** Everyone who has reviewed anything, sorted. */
    public ObservableList<String> reviewers() {
        return reviewers;
    }

    /** Each reviewer's latest verdict per item (true), or every verdict ever saved (false). */
    public BooleanProperty currentOnlyProperty() {
        return currentOnly;
    }

    /** Why the days make no sense; "" when they do. */
    public ReadOnlyStringProperty dateProblemProperty() {
        return dateProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The sentence to show: progress, where the file went, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the choices make sense and no export runs: "Export…" is enabled. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** The folder of the last export, where the save dialog opens next. */
    public ReadOnlyObjectProperty<Path> lastFolderProperty() {
        return lastFolder.getReadOnlyProperty();
    }
}
