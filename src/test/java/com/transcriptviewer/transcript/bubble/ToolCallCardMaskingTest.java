package com.transcriptviewer.transcript.bubble;

import static com.transcriptviewer.testing.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * Privacy mode on a card with long arguments: they are masked on the background pool, not the FX thread, the card
 * shows nothing of them meanwhile, and a mask that already searched them (an item revealed) shows them at once. The
 * background is a queue this test runs; the FX executor runs at once.
 */
class ToolCallCardMaskingTest {

    private static final String EMAIL = "jordan.lee@example.com";
    private static final String MASKED_EMAIL = "j•••••.•••@example.com";
    /** Over the size that is formatted and masked on the calling thread. */
    private static final String ARGUMENTS = "{\"email\":\"" + EMAIL + "\",\"notes\":\""
            + "x".repeat(AsyncJsonFormat.INLINE_LIMIT_CHARS + 100) + "\",\"card\":\"4111 1111 1111 1111\"}";

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final CurrentMask mask = new CurrentMask();
    private final BubbleContext context =
            new BubbleContext(new JsonFormatter(), background::add, Runnable::run, TimeFormat.local(), mask);
    private final ToolCallCardViewModel card =
            new ToolCallCardViewModel(call("call_1", "update_contact", ARGUMENTS), context);

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    /** Expands the card and lets the formatting (long arguments: in the background) finish. */
    private FormattedJson expandedAndFormatted() {
        card.setExpanded(true);
        Runnable format = background.poll();
        assertThat(format).as("long arguments are formatted in the background").isNotNull();
        format.run();
        assertThat(card.getState()).isEqualTo(FormatState.DONE);
        return card.formattedProperty().get();
    }

    @Test
    void longArgumentsAreMaskedInTheBackgroundAndShownOnlyOnceMasked() {
        mask.set(PrivacyMasks.forConversation(null));
        FormattedJson real = expandedAndFormatted();

        assertThat(card.shownFormatted()).as("nothing shown until masked").isNull();
        assertThat(card.maskingProperty().get()).isTrue();
        assertThat(background).as("the masking waits on the background pool").isNotEmpty();
        assertThat(card.shownFormatted())
                .as("asked again, still waiting; not asked twice")
                .isNull();

        runBackground();

        assertThat(card.maskingProperty().get()).isFalse();
        FormattedJson shown = card.shownFormatted();
        assertThat(shown.text())
                .doesNotContain(EMAIL)
                .doesNotContain("4111 1111 1111 1111")
                .contains(MASKED_EMAIL)
                .hasSameSizeAs(real.text());
        assertThat(shown.highlights()).as("the colours of the real text").isEqualTo(real.highlights());
        assertThat(card.copyText()).doesNotContain(EMAIL).contains(MASKED_EMAIL);
    }

    @Test
    void thePreviewAndTheRawArgumentsWaitForTheirMaskToo() {
        mask.set(PrivacyMasks.forConversation(null));

        assertThat(card.preview()).isEqualTo(ToolCallCardViewModel.MASKING_PREVIEW);
        assertThat(card.shownRaw()).isNull();
        assertThat(card.copyText())
                .as("a copy asked for meanwhile is masked at once")
                .contains(MASKED_EMAIL);

        runBackground();

        assertThat(card.preview()).startsWith("{\"email\": \"" + MASKED_EMAIL + "\"");
        assertThat(card.shownRaw()).doesNotContain(EMAIL).hasSameSizeAs(ARGUMENTS);
    }

    @Test
    void argumentsSearchedBeforeAreShownAtOnceAndRevealedOnesStayMaskedElsewhere() {
        PrivacyMask privacy = PrivacyMasks.forConversation(null);
        // As a page is searched off the FX thread before it is shown.
        privacy.prepare(ARGUMENTS);
        mask.set(privacy);

        assertThat(card.shownRaw()).as("searched before: masked on the spot").contains(MASKED_EMAIL);
        assertThat(background).isEmpty();

        FormattedJson real = expandedAndFormatted();
        assertThat(card.shownFormatted()).isNull();
        runBackground();
        int inEmail = real.text().indexOf(EMAIL) + 2;
        card.revealAt(false, inEmail);

        TextMask revealing = mask.get();
        assertThat(revealing).isNotSameAs(privacy);
        assertThat(card.shownFormatted().text())
                .as("a reveal knows what the mask before it found: shown without waiting")
                .contains(EMAIL)
                .doesNotContain("4111 1111 1111 1111");
        assertThat(card.maskingProperty().get()).isFalse();
        assertThat(background).isEmpty();
    }

    @Test
    void withTheModeOffTheArgumentsAreShownAsTheyAre() {
        FormattedJson real = expandedAndFormatted();
        assertThat(card.shownFormatted()).isSameAs(real);
        assertThat(card.shownRaw()).isEqualTo(ARGUMENTS);

        mask.set(PrivacyMasks.forConversation(null));
        assertThat(card.shownFormatted()).isNull();
        mask.set(TextMask.NONE);
        assertThat(card.shownFormatted())
                .as("switched off before the mask arrived")
                .isSameAs(real);
        runBackground();
        assertThat(card.maskingProperty().get()).isFalse();
        assertThat(card.shownFormatted()).isSameAs(real);
    }
}
