package com.transcriptviewer.export;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Exporting the open conversation: the view asks for the file first (so the user can walk away while a long
 * conversation loads), then this loads every remaining page through {@link TranscriptViewModel#loadAll()}, showing
 * "Loading 3,400 of 10,000 messages…", and writes the file off the FX thread. The outcome stays on show as one
 * sentence: where the file went and its size, or what went wrong. Cancel works in both steps and never leaves a
 * half-written file. Call on the FX side.
 */
public final class ExportViewModel {

    /** Where an export is in its life. */
    public enum Phase {
        /** Nothing to show. */
        IDLE,
        /** Waiting for the rest of the conversation. */
        LOADING,
        /** Rendering and writing the file. */
        WRITING,
        /** Written; the message says where. */
        DONE,
        /** Failed; the message says why. Nothing was written. */
        FAILED,
        /** Cancelled by the user; nothing was written. */
        CANCELLED
    }

    private final TranscriptViewModel transcript;
    private final ConversationExporter exporter;
    private final FxExecutors executors;
    private final Supplier<SecretScrubber> secrets;
    private final Supplier<ToolCallChecks> checks;
    private final Supplier<ConversationInsights> insights;
    private final ExportReviews reviews;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> lastFolder = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;
    private final InvalidationListener loadingWatcher = this::loadingChanged;

    /** One request per export: a write that finishes after Cancel or a newer export is not reported. */
    private final NewestRequest exports;

    private ExportFormat format;
    private Path target;
    private String conversationId;
    private CancelToken writing = new CancelToken();

    /** An export of the messages alone, with no checks or insights. */
    public ExportViewModel(
            TranscriptViewModel transcript,
            ConversationExporter exporter,
            FxExecutors executors,
            Supplier<SecretScrubber> secrets) {
        this(transcript, exporter, executors, secrets, () -> ToolCallChecks.NONE, () -> ConversationInsights.NONE);
    }

    /** An export with the checks and insights, without reviews. */
    public ExportViewModel(
            TranscriptViewModel transcript,
            ConversationExporter exporter,
            FxExecutors executors,
            Supplier<SecretScrubber> secrets,
            Supplier<ToolCallChecks> checks,
            Supplier<ConversationInsights> insights) {
        this(transcript, exporter, executors, secrets, checks, insights, ExportReviews.NONE);
    }

    /**
     * @param secrets  the secrets to keep out of the file (the API key in use); asked for off the FX thread, since
     *                 reading the credential store may block
     * @param checks   the open conversation's tool-call checks, asked for on the FX side when writing starts
     * @param insights the open conversation's insights, asked for on the FX side when writing starts
     * @param reviews  the reviewers' verdicts on the conversation, read off the FX thread when writing starts; when
     *                 they cannot be read the file is written without them and the outcome says so
     */
    public ExportViewModel(
            TranscriptViewModel transcript,
            ConversationExporter exporter,
            FxExecutors executors,
            Supplier<SecretScrubber> secrets,
            Supplier<ToolCallChecks> checks,
            Supplier<ConversationInsights> insights,
            ExportReviews reviews) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.exports = new NewestRequest(executors.fx());
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.insights = Objects.requireNonNull(insights, "insights");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        busy.bind(Bindings.createBooleanBinding(
                () -> phase.get() == Phase.LOADING || phase.get() == Phase.WRITING, phase));
        canExport = transcript
                .conversationIdProperty()
                .isNotEmpty()
                .and(busy.not())
                .and(transcript.stateProperty().isNotEqualTo(TranscriptState.FAILED_FIRST))
                .and(transcript.stateProperty().isNotEqualTo(TranscriptState.EMPTY));
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /**
     * Exports the open conversation to {@code file} (an extension is added when the name has none). Does nothing
     * while another export runs or when no conversation is open.
     */
    public void export(ExportFormat exportFormat, Path file) {
        if (!canExport.get()) {
            return;
        }
        exports.dropAll();
        format = Objects.requireNonNull(exportFormat, "format");
        target = withExtension(Objects.requireNonNull(file, "file"), exportFormat);
        conversationId = transcript.conversationIdProperty().get();
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            lastFolder.set(folder);
        }
        Optional<String> problem = WriteFailures.precheck(target);
        if (problem.isPresent()) {
            finish(Phase.FAILED, "Could not export: " + problem.get());
            return;
        }
        if (transcript.stateProperty().get() == TranscriptState.COMPLETE) {
            startWriting();
            return;
        }
        phase.set(Phase.LOADING);
        transcript.loadAll();
        if (transcript.stateProperty().get() == TranscriptState.FAILED_MORE) {
            // The page that failed earlier is the first one the export needs.
            transcript.retry();
        }
        // Watched from here on: whatever the calls above changed is looked at once, now.
        watchLoading(true);
        loadingChanged(null);
    }

    /** Stops the export; the transcript keeps what it loaded, and no file is written or changed. */
    public void cancel() {
        Phase now = phase.get();
        if (now == Phase.LOADING) {
            watchLoading(false);
            transcript.cancelLoadAll();
            finish(Phase.CANCELLED, "Export cancelled. Nothing was written.");
        } else if (now == Phase.WRITING) {
            writing.cancel();
            finish(Phase.CANCELLED, "Export cancelled. " + target + " was not changed.");
        }
    }

    /** Hides the outcome of the last export. */
    public void dismiss() {
        if (!busy.get()) {
            phase.set(Phase.IDLE);
            message.set("");
        }
    }

    /** A file name for the save dialog: the conversation's name (or id), safe on every OS, with the extension. */
    public String suggestedFileName(ExportFormat exportFormat) {
        String name = transcript.conversationNameProperty().get();
        String id = transcript.conversationIdProperty().get();
        String base = name == null || name.isBlank() ? "conversation-" + id : name + " " + shortId(id);
        String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_")
                .replaceAll("\\s+", " ")
                .strip();
        if (safe.length() > 80) {
            safe = safe.substring(0, 80).strip();
        }
        return (safe.isEmpty() || safe.startsWith(".") ? "conversation" + safe : safe) + "." + exportFormat.extension();
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    /** {@code call} becomes {@code call.html}; a name that already has an extension is kept as the user typed it. */
    static Path withExtension(Path file, ExportFormat exportFormat) {
        Path name = file.getFileName();
        if (name == null || name.toString().contains(".")) {
            return file;
        }
        return file.resolveSibling(name + "." + exportFormat.extension());
    }

    // ---- loading -------------------------------------------------------------------------------------------------

    private void watchLoading(boolean on) {
        Observable[] sources = {
            transcript.stateProperty(),
            transcript.loadedMessagesProperty(),
            transcript.totalMessagesProperty(),
            transcript.loadingAllProperty(),
            transcript.conversationIdProperty(),
            transcript.retryCountdownProperty()
        };
        for (Observable source : sources) {
            if (on) {
                source.addListener(loadingWatcher);
            } else {
                source.removeListener(loadingWatcher);
            }
        }
    }

    private void loadingChanged(Observable changed) {
        if (phase.get() != Phase.LOADING) {
            return;
        }
        TranscriptState state = transcript.stateProperty().get();
        if (!conversationId.equals(transcript.conversationIdProperty().get())) {
            watchLoading(false);
            finish(Phase.FAILED, "Export stopped: another conversation was opened. Nothing was written.");
        } else if (state == TranscriptState.COMPLETE) {
            watchLoading(false);
            startWriting();
        } else if ((state == TranscriptState.FAILED_FIRST || state == TranscriptState.FAILED_MORE)
                && transcript.retryCountdownProperty().get() == 0) {
            watchLoading(false);
            transcript.cancelLoadAll();
            finish(
                    Phase.FAILED,
                    "Could not load the whole conversation, so nothing was written: "
                            + transcript.errorMessageProperty().get());
        } else if (!transcript.loadingAllProperty().get() && state == TranscriptState.READY) {
            watchLoading(false);
            finish(Phase.CANCELLED, "Export stopped: loading the conversation was cancelled. Nothing was written.");
        } else {
            showLoadingProgress();
        }
    }

    private void showLoadingProgress() {
        int loaded = transcript.loadedMessagesProperty().get();
        long total = transcript.totalMessagesProperty().get();
        if (transcript.retryCountdownProperty().get() > 0) {
            message.set(transcript.errorMessageProperty().get());
        } else if (total > 0) {
            message.set("Loading " + SizeFormat.count(loaded) + " of " + SizeFormat.count(total) + " messages…");
        } else {
            message.set("Loading " + SizeFormat.count(loaded) + " messages…");
        }
        progress.set(total > 0 ? Math.min(1.0, (double) loaded / total) : -1);
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    private void startWriting() {
        ExportDocument document = new ExportDocument(
                conversationId,
                transcript.conversationNameProperty().get(),
                transcript.channelProperty().get(),
                transcript.messages(),
                checks.get(),
                insights.get());
        phase.set(Phase.WRITING);
        progress.set(-1);
        message.set("Writing " + SizeFormat.count(document.messages().size()) + " messages to " + target + "…");
        NewestRequest.Ticket ticket = exports.next();
        writing = new CancelToken();
        CancelToken token = writing;
        ExportFormat exportFormat = format;
        Path file = target;
        String id = conversationId;
        // Privacy mode as it is when writing starts: the file is masked as the window shows the conversation.
        TextMask mask = transcript.mask().get();
        executors.background().execute(() -> {
            Runnable outcome;
            try {
                ExportDocument withReviews = document;
                String left = "";
                if (exportFormat != ExportFormat.JSON) {
                    try {
                        withReviews = document.withReviews(reviews.latest(id));
                    } catch (StoreException e) {
                        // The conversation is what was asked for; the verdicts are a part it can do without.
                        left = " The reviews were left out: " + e.getMessage();
                    }
                }
                ExportResult result =
                        exporter.export(ExportMask.apply(withReviews, mask), exportFormat, file, secrets.get(), token);
                String said = result.describe() + (mask.isActive() ? " Personal data masked." : "") + left;
                outcome = () -> finishWriting(Phase.DONE, said);
            } catch (AtomicFileWrite.CancelledException cancelled) {
                outcome = () -> {};
            } catch (IOException | RuntimeException e) {
                String why = e instanceof IOException io
                        ? WriteFailures.describe(file, io)
                        : "Could not export: something unexpected went wrong ("
                                + e.getClass().getSimpleName() + ").";
                outcome = () -> finishWriting(Phase.FAILED, why);
            }
            ticket.apply(outcome);
        });
    }

    private void finishWriting(Phase outcome, String text) {
        if (phase.get() == Phase.WRITING) {
            finish(outcome, text);
        }
    }

    private void finish(Phase outcome, String text) {
        progress.set(outcome == Phase.DONE ? 1 : -1);
        message.set(text);
        phase.set(outcome);
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The sentence to show: progress, where the file went, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1 while loading with a known total; -1 when unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while loading or writing: Cancel is offered. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when a conversation is open and no export runs: the Export menu items are enabled. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** The folder of the last export, where the save dialog opens next. */
    public ReadOnlyObjectProperty<Path> lastFolderProperty() {
        return lastFolder.getReadOnlyProperty();
    }
}
