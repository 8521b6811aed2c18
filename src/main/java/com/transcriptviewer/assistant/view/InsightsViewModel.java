package com.transcriptviewer.assistant.view;

import com.transcriptviewer.api.ActiveConnection;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.assistant.InsightsLoader;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The insights panel's state: what Telnyx's insights concluded about the open conversation, loaded in the background
 * whenever a conversation opens (also while the panel is closed: the summary under the title needs them), and the
 * one-line summary the transcript's header shows (through privacy mode's mask, like the panel's texts).
 *
 * <p>Loading starts once the conversation's header has arrived (it names the assistant, whose insight group names
 * the insights in one request) or, when the header is slow or missing, once the first page has settled. Answers go
 * through {@link NewestRequest}, so a late answer for a conversation no longer open is dropped. Call on the FX side.
 */
public final class InsightsViewModel {

    /** What the panel shows. */
    public enum State {
        /** No conversation is open. */
        NO_CONVERSATION,
        /** The transcript was opened from a file, which has no insights. */
        FROM_FILE,
        LOADING,
        /** No insight ran on this conversation. */
        NONE,
        /** Telnyx is still working on them; Refresh asks again. */
        PENDING,
        /** Telnyx's run failed. */
        FAILED,
        /** The insights could not be read; the message says why, Retry asks again. */
        ERROR,
        COMPLETED
    }

    static final String NO_CONVERSATION_TEXT = "Open a conversation to see its insights.";
    static final String FROM_FILE_TEXT = "Transcripts opened from a file have no insights.";
    static final String LOADING_TEXT = "Loading insights…";

