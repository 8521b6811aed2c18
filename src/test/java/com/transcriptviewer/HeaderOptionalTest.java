package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.export.ExportCommand;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.testing.FakeInsightsApi;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.text.json.JsonFormatter;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server that serves a conversation's messages but not {@code GET /ai/conversations/{id}} (the endpoint the API's
 * own OpenAPI file for the messages describes nothing about): the window and every headless command alike read the
 * messages, and the header (name, channel, assistant) is left out. Only the messages' own 404 means "no such
 * conversation".
 */
class HeaderOptionalTest {

    private static final String ID = DemoData.APPOINTMENT_BOOKING_ID;
    private static final String KEY = "KEY0123456789abcdef";

    /** How the server fails the conversation's own endpoint. */
    enum BrokenHeader {
        NOT_FOUND,
        SERVER_ERROR,
        NOT_A_CONVERSATION
    }

    private static DemoServer demo;
    private FakeInsightsApi api;

    @BeforeAll
    static void startDemo() throws IOException {
        demo = DemoServer.start(DemoData.generate());
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void startApi() throws IOException {
        // Everything it is not told to answer (the messages above all) comes from the demo server.
        api = new FakeInsightsApi(demo.baseUrl());
    }

    @AfterEach
    void stopApi() throws IOException {
        api.close();
    }

    private void breakHeader(String id, BrokenHeader how) {
        String target = "/ai/conversations/" + id;
        switch (how) {
            case NOT_FOUND -> api.fail(target, 404, "10005", "Resource not found");
            case SERVER_ERROR -> api.fail(target, 500, "10007", "Unexpected error");
            case NOT_A_CONVERSATION -> api.answer(target, "{\"data\":{\"id\":\"" + id + "\",\"created_at\":");
        }
    }

    /** The conversation's own endpoint was asked, and failed as told: the header was tried and left out. */
    private void assertHeaderWasAsked() {
        assertThat(api.requests()).contains("/ai/conversations/" + ID);
    }

    /** Runs the command line against the stand-in server. */
    private CommandRun launch(String... args) {
        String[] withServer = new String[args.length + 2];
        withServer[0] = "--base-url";
        withServer[1] = api.baseUrl();
        System.arraycopy(args, 0, withServer, 2, args.length);
        return CommandRun.launch(Map.of("TELNYX_API_KEY", KEY), withServer);
    }

    private static List<Message> demoMessages() {
        return DemoData.generate().messages(ID);
    }

    @ParameterizedTest
    @EnumSource(BrokenHeader.class)
    void exportWritesEveryMessage(BrokenHeader how, @TempDir Path folder) throws Exception {
        breakHeader(ID, how);
        Path json = folder.resolve("call.json");
        Path markdown = folder.resolve("call.md");

        CommandRun asJson = launch("--export", ID, "--out", json.toString());
        CommandRun asMarkdown = launch("--export", ID, "--out", markdown.toString());

        assertThat(asJson.status()).as(asJson.err()).isEqualTo(ExportCommand.OK);
        assertThat(asJson.err()).isEmpty();
        List<Message> written =
                WireFormat.shared().parseMessagePage(Files.readAllBytes(json)).items();
        assertThat(written)
                .extracting(Message::text)
                .isEqualTo(demoMessages().stream().map(Message::text).toList());
        assertThat(asMarkdown.status()).as(asMarkdown.err()).isEqualTo(ExportCommand.OK);
        assertThat(Files.readString(markdown))
                .as("titled by its id, its checks saying why no assistant was found")
                .startsWith("# Conversation " + ID + "\n")
                .contains("- Messages: " + demoMessages().size() + "\n")
                .contains("the conversation's details could not be read.");
        assertHeaderWasAsked();
    }

    @ParameterizedTest
    @EnumSource(BrokenHeader.class)
    void checkChecksEveryCall(BrokenHeader how) throws Exception {
        breakHeader(ID, how);

        CommandRun run = launch("--check", ID, "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode line = new ObjectMapper().readTree(run.out().strip());
        assertThat(line.path("conversation_id").asText()).isEqualTo(ID);
        assertThat(line.path("assistant").isNull()).isTrue();
        assertThat(line.path("basis").asText()).contains("the conversation's details could not be read.");
        long calls = demoMessages().stream()
                .mapToLong(message -> message.toolCalls().size())
                .sum();
        assertThat(line.path("tool_calls")).hasSize((int) calls);
        assertThat(line.path("tool_calls").findValuesAsText("status")).containsOnly("no_definition");
        assertHeaderWasAsked();
    }

    @ParameterizedTest
    @EnumSource(BrokenHeader.class)
    void theWindowsTranscriptShowsEveryMessage(BrokenHeader how) {
        breakHeader(ID, how);
        Deque<Runnable> work = new ArrayDeque<>();
        TranscriptViewModel transcript = new TranscriptViewModel(
                new ConversationLoader(work::add),
                new FxExecutors(work::add, Runnable::run, (delay, task) -> () -> {}),
                new BubbleContext(new JsonFormatter(), Runnable::run, Runnable::run, TimeFormat.local()));

        try (Connection connection = Connection.api(api.baseUrl(), ApiKey.of(KEY))) {
            transcript.open(new ApiTranscriptSource(connection), ID);
            transcript.loadAll();
            while (!work.isEmpty()) {
                work.poll().run();
            }
        }

        assertThat(transcript.stateProperty().get()).isEqualTo(TranscriptState.COMPLETE);
        assertThat(transcript.messages())
                .extracting(Message::text)
                .isEqualTo(demoMessages().stream().map(Message::text).toList());
        assertThat(transcript.headerSettledProperty().get()).isTrue();
        assertThat(transcript.headerProperty().get()).isNull();
        assertHeaderWasAsked();
    }

    /** The messages' own 404 is an unknown conversation, on every path: exit 3 with the API's plain sentence. */
    @Test
    void anIdWhoseMessagesAreNotFoundIsStillUnknown(@TempDir Path folder) {
        String unknown = "00000000-0000-4000-8000-000000000000";
        breakHeader(unknown, BrokenHeader.SERVER_ERROR);
        Path file = folder.resolve("call.json");

        CommandRun export = launch("--export", unknown, "--out", file.toString());
        CommandRun check = launch("--check", unknown);

        String line = "transcript-viewer: could not load conversation " + unknown + ": No conversation with id "
                + unknown + "." + System.lineSeparator();
        assertThat(export.status()).isEqualTo(ExportCommand.LOAD_FAILED);
        assertThat(export.err()).isEqualTo(line);
        assertThat(Files.exists(file)).isFalse();
        assertThat(check.status()).isEqualTo(3);
        assertThat(check.err()).isEqualTo(line);
        assertThat(check.out()).isEmpty();
    }
}
