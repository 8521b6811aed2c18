package com.transcriptviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.export.ExportViewModel.Phase;
import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.testing.FakeTranscriptSource;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-app export without a scene: background work runs when the test says so, FX work at once. */
class ExportViewModelTest {

    @TempDir
    Path folder;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});

    private final FakeTranscriptSource source = new FakeTranscriptSource()
            .withLabel("demo data")
            .withHeaders(id -> Optional.of(new Conversation(
                    id, "Call: billing/refund?", null, null, Map.of(Conversation.CHANNEL, "phone_call"))));
    private final TranscriptViewModel transcript = new TranscriptViewModel(
            new ConversationLoader(background::add, 10, ConversationLoader.DEFAULT_CONCURRENCY),
            executors,
            new BubbleContext(new JsonFormatter(), Runnable::run, Runnable::run, TimeFormat.local()));
    private final ExportViewModel export = new ExportViewModel(
            transcript, new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK), executors, SecretScrubber::none);

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private void openConversation(int messages) {
        source.add("c1", messages);
        transcript.open(source, "c1");
        runBackground();
    }

    private List<Path> filesInFolder() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void nothingToExportUntilAConversationIsOpen() {
        assertThat(export.canExportProperty().get()).isFalse();
        export.export(ExportFormat.JSON, folder.resolve("x.json"));
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.IDLE);

        openConversation(5);
        assertThat(export.canExportProperty().get()).isTrue();
    }

    @Test
    void loadsTheWholeConversationShowingProgressThenWritesIt() throws Exception {
        openConversation(25);
        Path file = folder.resolve("call.json");

        export.export(ExportFormat.JSON, file);

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.LOADING);
        assertThat(export.busyProperty().get()).isTrue();
        assertThat(export.canExportProperty().get()).as("one export at a time").isFalse();
        assertThat(export.messageProperty().get()).isEqualTo("Loading 10 of 25 messages…");
        assertThat(export.progressProperty().get()).isEqualTo(0.4);
        assertThat(transcript.loadingAllProperty().get()).isTrue();

        while (transcript.stateProperty().get() != TranscriptState.COMPLETE) {
            background.poll().run(); // the remaining pages, one request at a time
        }
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.WRITING);
        assertThat(export.messageProperty().get()).isEqualTo("Writing 25 messages to " + file + "…");
        assertThat(Files.exists(file)).as("written off the FX thread, not yet").isFalse();

        runBackground();
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(export.messageProperty().get())
                .isEqualTo("Exported 25 messages as JSON to " + file + " ("
                        + com.transcriptviewer.text.SizeFormat.bytes(Files.size(file)) + ").");
        List<Message> written =
                WireFormat.shared().parseMessagePage(Files.readAllBytes(file)).items();
        assertThat(written)
                .extracting(Message::text)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 25)
                        .mapToObj(i -> "m" + i)
                        .toArray(String[]::new));
        assertThat(export.lastFolderProperty().get()).isEqualTo(folder);

        export.dismiss();
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(export.messageProperty().get()).isEmpty();
    }

    @Test
    void aCompleteConversationIsWrittenAtOnceWithTheHeaderAndAnAddedExtension() throws Exception {
        openConversation(4);
        export.export(ExportFormat.MARKDOWN, folder.resolve("call"));
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.WRITING);
        runBackground();

        Path file = folder.resolve("call.md");
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(Files.readString(file))
                .startsWith("# Call: billing/refund?\n\n- Conversation id: `c1`\n"
                        + "- Channel: Phone call\n- Messages: 4\n");
    }

    @Test
    void theChecksAndInsightsOnShowWhenWritingStartsGoIntoTheFile() throws Exception {
        List<ConversationInsights> asked = new java.util.ArrayList<>();
        ConversationInsights insights = new ConversationInsights(
                List.of(new InsightResult(
                        "i1", "Summary", InsightResult.Status.COMPLETED, "Refund agreed.", List.of(), null, true)),
                ConversationInsights.State.COMPLETE);
        ExportViewModel withExtras = new ExportViewModel(
                transcript,
                new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK),
                executors,
                SecretScrubber::none,
                () -> new ToolCallChecks("Billing bot", Map.of()),
                () -> {
                    asked.add(insights);
                    return insights;
                });
        openConversation(4);

        withExtras.export(ExportFormat.MARKDOWN, folder.resolve("call.md"));
        assertThat(asked).as("asked on the FX side, as writing starts").hasSize(1);
        runBackground();

        assertThat(Files.readString(folder.resolve("call.md")))
                .contains("- Tool-call checks: Billing bot\n")
                .contains("## Insights\n\n**Summary** · Completed\n\nRefund agreed.\n\n## Transcript");
    }

    @Test
    void theReviewersVerdictsAreReadOffTheFxThreadAndGoIntoTheFile() throws Exception {
        List<String> askedFor = new java.util.ArrayList<>();
        com.transcriptviewer.model.ReviewEntry verdict = new com.transcriptviewer.model.ReviewEntry(
                "e1",
                com.transcriptviewer.model.ReviewItem.conversation("c1"),
                "ana",
                com.transcriptviewer.model.Verdict.CORRECT,
                "Refund was right",
                List.of("billing"),
                null,
                java.time.Instant.parse("2025-03-15T08:00:00Z"));
        ExportViewModel withReviews = new ExportViewModel(
                transcript,
                new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK),
                executors,
                SecretScrubber::none,
                () -> ToolCallChecks.NONE,
                () -> ConversationInsights.NONE,
                id -> {
                    askedFor.add(id);
                    return List.of(verdict);
                });
        openConversation(4);

        withReviews.export(ExportFormat.HTML, folder.resolve("call.html"));
        assertThat(askedFor).as("not on the FX side").isEmpty();
        runBackground();

        assertThat(askedFor).containsExactly("c1");
        assertThat(withReviews.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(Files.readString(folder.resolve("call.html")))
                .contains("<section class=\"review\">")
                .contains("Refund was right");

        withReviews.export(ExportFormat.JSON, folder.resolve("call.json"));
        runBackground();
        assertThat(askedFor)
                .as("the JSON export is the API's page of messages alone")
                .hasSize(1);
    }

    @Test
    void reviewsThatCannotBeReadAreLeftOutAndTheOutcomeSaysSo() throws Exception {
        ExportViewModel withBrokenStore = new ExportViewModel(
                transcript,
                new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK),
                executors,
                SecretScrubber::none,
                () -> ToolCallChecks.NONE,
                () -> ConversationInsights.NONE,
                id -> {
                    throw new com.transcriptviewer.store.StoreException("The review database is locked.");
                });
        openConversation(4);
        Path file = folder.resolve("call.md");

        withBrokenStore.export(ExportFormat.MARKDOWN, file);
        runBackground();

        assertThat(withBrokenStore.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(withBrokenStore.messageProperty().get())
                .startsWith("Exported 4 messages as Markdown to " + file)
                .endsWith(" The reviews were left out: The review database is locked.");
        assertThat(Files.readString(file)).doesNotContain("## Review");
    }

    @Test
    void cancelWhileLoadingStopsTheLoadAndWritesNothing() throws Exception {
        openConversation(25);
        export.export(ExportFormat.HTML, folder.resolve("call.html"));
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.LOADING);

        export.cancel();

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(export.messageProperty().get()).isEqualTo("Export cancelled. Nothing was written.");
        assertThat(transcript.loadingAllProperty().get()).isFalse();
        assertThat(export.busyProperty().get()).isFalse();
        runBackground();
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(filesInFolder()).isEmpty();
        assertThat(export.canExportProperty().get()).as("can start again").isTrue();
    }

    @Test
    void cancelWhileWritingLeavesTheExistingFileAlone() throws Exception {
        openConversation(4);
        Path file = folder.resolve("call.html");
        Files.writeString(file, "the previous export");
        export.export(ExportFormat.HTML, file);
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.WRITING);

        export.cancel();
        runBackground();

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(export.messageProperty().get()).isEqualTo("Export cancelled. " + file + " was not changed.");
        assertThat(Files.readString(file)).isEqualTo("the previous export");
        assertThat(filesInFolder()).containsExactly(file);
    }

    @Test
    void aPageThatFailsStopsTheExportInPlainWords() throws Exception {
        openConversation(25);
        source.failOnce(
                2, new ApiException(ErrorKind.NETWORK, "Can't reach api.telnyx.com.", 0, null, List.of(), null, null));
        export.export(ExportFormat.JSON, folder.resolve("call.json"));
        runBackground();

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(export.messageProperty().get())
                .isEqualTo(
                        "Could not load the whole conversation, so nothing was written: Can't reach api.telnyx.com.");
        assertThat(filesInFolder()).isEmpty();
        assertThat(transcript.loadingAllProperty().get()).isFalse();
    }

    @Test
    void anEarlierFailedPageIsRetriedByTheExport() throws Exception {
        openConversation(25);
        source.failOnce(
                2,
                new ApiException(ErrorKind.SERVER, "The Telnyx API had a problem.", 500, null, List.of(), null, null));
        transcript.loadMore();
        runBackground();
        assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.FAILED_MORE);

        export.export(ExportFormat.JSON, folder.resolve("call.json"));
        runBackground();
        runBackground();

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(WireFormat.shared()
                        .parseMessagePage(Files.readAllBytes(folder.resolve("call.json")))
                        .items())
                .hasSize(25);
    }

    @Test
    void openingAnotherConversationStopsTheExport() throws Exception {
        openConversation(25);
        source.add("c2", 3);
        export.export(ExportFormat.JSON, folder.resolve("call.json"));

        transcript.open(source, "c2");
        runBackground();

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(export.messageProperty().get()).startsWith("Export stopped: another conversation was opened.");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void anUnwritableTargetIsReportedBeforeAnythingLoads() {
        openConversation(25);
        Path file = folder.resolve("missing").resolve("call.json");

        export.export(ExportFormat.JSON, file);

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(export.messageProperty().get())
                .isEqualTo("Could not export: The folder " + file.getParent() + " does not exist.");
        assertThat(transcript.loadingAllProperty().get()).isFalse();
    }

    @Test
    void suggestedNamesAreSafeFileNames() {
        openConversation(3);
        assertThat(export.suggestedFileName(ExportFormat.HTML)).isEqualTo("Call_ billing_refund_ c1.html");
        assertThat(ExportViewModel.withExtension(Path.of("a", "call"), ExportFormat.JSON))
                .isEqualTo(Path.of("a", "call.json"));
        assertThat(ExportViewModel.withExtension(Path.of("a", "call.txt"), ExportFormat.JSON))
                .isEqualTo(Path.of("a", "call.txt"));
    }
}