    private final TranscriptViewModel transcript;
    private final ActiveConnection connection;
    private final InsightsLoader loader;
    private final FxExecutors executors;
    private final NewestRequest requests;

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ConversationInsights> insights =
            new ReadOnlyObjectWrapper<>(this, "insights", ConversationInsights.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** The summary as Telnyx wrote it; {@link #summary} shows it through privacy mode's mask. */
    private String realSummary = "";

    private NewestRequest.Ticket current;
    private CancelToken running = new CancelToken();
    /** True once the open conversation's insights were asked for. */
    private boolean started;

    public InsightsViewModel(
            TranscriptViewModel transcript, ActiveConnection connection, InsightsLoader loader, FxExecutors executors) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.requests = new NewestRequest(executors.fx());
        this.current = requests.next();
        transcript.conversationIdProperty().addListener((obs, old, id) -> startOver());
        transcript.stateProperty().addListener((obs, old, now) -> transcriptStateChanged(now));
        transcript.headerProperty().addListener((obs, old, header) -> startWhenReady());
        // Privacy mode switched, or an item revealed: the summary line shows it again through the new mask.
        transcript.mask().listen(mask -> showSummary(realSummary));
        startOver();
        startWhenReady();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Asks again (Refresh, Retry); nothing happens when the open conversation cannot have insights. */
    public void refresh() {
        State now = state.get();
        if (now == State.NO_CONVERSATION || now == State.FROM_FILE) {
            return;
        }
        startOver();
        start();
    }

    public void toggleOpen() {
        open.set(!open.get());
    }

    /** The open conversation's insights as loaded so far (none while loading or failed), for the exports. */
    public ConversationInsights current() {
        return insights.get();
    }

    /** Stops for good (the window closes): a request in flight is cancelled and its answer dropped. */
    public void close() {
        running.cancel();
        requests.dropAll();
    }

    // ---- loading -------------------------------------------------------------------------------------------------

    /** A new conversation (or the same one opened again, or its first page retried): forget what was shown. */
    private void startOver() {
        current = requests.next();
        running.cancel();
        running = new CancelToken();
        started = false;
        insights.set(ConversationInsights.NONE);
        showSummary("");
        if (transcript.conversationIdProperty().get().isEmpty()) {
            show(State.NO_CONVERSATION, NO_CONVERSATION_TEXT);
        } else if (transcript.sourceProperty().get() instanceof FileTranscriptSource) {
            show(State.FROM_FILE, FROM_FILE_TEXT);
        } else {
            show(State.LOADING, LOADING_TEXT);
        }
    }

    private void transcriptStateChanged(TranscriptState now) {
        if (now == TranscriptState.LOADING_FIRST
                && transcript.loadedMessagesProperty().get() == 0
                && started) {
            // Opened again (or the first page is being retried): the insights may have changed meanwhile.
            startOver();
        }
        startWhenReady();
    }

    /** Starts once the header is known, or once the first page settled without it. */
    private void startWhenReady() {
        if (started || state.get() != State.LOADING) {
            return;
        }
        TranscriptState page = transcript.stateProperty().get();
        boolean pageSettled = page != TranscriptState.LOADING_FIRST && page != TranscriptState.EMPTY;
        if (transcript.headerProperty().get() != null || pageSettled) {
            start();
        }
    }

    private void start() {
        started = true;
        String conversationId = transcript.conversationIdProperty().get();
        Optional<String> assistantId = Optional.ofNullable(
                        transcript.headerProperty().get())
                .map(Conversation::assistantId)
                .filter(id -> !id.isBlank());
        NewestRequest.Ticket ticket = current;
        CancelToken cancel = running;
        connection.ready().whenComplete((ready, notReady) -> {
            if (notReady != null) {
                ticket.apply(() -> failed(ApiException.notConnected(notReady)));
                return;
            }
            try {
                executors.background().execute(() -> {
                    if (ticket.isNewest()) {
                        fetch(ready, conversationId, assistantId, cancel, ticket);
                    }
                });
            } catch (RejectedExecutionException closing) {
                // The window is closing: nobody is waiting for the answer.
            }
        });
    }

    /** Runs on the background pool. */
    private void fetch(
            Connection ready,
            String conversationId,
            Optional<String> assistantId,
            CancelToken cancel,
            NewestRequest.Ticket ticket) {
        try {
            // The header names the assistant; when it has not arrived, the conversation is asked directly.
            Optional<String> assistant =
                    assistantId.isPresent() ? assistantId : loader.assistantOf(ready.client(), conversationId, cancel);
            Optional<String> group =
                    assistant.isPresent() ? loader.groupOf(ready.client(), assistant.get(), cancel) : Optional.empty();
            ConversationInsights found = loader.load(ready.client(), conversationId, group, cancel);
            searchAhead(found);
            ticket.apply(() -> loaded(found));
        } catch (ApiException e) {
            if (e.kind() != ErrorKind.CANCELLED) {
                ticket.apply(() -> failed(e));
            }
        } catch (RuntimeException e) {
            ApiException unexpected = ApiException.unexpected("reading the insights", e);
            ticket.apply(() -> failed(unexpected));
        }
    }

    /** With privacy mode on, the texts the panel and the summary line show are searched here, off the FX thread. */
    private void searchAhead(ConversationInsights found) {
        TextMask mask = transcript.mask().get();
        if (!mask.isActive()) {
            return;
        }
        found.summary().map(InsightResult::oneLine).ifPresent(mask::prepare);
        for (InsightResult result : found.results()) {
            mask.prepare(result.text().strip());
            result.fields().forEach(field -> mask.prepare(field.value()));
        }
    }

    private void loaded(ConversationInsights found) {
        insights.set(found);
        showSummary(found.summary().map(InsightResult::oneLine).orElse(""));
        switch (found.state()) {
            case NONE -> show(State.NONE, found.describe());
            case PENDING -> show(State.PENDING, found.describe());
            case FAILED -> show(State.FAILED, found.describe());
            case COMPLETE -> show(State.COMPLETED, "");
        }
    }

    private void failed(ApiException error) {
        insights.set(ConversationInsights.NONE);
        showSummary("");
        show(State.ERROR, error.userMessage());
    }

    private void showSummary(String real) {
        realSummary = real;
        summary.set(transcript.mask().get().apply(real));
    }

    private void show(State next, String text) {
        message.set(text);
        state.set(next);
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** True while the panel is shown; remembered across restarts by the window. */
    public BooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** The state in one sentence ("No insights for this conversation."); empty when the list says it all. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * The open conversation's insights as Telnyx sent them (the panel shows them through {@link #mask()}, an export
     * masks them itself); {@link ConversationInsights#NONE} while loading, failed or not applicable.
     */
    public ReadOnlyObjectProperty<ConversationInsights> insightsProperty() {
        return insights.getReadOnlyProperty();
    }

    /**
     * The conversation's summary on one line, for under its title, through privacy mode's mask (masked while the mode
     * is on, again whenever it changes); empty when it has none.
     */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Privacy mode's mask, which the panel shows the insights' texts through (the transcript's). */
    public CurrentMask mask() {
        return transcript.mask();
    }
}
