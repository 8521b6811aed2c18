package com.transcriptviewer.shell;

import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.conversations.ConversationListViewModel;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.ui.Theme;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's own state: the id box, the data-source badge, the theme; it opens conversations in the
 * transcript and hands "open settings" requests to whoever can show the dialog.
 */
public final class MainViewModel {

    private final TranscriptViewModel transcript;
    private final ConversationListViewModel conversations;
    private final StringProperty idText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceBadge = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private Runnable settingsOpener = () -> { };

    public MainViewModel(TranscriptViewModel transcript, ConversationListViewModel conversations) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        idText.addListener((obs, old, now) -> idHint.set(""));
    }

    /** Opens whatever id the box holds (a bare id, a UUID inside a URL or a log line). */
    public void openFromIdBox() {
        Optional<String> id = ConversationIdParser.extract(idText.get());
        if (id.isEmpty()) {
            idHint.set("Paste a conversation id or a link that contains one.");
            return;
        }
        open(id.get());
    }

    public void open(String conversationId) {
        idText.set(conversationId);
        idHint.set("");
        transcript.open(conversationId);
    }

    public void open(Conversation conversation) {
        open(conversation.id());
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    public void openSettings() {
        settingsOpener.run();
    }

    public void setSettingsOpener(Runnable opener) {
        this.settingsOpener = Objects.requireNonNull(opener, "opener");
    }

    public void setSourceBadge(String text) {
        sourceBadge.set(text == null ? "" : text);
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public ConversationListViewModel conversations() {
        return conversations;
    }

    public StringProperty idTextProperty() {
        return idText;
    }

    public ReadOnlyStringProperty idHintProperty() {
        return idHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceBadgeProperty() {
        return sourceBadge.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
