package com.transcriptviewer.assistant.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.assistant.AssistantFiles;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.testing.Fixtures;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking a transcript file's tool calls without a scene: it names no assistant until the user picks an assistant
 * file, which is then remembered for that transcript; checks are made off the FX thread (a queue the test drains).
 */
class ToolChecksViewModelTest {

    private static final String TRANSCRIPT = "{\"data\":["
            + "{\"role\":\"user\",\"text\":\"A table for four on Saturday, please.\","
            + "\"created_at\":\"2025-05-23T19:05:20Z\"},"
            + "{\"role\":\"assistant\",\"text\":null,\"created_at\":\"2025-05-23T19:05:22Z\",\"tool_calls\":["
            + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"book_table\","
            + "\"arguments\":\"{\\\"party_size\\\":\\\"4\\\"}\"}},"
            + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"hangup\",\"arguments\":\"{}\"}}]}"
            + "],\"meta\":{\"total_pages\":1,\"total_results\":2,\"page_number\":1,\"page_size\":100}}";

    private static final String ASSISTANT = "{\"id\":\"assistant-bistro\",\"name\":\"Bistro Verde\","
            + "\"version_id\":\"v7\",\"tools\":["
            + "{\"type\":\"webhook\",\"webhook\":{\"name\":\"book_table\",\"description\":\"Books a table\","
            + "\"body_parameters\":{\"type\":\"object\",\"properties\":{\"party_size\":{\"type\":\"integer\","
            + "\"minimum\":1,\"maximum\":12}},\"required\":[\"party_size\"]}}},"
            + "{\"type\":\"hangup\",\"hangup\":{\"description\":\"End the call\"}}]}";

    @TempDir
    Path folder;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private TranscriptViewModel transcript() {
        return new TranscriptViewModel(new ConversationLoader(background::add), executors, Fixtures.directContext());
    }

    private static List<ToolCallCheck> checks(TranscriptViewModel transcript) {
        List<ToolCallCheck> checks = new ArrayList<>();
        for (TranscriptRow row : transcript.rows()) {
            if (row instanceof TranscriptRow.MessageRow message) {
                message.bubble()
                        .toolCards()
                        .forEach(card -> checks.add(card.checkProperty().get()));
            }
        }
        return checks;
    }

    @Test
    void aTranscriptFileIsCheckedOnceAnAssistantFileIsChosenAndTheChoiceIsRemembered() throws Exception {
        Path transcriptFile = Files.writeString(folder.resolve("bistro-call.json"), TRANSCRIPT);
        Path assistantFile = Files.writeString(folder.resolve("bistro-assistant.json"), ASSISTANT);
        AssistantFiles files = new AssistantFiles(folder.resolve("config"), Clock.systemUTC());
        TranscriptViewModel transcript = transcript();
        ToolChecksViewModel checks = new ToolChecksViewModel(transcript, executors, files);

        // Indexed on the test's thread as it is asked for, so the page requests are queued when runBackground looks.
        FileTranscriptSource source = new FileTranscriptSource(transcriptFile, WireFormat.shared(), Runnable::run);
        transcript.open(source, source.displayId());
        runBackground();
        assertThat(checks.summaryProperty().get()).isEqualTo("2 tool calls · not checked");
        assertThat(checks.basisProperty().get()).startsWith("No definition: a transcript file names no assistant");
        assertThat(checks.canChooseAssistantFileProperty().get()).isTrue();
        assertThat(checks(transcript))
                .extracting(ToolCallCheck::status)
                .containsOnly(ToolCallCheck.Status.NO_DEFINITION);

        checks.chooseAssistantFile(assistantFile);
        assertThat(background).as("read and checked off the FX thread").isNotEmpty();
        runBackground();
        assertThat(checks(transcript))
                .extracting(ToolCallCheck::status)
                .containsExactly(ToolCallCheck.Status.SCHEMA_MISMATCH, ToolCallCheck.Status.OK);
        assertThat(checks(transcript).get(0).problems())
                .extracting(ToolCallCheck.Problem::pointer)
                .containsExactly("/party_size");
        assertThat(checks.summaryProperty().get()).isEqualTo("2 tool calls · 1 with problems");
        assertThat(checks.basisProperty().get())
                .isEqualTo("Checked against Bistro Verde, version v7 (from bistro-assistant.json).");
        assertThat(checks.checks().of(1, 0)).map(ToolCallCheck::status).contains(ToolCallCheck.Status.SCHEMA_MISMATCH);

        // Opened again, in a new window: the choice holds.
        TranscriptViewModel again = transcript();
        ToolChecksViewModel checksAgain = new ToolChecksViewModel(
                again, executors, new AssistantFiles(folder.resolve("config"), Clock.systemUTC()));
        again.open(new FileTranscriptSource(transcriptFile, WireFormat.shared(), Runnable::run), source.displayId());
        runBackground();
        assertThat(checksAgain.summaryProperty().get()).isEqualTo("2 tool calls · 1 with problems");
    }

    @Test
    void anAssistantFileThatIsNotAnAssistantIsSaidAndNotRemembered() throws Exception {
        Path transcriptFile = Files.writeString(folder.resolve("call.json"), TRANSCRIPT);
        Path notAnAssistant = Files.writeString(folder.resolve("notes.json"), "[1, 2, 3]");
        AssistantFiles files = new AssistantFiles(folder.resolve("config"), Clock.systemUTC());
        TranscriptViewModel transcript = transcript();
        ToolChecksViewModel checks = new ToolChecksViewModel(transcript, executors, files);
        transcript.open(new FileTranscriptSource(transcriptFile, WireFormat.shared(), Runnable::run), "call.json");
        runBackground();

        checks.chooseAssistantFile(notAnAssistant);
        runBackground();
        assertThat(checks.basisProperty().get()).startsWith("No definition: notes.json is not an assistant");
        assertThat(files.assistantFor(transcriptFile)).isEmpty();
    }

    @Test
    void nothingIsCheckedOnTheFxThreadAndALateAnswerForAnotherConversationIsDropped() throws Exception {
        Path first = Files.writeString(folder.resolve("first.json"), TRANSCRIPT);
        Path second = Files.writeString(folder.resolve("second.json"), TRANSCRIPT);
        Path assistantFile = Files.writeString(folder.resolve("assistant.json"), ASSISTANT);
        AssistantFiles files = new AssistantFiles(folder.resolve("config"), Clock.systemUTC());
        files.remember(first, assistantFile);
        TranscriptViewModel transcript = transcript();
        ToolChecksViewModel checks = new ToolChecksViewModel(transcript, executors, files);

        transcript.open(new FileTranscriptSource(first, WireFormat.shared(), Runnable::run), "first.json");
        // Run the page and the header, and stop before the check that resolving the assistant queued.
        while (checks.basisProperty().get().isEmpty()) {
            background.poll().run();
        }
        assertThat(checks(transcript)).containsOnlyNulls();
        transcript.open(new FileTranscriptSource(second, WireFormat.shared(), Runnable::run), "second.json");
        runBackground();

        assertThat(checks(transcript))
                .extracting(ToolCallCheck::status)
                .containsOnly(ToolCallCheck.Status.NO_DEFINITION);
        assertThat(checks.summaryProperty().get()).isEqualTo("2 tool calls · not checked");
    }
}
