package com.transcriptviewer.assistant.view;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.assistant.AssistantDefinition;
import com.transcriptviewer.assistant.AssistantFiles;
import com.transcriptviewer.assistant.AssistantFormatException;
import com.transcriptviewer.assistant.AssistantResolver;
import com.transcriptviewer.assistant.ConversationChecks;
import com.transcriptviewer.assistant.Resolution;
import com.transcriptviewer.assistant.ToolCallChecker;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * Checks the open conversation's tool calls against its assistant's own tool definitions and puts each call's check
 * on its card: the assistant is found off the FX thread once the conversation's header says which it is (a
 * transcript file names none: the user picks an assistant file, remembered for that file), and the calls are checked
 * off the FX thread page by page as they load. The transcript never waits for it: bubbles first, checks when the
 * assistant arrives. Says how many calls there are and how many have problems. Call on the FX side.
 */
public final class ToolChecksViewModel {

    private static final Logger LOG = Logger.getLogger(ToolChecksViewModel.class.getName());

    private final TranscriptViewModel transcript;
    private final FxExecutors executors;
    private final AssistantFiles files;
    private final ToolCallChecker checker = new ToolCallChecker();
    private final NewestRequest conversations;
    /** One resolver per API client, so what the API answered is kept for the session (per account). */
    private final Map<TelnyxClient, AssistantResolver> resolvers = new WeakHashMap<>();

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canChooseAssistantFile = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper toolCalls = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper problems = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(false);

    private NewestRequest.Ticket current;
    private CancelToken cancel = new CancelToken();
    private boolean closed;
    private Resolution resolution;
    private boolean resolving;
    /** Rows 0..checkedRows-1 have been sent to be checked against the current resolution. */
    private int checkedRows;
    /** Batches of calls being checked off the FX thread. */
    private int pending;

    private final Map<Integer, List<ToolCallCheck>> applied = new LinkedHashMap<>();

    public ToolChecksViewModel(TranscriptViewModel transcript, FxExecutors executors, AssistantFiles files) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.files = Objects.requireNonNull(files, "files");
        this.conversations = new NewestRequest(executors.fx());
        this.current = conversations.next();
        // Change listeners, not invalidation ones: an invalidation listener hears nothing more until someone reads
        // the value again, and these are not always read.
        transcript.conversationIdProperty().addListener((obs, old, now) -> startOver());
        transcript.sourceProperty().addListener((obs, old, now) -> resolveWhenKnown());
        transcript.headerSettledProperty().addListener((obs, old, now) -> resolveWhenKnown());
        transcript.rows().addListener((ListChangeListener<TranscriptRow>) this::rowsChanged);
        startOver();
        resolveWhenKnown();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /**
     * Checks the open transcript file against the assistant in {@code file} (what {@code GET /ai/assistants/{id}}
     * returns), and remembers that choice for the transcript file.
     */
    public void chooseAssistantFile(Path file) {
        Optional<Path> transcriptFile = openFile();
        if (transcriptFile.isEmpty()) {
            return;
        }
        NewestRequest.Ticket ticket = current;
        resolving = true;
        updateSummary();
        executors.background().execute(() -> {
            Resolution read = fromFile(file);
            if (read.assistant().isPresent()) {
                files.remember(transcriptFile.get(), file);
            }
            ticket.apply(() -> resolved(read));
        });
    }

    /** Stops for good (the window closes): nothing in flight is applied, nothing more is started. */
    public void close() {
        cancel.cancel();
        conversations.dropAll();
        closed = true;
    }

    /** The checks applied so far, for exports. */
    public ToolCallChecks checks() {
        return new ToolCallChecks(basis.get(), applied);
    }

    // ---- finding the assistant -----------------------------------------------------------------------------------

    private void startOver() {
        cancel.cancel();
        cancel = new CancelToken();
        current = conversations.next();
        resolution = null;
        resolving = false;
        checkedRows = 0;
        pending = 0;
        applied.clear();
        problems.set(0);
        basis.set("");
        canChooseAssistantFile.set(false);
        updateSummary();
        revision.set(revision.get() + 1);
    }

    /** Once the source is ready and, for the API, the header is in: find the assistant off the FX thread. */
    private void resolveWhenKnown() {
        TranscriptSource source = transcript.sourceProperty().get();
        if (closed || resolution != null || resolving || source == null) {
            return;
        }
        Optional<Path> file = source.file();
        Optional<TelnyxClient> client = source.apiClient();
        if (client.isEmpty() && file.isEmpty()) {
            resolved(Resolution.none("this source names no assistant."));
            return;
        }
        if (client.isPresent() && !transcript.headerSettledProperty().get()) {
            return; // the header names the assistant: wait for it
        }
        NewestRequest.Ticket ticket = current;
        Conversation header = transcript.headerProperty().get();
        CancelToken token = cancel;
        resolving = true;
        updateSummary();
        AssistantResolver resolver = client.map(this::resolverFor).orElse(null);
        executors.background().execute(() -> {
            Resolution found = resolver != null
                    ? header == null
                            ? Resolution.none("the conversation's details could not be read.")
                            : resolver.resolve(header, token)
                    : remembered(file.get());
            ticket.apply(() -> resolved(found));
        });
    }

    private AssistantResolver resolverFor(TelnyxClient client) {
        return resolvers.computeIfAbsent(client, AssistantResolver::new);
    }

    /** Blocking: the assistant file chosen for {@code transcriptFile} before, or why there is none. */
    private Resolution remembered(Path transcriptFile) {
        return files.assistantFor(transcriptFile)
                .map(ToolChecksViewModel::fromFile)
                .orElseGet(() -> Resolution.none("a transcript file names no assistant; choose an assistant file to"
                        + " check its tool calls against."));
    }

