package com.transcriptviewer.privacy.view;

import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Switching privacy mode: searched off the FX thread first, the newest switch wins, reveals end with the mode. */
class PrivacyViewModelTest {

    private final PagedTranscript paged = new PagedTranscript(
                    List.of(
                            message(Role.USER, "My number is (312) 555-0142", 1),
                            message(Role.ASSISTANT, "Thanks, I'll call you back.", 2)),
                    50)
            .open();
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final PrivacyViewModel privacy = new PrivacyViewModel(
            paged.viewModel(),
            paged.viewModel().mask(),
            new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {}));

    private MessageBubbleViewModel first() {
        return ((TranscriptRow.MessageRow) paged.viewModel().rows().get(0)).bubble();
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void theMaskIsShownOnlyOnceTheTextsWereSearchedOffTheFxThread() {
        privacy.onProperty().set(true);
        assertThat(privacy.maskingProperty().get()).isTrue();
        assertThat(paged.viewModel().mask().get()).isSameAs(TextMask.NONE);
        assertThat(first().text()).isEqualTo("My number is (312) 555-0142");

        runBackground();

        assertThat(privacy.maskingProperty().get()).isFalse();
        assertThat(first().text()).isEqualTo("My number is (312) •••-••42");
        assertThat(first().realText()).isEqualTo("My number is (312) 555-0142");
    }

    @Test
    void withTheModeOnEachPageIsSearchedInTheBackgroundBeforeItsRowsAreAdded() {
        PagedTranscript later = new PagedTranscript(
                List.of(
                        message(Role.USER, "Mail me at jane@example.com", 1),
                        message(Role.ASSISTANT, "Booked.", 2, PagedTranscript.call("call_1", "book")),
                        message(Role.USER, "Or call (312) 555-0142", 3)),
                2);
        PrivacyMask mask = PrivacyMasks.forConversation(null);
        later.viewModel().mask().set(mask);
        List<String> searchedWhenAdded = new ArrayList<>();
        later.viewModel().rows().addListener((ListChangeListener<TranscriptRow>) change -> {
            while (change.next()) {
                for (TranscriptRow row : change.getAddedSubList()) {
                    if (row instanceof TranscriptRow.MessageRow added) {
                        String text = added.message().text();
                        searchedWhenAdded.add(mask.knows(text) ? text : "not searched: " + text);
                    }
                }
            }
        });

        later.openWaiting();
        later.runBackground();
        later.viewModel().loadMore();
        later.runBackground();

        assertThat(searchedWhenAdded)
                .containsExactly("Mail me at jane@example.com", "Booked.", "Or call (312) 555-0142");
        assertThat(mask.knows("{}")).as("the call's arguments too").isTrue();
    }

    @Test
    void aPageSearchedThroughAMaskReplacedBeforeItIsShownIsSearchedAgainFirstAndTheOrderKept() {
        PagedTranscript later = new PagedTranscript(
                List.of(
                        message(Role.USER, "Mail me at jane@example.com", 1),
                        message(Role.ASSISTANT, "Noted.", 2),
                        message(Role.USER, "Or call (312) 555-0142", 3)),
                2);
        CurrentMask current = later.viewModel().mask();
        PrivacyMask first = PrivacyMasks.forConversation(null);
        PrivacyMask second = PrivacyMasks.forConversation(null);
        // The mode is switched again (a new mask) while the first page is searched.
        current.set(new TextMask() {
            @Override
            public boolean isActive() {
                return true;
            }

            @Override
            public String apply(String text) {
                return first.apply(text);
            }

            @Override
            public List<Item> items(String text) {
                return first.items(text);
            }

            @Override
            public TextMask revealing(String text, int index) {
                return this;
            }

            @Override
            public void prepare(String text) {
                current.set(second);
                first.prepare(text);
            }
        });
        List<String> shown = new ArrayList<>();
        later.viewModel().rows().addListener((ListChangeListener<TranscriptRow>) change -> {
            while (change.next()) {
                for (TranscriptRow row : change.getAddedSubList()) {
                    if (row instanceof TranscriptRow.MessageRow added) {
                        String text = added.message().text();
                        shown.add(current.get() == second && second.knows(text) ? text : "not searched: " + text);
                    }
                }
            }
        });

        later.openWaiting();
        later.runBackground();
        later.viewModel().loadAll();
        later.runBackground();

        assertThat(shown).containsExactly("Mail me at jane@example.com", "Noted.", "Or call (312) 555-0142");
    }

    @Test
    void switchedOnTheJsonTheBubblesShowPrettyPrintedIsSearchedWithTheMessages() {
        PagedTranscript withCall = new PagedTranscript(
                        List.of(message(
                                Role.ASSISTANT,
                                "",
                                1,
                                new ToolCall("call_1", "function", "notify", "{\"to\":\"jane@example.com\"}"))),
                        50)
                .open();
        Deque<Runnable> queued = new ArrayDeque<>();
        PrivacyViewModel switched = new PrivacyViewModel(
                withCall.viewModel(),
                withCall.viewModel().mask(),
                new FxExecutors(queued::add, Runnable::run, (delay, task) -> () -> {}));
        ToolCallCardViewModel card = ((TranscriptRow.MessageRow)
                        withCall.viewModel().rows().get(0))
                .bubble()
                .toolCards()
                .get(0);
        card.setExpanded(true);
        String pretty = card.formattedProperty().get().text();

        switched.toggle();
        queued.forEach(Runnable::run);

        PrivacyMask shown = (PrivacyMask) withCall.viewModel().mask().get();
        assertThat(shown.knows(pretty)).isTrue();
        assertThat(card.shownFormatted().text()).contains("j•••@example.com").doesNotContain("jane@");
    }

    @Test
    void switchedOffBeforeTheSearchEndedTheLateAnswerIsDropped() {
        privacy.onProperty().set(true);
        privacy.onProperty().set(false);
        runBackground();
        assertThat(paged.viewModel().mask().get()).isSameAs(TextMask.NONE);
        assertThat(first().text()).isEqualTo("My number is (312) 555-0142");
    }

    @Test
    void aRevealLastsUntilTheModeIsSwitchedAgain() {
        privacy.toggle();
        runBackground();
        first().revealAt(first().realText().indexOf("555"));
        assertThat(first().text()).isEqualTo("My number is (312) 555-0142");

        privacy.toggle();
        privacy.toggle();
        runBackground();
        assertThat(first().text()).isEqualTo("My number is (312) •••-••42");
    }
}
