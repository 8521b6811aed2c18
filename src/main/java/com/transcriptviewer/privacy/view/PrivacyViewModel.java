package com.transcriptviewer.privacy.view;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Privacy mode: whether personal data is masked wherever the window shows or writes text. Switching it on makes a new
 * mask for the open conversation (reading numbers without a country code in its own numbers' region), so every item
 * revealed before is hidden again. The mask is made and the loaded messages' texts (and the JSON the bubbles show
 * pretty-printed) are searched for personal data on the background pool first (the first search also loads
 * libphonenumber's metadata), and the mask is shown once that is done; a newer switch drops the older one's answer.
 * Call on the FX side.
 */
public final class PrivacyViewModel {

    private final TranscriptViewModel transcript;
    private final CurrentMask mask;
    private final FxExecutors executors;
    private final NewestRequest requests;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", false);
    private final ReadOnlyBooleanWrapper masking = new ReadOnlyBooleanWrapper(this, "masking", false);

    /** @param mask the mask every part of the window shows text through; on at start when it is active already */
    public PrivacyViewModel(TranscriptViewModel transcript, CurrentMask mask, FxExecutors executors) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.mask = Objects.requireNonNull(mask, "mask");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.requests = new NewestRequest(executors.fx());
        on.set(mask.get().isActive());
        on.addListener((obs, was, now) -> apply());
        // Another conversation: numbers without a country code are read in its region, and nothing stays revealed.
        transcript.headerProperty().addListener((obs, old, now) -> {
            if (on.get()) {
                apply();
            }
        });
    }

    /** True while personal data is masked; the tool bar's toggle and Ctrl+Shift+P flip it. */
    public BooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    public void toggle() {
        on.set(!on.get());
    }

    /** True while a long conversation's texts are searched for personal data before the mask is shown. */
    public ReadOnlyBooleanProperty maskingProperty() {
        return masking.getReadOnlyProperty();
    }

    private void apply() {
        NewestRequest.Ticket ticket = requests.next();
        if (!on.get()) {
            masking.set(false);
            mask.set(TextMask.NONE);
            return;
        }
        Conversation header = transcript.headerProperty().get();
        List<Message> messages = transcript.messages();
        List<String> formatted = formattedTexts();
        masking.set(true);
        executors.background().execute(() -> {
            // Made here too: reading the conversation's own numbers' regions loads libphonenumber the first time.
            PrivacyMask next = newMask(header);
            prepare(next, messages);
            formatted.forEach(next::prepare);
            ticket.apply(() -> {
                masking.set(false);
                mask.set(next);
            });
        });
    }

    /** A new mask for {@code conversation} (may be null). */
    static PrivacyMask newMask(Conversation conversation) {
        return PrivacyMasks.forConversation(conversation);
    }

    /**
     * Searches every text of {@code messages} for personal data, so that showing them masked on the FX thread only
     * looks the answers up. Blocking; call off the FX thread.
     */
    public static void prepare(PrivacyMask mask, List<Message> messages) {
        for (Message message : messages) {
            mask.prepare(message);
        }
    }

    /**
     * The pretty-printed JSON the transcript's bubbles hold now (arguments of cards expanded before, tool results):
     * shown masked too, so searched with the messages.
     */
    private List<String> formattedTexts() {
        List<String> texts = new ArrayList<>();
        for (TranscriptRow row : transcript.rows()) {
            if (row instanceof TranscriptRow.MessageRow message && message.bubble() != null) {
                MessageBubbleViewModel bubble = message.bubble();
                for (ToolCallCardViewModel card : bubble.toolCards()) {
                    add(texts, card.formattedProperty().get());
                }
                if (bubble.hasJsonResult()) {
                    add(texts, bubble.resultFormat().getFormatted());
                }
            }
        }
        return texts;
    }

    private static void add(List<String> texts, FormattedJson json) {
        if (json != null) {
            texts.add(json.text());
        }
    }
}
