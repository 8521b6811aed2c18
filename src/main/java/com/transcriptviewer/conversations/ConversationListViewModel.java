package com.transcriptviewer.conversations;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ConversationQuery;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.ui.concurrent.FxExecutors;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The list of conversations in the side pane: the most recent ones from {@code GET /ai/conversations}, loaded off the
 * FX thread. A newer load cancels an older one; its late result is dropped.
 */
public final class ConversationListViewModel {

    public static final int DEFAULT_LIMIT = 50;

    private final FxExecutors executors;
    private TelnyxClient client;
    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private int generation;
    private CancelToken inFlight = new CancelToken();

    public ConversationListViewModel(TelnyxClient client, FxExecutors executors) {
        this.client = Objects.requireNonNull(client, "client");
        this.executors = Objects.requireNonNull(executors, "executors");
    }

    /** Points the list at another client (key or base URL changed) and reloads. */
    public void useClient(TelnyxClient newClient) {
        this.client = Objects.requireNonNull(newClient, "client");
        refresh();
    }

    public void refresh() {
        inFlight.cancel();
        inFlight = new CancelToken();
        int requestGeneration = ++generation;
        CancelToken token = inFlight;
        TelnyxClient from = client;
        ConversationQuery query = ConversationQuery.all()
                .order(ConversationQuery.Field.LAST_MESSAGE_AT, false)
                .limit(DEFAULT_LIMIT);
        loading.set(true);
        errorMessage.set("");
        executors.background().execute(() -> {
            try {
                List<Conversation> result = from.conversations(query, token);
                executors.fx().execute(() -> applied(requestGeneration, result, null));
            } catch (ApiException e) {
                executors.fx().execute(() -> applied(requestGeneration, null, e));
            }
        });
    }

    private void applied(int requestGeneration, List<Conversation> result, ApiException error) {
        if (requestGeneration != generation) {
            return;
        }
        loading.set(false);
        if (error != null) {
            if (error.kind() != com.transcriptviewer.api.ErrorKind.CANCELLED) {
                errorMessage.set(error.userMessage());
            }
            return;
        }
        conversations.setAll(result);
    }

    public ObservableList<Conversation> conversations() {
        return conversations;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public void cancel() {
        inFlight.cancel();
    }
}
