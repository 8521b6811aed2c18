package com.transcriptviewer.compare.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.compare.ComparisonFormat;
import com.transcriptviewer.compare.SideLoad;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.testing.FakeTranscriptSource;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison without a scene: background work runs when the test says so, the test is the FX thread. */
class CompareViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});
    private final FakeTranscriptSource source = new FakeTranscriptSource()
            .withHeaders(id -> Optional.of(new Conversation(id, "Call " + id, null, null, Map.of())));
    private final TranscriptViewModel transcript = new TranscriptViewModel(
            new ConversationLoader(background::add, 10, 4),
            executors,
            new BubbleContext(
                    new JsonFormatter(), Runnable::run, Runnable::run, new TimeFormat(ZoneOffset.UTC, CLOCK)));
    private final CompareViewModel compare = new CompareViewModel(
            transcript,
            () -> CompletableFuture.completedFuture(source),
            new SideLoad(new ConversationLoader(background::add, 10, 4), background::add, null),
            executors,
            CLOCK);

    @TempDir
    Path out;

    /** 25 messages (three pages) with a call every fifth message; {@code second} changes the calls. */
    private static List<Message> conversation(boolean second) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            if (i % 5 == 4) {
                String function = second && i == 9 ? "transfer" : "lookup";
                String arguments = "{\"n\":" + (second && i == 14 ? 99 : i) + "}";
                messages.add(new Message(
                        Role.ASSISTANT,
                        null,
                        List.of(new ToolCall("c" + i, "function", function, arguments)),
                        Instant.EPOCH,
                        null,
                        Map.of()));
            } else {
                messages.add(FakeTranscriptSource.numbered("m" + i, i));
            }
        }
        return messages;
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @BeforeEach
    void openLeft() {
        source.add("left", conversation(false));
        source.add("right", conversation(true));
        transcript.open(source, "left");
        runBackground();
    }

    @Test
    void comparesTheOpenConversationWithAnotherLoadedWhole() {
        compare.compareWith("right");

        assertThat(compare.stateProperty().get()).isEqualTo(CompareViewModel.State.LOADING);
        assertThat(compare.progressProperty().get())
                .isEqualTo("Loading both conversations… left 0 messages, right 0 messages");
        runBackground();

        assertThat(compare.stateProperty().get()).isEqualTo(CompareViewModel.State.READY);
        assertThat(source.requestsFor("right")).isEqualTo(3);
        assertThat(compare.leftTitleProperty().get()).isEqualTo("Call left");
        assertThat(compare.rightTitleProperty().get()).isEqualTo("Call right");
        assertThat(compare.leftBasisProperty().get()).isEqualTo("No definition: this source names no assistant.");
        assertThat(compare.summaryProperty().get())
                .isEqualTo("4 calls aligned · 1 only left · 1 only right · 1 with different arguments");
        assertThat(compare.positionProperty().get()).isEqualTo("3 differences");
    }

    @Test
    void nextAndPreviousDifferenceWalkTheDifferencesAndWrap() {
        compare.compareWith("right");
        runBackground();
        List<Integer> differences = compare.comparisonProperty().get().differences();
        assertThat(differences).hasSize(3);

        compare.nextDifference();
        assertThat(compare.currentProperty().get()).isEqualTo(differences.get(0));
        assertThat(compare.positionProperty().get()).isEqualTo("Difference 1 of 3");
        compare.nextDifference();
        compare.nextDifference();
        assertThat(compare.positionProperty().get()).isEqualTo("Difference 3 of 3");
        compare.nextDifference();
        assertThat(compare.currentProperty().get()).as("wraps").isEqualTo(differences.get(0));
        compare.previousDifference();
        assertThat(compare.currentProperty().get()).as("wraps back").isEqualTo(differences.get(2));
        // From a row the user clicked, the next difference is the one after it.
        compare.currentProperty().set(differences.get(0) + 1);
        compare.nextDifference();
        assertThat(compare.currentProperty().get()).isEqualTo(differences.get(1));
    }

    @Test
    void aFailedPageSaysWhichConversationInPlainWordsAndRetryLoadsAgain() {
        source.failOnce(2, FakeTranscriptSource.serverError());
        compare.compareWith("right");
        runBackground();

        assertThat(compare.stateProperty().get()).isEqualTo(CompareViewModel.State.FAILED);
        assertThat(compare.errorProperty().get())
                .startsWith("Could not load conversation ")
                .doesNotContain("Exception");

        compare.retry();
        runBackground();
        assertThat(compare.stateProperty().get()).isEqualTo(CompareViewModel.State.READY);
    }

    @Test
    void nothingOpenOrNoIdSaysWhatToDo() {
        compare.otherIdTextProperty().set("no id in here");
        compare.compareWithIdBox();
        assertThat(compare.stateProperty().get()).isEqualTo(CompareViewModel.State.FAILED);
        assertThat(compare.errorProperty().get()).isEqualTo("Paste a conversation id or a link that contains one.");
    }

    @Test
    void exportsWriteTheComparisonInTheBackground() throws Exception {
        compare.compareWith("right");
        runBackground();
        Path html = out.resolve(compare.suggestedFileName(ComparisonFormat.HTML));
        Path markdown = out.resolve("compare.md");

        compare.export(ComparisonFormat.HTML, html);
        assertThat(compare.exportStatusProperty().get()).isEqualTo("Exporting HTML…");
        runBackground();
        compare.export(ComparisonFormat.MARKDOWN, markdown);
        runBackground();

        assertThat(html.getFileName().toString()).isEqualTo("compare-left-right.html");
        assertThat(compare.exportStatusProperty().get()).isEqualTo("Exported to " + markdown + ".");
        assertThat(Files.readString(html)).contains("4 calls aligned").doesNotContain("<script");
        assertThat(Files.readString(markdown)).startsWith("# Comparison: Call left ↔ Call right");
    }

    @Test
    void inPrivacyModeTheNamesAndTheExportsAreMaskedAndTheRowsFollowTheMode() throws Exception {
        // An id that reads as an address: the name made of it ("Call <id>") has personal data in it.
        String id = "ann.lee@example.com";
        String said = "Call me on (312) 555-0142 or mail jordan.lee@example.com";
        source.add(
                id,
                List.of(
                        new Message(Role.USER, said, List.of(), Instant.EPOCH, null, Map.of()),
                        new Message(
                                Role.ASSISTANT,
                                null,
                                List.of(new ToolCall("c4", "function", "lookup", "{\"n\":4,\"pin\":\"8841\"}")),
                                Instant.EPOCH,
                                null,
                                Map.of())));
        PrivacyMask first = PrivacyMasks.forConversation(null);
        transcript.mask().set(first);
        compare.compareWith(id);
        runBackground();

        assertThat(compare.rightTitleProperty().get()).isEqualTo("Call a••.•••@example.com");
        assertThat(first.knows(said))
                .as("both sides searched with the rows, off the FX thread")
                .isTrue();
        Path masked = out.resolve("masked.md");
        compare.export(ComparisonFormat.MARKDOWN, masked);
        runBackground();
        assertThat(Files.readString(masked))
                .doesNotContain("555-0142")
                .doesNotContain("jordan.lee@")
                .doesNotContain("Call ann.lee@")
                .contains("Call a••.•••@example.com")
                .doesNotContain("8841")
                .contains("(312) •••-••42")
                .contains("j•••••.•••@example.com");

        int shown = compare.maskRevisionProperty().get();
        transcript.mask().set(TextMask.NONE);
        assertThat(compare.maskRevisionProperty().get())
                .as("the rows are shown again")
                .isGreaterThan(shown);
        assertThat(compare.rightTitleProperty().get()).isEqualTo("Call " + id);
        Path plain = out.resolve("plain.html");
        compare.export(ComparisonFormat.HTML, plain);
        runBackground();
        assertThat(Files.readString(plain))
                .contains("555-0142")
                .contains("jordan.lee@example.com")
                .contains("8841");

        PrivacyMask again = PrivacyMasks.forConversation(null);
        transcript.mask().set(again);
        int beforeSearch = compare.maskRevisionProperty().get();
        assertThat(again.knows(said)).isFalse();
        runBackground();
        assertThat(again.knows(said)).isTrue();
        assertThat(compare.maskRevisionProperty().get())
                .as("shown again once searched")
                .isGreaterThan(beforeSearch);
    }
}