    private static Resolution fromFile(Path file) {
        try {
            AssistantDefinition assistant = AssistantFiles.read(file);
            Path name = file.getFileName();
            return Resolution.of(
                    assistant,
                    "Checked against " + assistant.describe() + " (from " + (name == null ? file : name) + ").");
        } catch (AssistantFormatException e) {
            return Resolution.none(e.getMessage() + ".");
        }
    }

    private void resolved(Resolution found) {
        resolving = false;
        resolution = found;
        basis.set(found.basis());
        canChooseAssistantFile.set(openFile().isPresent());
        // A new resolution (another assistant file) checks every call again.
        checkedRows = 0;
        pending = 0;
        applied.clear();
        problems.set(0);
        checkNewRows();
        updateSummary();
    }

    private Optional<Path> openFile() {
        TranscriptSource source = transcript.sourceProperty().get();
        return source == null ? Optional.empty() : source.file();
    }

    // ---- checking the calls --------------------------------------------------------------------------------------

    /**
     * Counts the tool calls from what changed, not from every row: a long conversation arrives in thousands of pages,
     * and recounting all rows at each would make loading it quadratic.
     */
    private void rowsChanged(ListChangeListener.Change<? extends TranscriptRow> change) {
        int calls = toolCalls.get();
        while (change.next()) {
            calls -= callsIn(change.getRemoved());
            calls += callsIn(change.getAddedSubList());
        }
        toolCalls.set(calls);
        if (checkedRows > transcript.rows().size()) {
            checkedRows = 0; // the rows were replaced
        }
        checkNewRows();
        updateSummary();
    }

    private static int callsIn(List<? extends TranscriptRow> rows) {
        int calls = 0;
        for (TranscriptRow row : rows) {
            if (row instanceof TranscriptRow.MessageRow message) {
                calls += message.message().toolCalls().size();
            }
        }
        return calls;
    }

    /** Sends the message rows not checked yet to be checked off the FX thread, and applies the result when back. */
    private void checkNewRows() {
        if (closed || resolution == null) {
            return;
        }
        List<TranscriptRow.MessageRow> batch = new ArrayList<>();
        List<TranscriptRow> rows = transcript.rows();
        int end = checkedRows;
        while (end < rows.size() && rows.get(end) instanceof TranscriptRow.MessageRow row) {
            if (row.message().hasToolCalls()) {
                batch.add(row);
            }
            end++;
        }
        checkedRows = end;
        if (batch.isEmpty()) {
            return;
        }
        NewestRequest.Ticket ticket = current;
        Resolution against = resolution;
        List<Message> messages =
                batch.stream().map(TranscriptRow.MessageRow::message).toList();
        pending++;
        executors.background().execute(() -> {
            List<List<ToolCallCheck>> checked = new ArrayList<>(messages.size());
            for (Message message : messages) {
                checked.add(checkCalls(message, against));
            }
            ticket.apply(() -> {
                if (against == resolution) {
                    pending--;
                    apply(batch, checked);
                }
            });
        });
    }

    /** A message's checks; a checker that fails on a call (a bug) leaves it unchecked with the reason, never pending. */
    private List<ToolCallCheck> checkCalls(Message message, Resolution against) {
        try {
            return ConversationChecks.checkCalls(message, against, checker);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking a tool call failed", e);
            ToolCallCheck failed = ToolCallCheck.noDefinition(
                    "No definition: the check itself failed (" + e.getClass().getSimpleName() + ").");
            return message.toolCalls().stream().map(call -> failed).toList();
        }
    }

    private void apply(List<TranscriptRow.MessageRow> rows, List<List<ToolCallCheck>> checked) {
        int found = problems.get();
        for (int i = 0; i < rows.size(); i++) {
            TranscriptRow.MessageRow row = rows.get(i);
            List<ToolCallCardViewModel> cards = row.bubble().toolCards();
            List<ToolCallCheck> checks = checked.get(i);
            for (int call = 0; call < checks.size() && call < cards.size(); call++) {
                cards.get(call).checkProperty().set(checks.get(call));
                if (checks.get(call).hasProblem()) {
                    found++;
                }
            }
            applied.put(row.index(), checks);
        }
        problems.set(found);
        revision.set(revision.get() + 1);
        updateSummary();
    }

    private void updateSummary() {
        settled.set(resolution != null && pending == 0);
        int calls = toolCalls.get();
        if (calls == 0) {
            summary.set("");
            return;
        }
        String count = SizeFormat.count(calls) + (calls == 1 ? " tool call" : " tool calls");
        if (resolution == null) {
            summary.set(count + (resolving ? " · checking…" : ""));
        } else if (resolution.assistant().isEmpty()) {
            summary.set(count + " · not checked");
        } else if (problems.get() == 0) {
            summary.set(count + " · no problems");
        } else {
            summary.set(count + " · " + SizeFormat.count(problems.get()) + " with problems");
        }
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** "14 tool calls · 3 with problems", "14 tool calls · not checked"; empty when there are no tool calls. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the calls were checked against, or why they could not be. */
    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    /** True for a transcript file: the user may pick an assistant file to check it against. */
    public ReadOnlyBooleanProperty canChooseAssistantFileProperty() {
        return canChooseAssistantFile.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty toolCallsProperty() {
        return toolCalls.getReadOnlyProperty();
    }

    /** Calls whose check found a problem (invalid JSON, a schema mismatch, an unknown function). */
    public ReadOnlyIntegerProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** True once the assistant is known and every loaded call has its check (more pages may bring more calls). */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    /** Changes whenever checks were put on cards (or dropped): the filter shows calls with problems anew. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
