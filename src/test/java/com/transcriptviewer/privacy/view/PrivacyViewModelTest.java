package com.transcriptviewer.privacy.view;

import static com.transcriptviewer.transcript.PagedTranscript.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.PagedTranscript;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
