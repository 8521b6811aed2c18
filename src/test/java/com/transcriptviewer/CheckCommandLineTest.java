package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.assistant.CheckCommand;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check} as a QA pipeline runs it: statuses, the lines it prints, the JSON shape and the exit status. */
class CheckCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** What a run printed, one JSON document a line. */
    private static List<JsonNode> jsonLines(CommandRun run) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\\R")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static CommandRun launch(String... args) {
        return CommandRun.launch(Map.of(), args);
    }

    @Test
    void callsThatBreakTheirDefinitionsArePrintedOneALineAndTheStatusIsOne() {
        CommandRun run = launch("--demo", "--check", DemoData.TOOL_ERRORS_ID);

        assertThat(run.status()).as(run.err()).isEqualTo(CheckCommand.PROBLEMS);
        List<String> lines = run.out().strip().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1))
                .hasSize(13)
                .allSatisfy(line -> assertThat(line).startsWith(DemoData.TOOL_ERRORS_ID + " message "));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("message 2 check_table_availability")
                        .contains(": schema_mismatch — /party_size "))
                .anySatisfy(line -> assertThat(line).contains("reserve_parking").contains(": unknown_function"))
                .anySatisfy(line ->
                        assertThat(line).contains("message 36 book_table").contains(": invalid_json"));
        assertThat(lines.get(lines.size() - 1))
                .startsWith(DemoData.TOOL_ERRORS_ID + ": 17 tool calls, 13 with problems. Checked against ");
    }

    @Test
    void theJsonShapeHasEveryCallWithItsStatusAndProblems() throws Exception {
        CommandRun run = launch("--demo", "--check", DemoData.TOOL_ERRORS_ID, "--format", "json");

        assertThat(run.status()).isEqualTo(CheckCommand.PROBLEMS);
        JsonNode conversation = jsonLines(run).get(0);
        assertThat(conversation.path("conversation_id").asText()).isEqualTo(DemoData.TOOL_ERRORS_ID);
        assertThat(conversation.path("assistant").path("id").asText()).isEqualTo(DemoData.BISTRO_ASSISTANT_ID);
        assertThat(conversation.path("assistant").path("name").asText()).isNotBlank();
        JsonNode calls = conversation.path("tool_calls");
        assertThat(calls).hasSize(17);
        JsonNode partySize = calls.get(0);
        assertThat(partySize.path("message_index").asInt()).isEqualTo(2);
        assertThat(partySize.path("function").asText()).isEqualTo("check_table_availability");
        assertThat(partySize.path("id").asText()).isNotBlank();
        assertThat(partySize.path("status").asText()).isEqualTo("schema_mismatch");
        assertThat(partySize.path("problems").get(0).path("pointer").asText()).isEqualTo("/party_size");
        assertThat(partySize.path("problems").get(0).path("message").asText()).contains("party_size");
    }

    @Test
    void severalConversationsGiveOneLineEachAndCleanOnesExitZero() throws Exception {
        CommandRun run = launch(
                "--demo",
                "--check",
                DemoData.APPOINTMENT_BOOKING_ID,
                DemoData.OLD_VERSION_ID,
                DemoData.VERSION_MISSING_ID,
                "--format",
                "json");

        assertThat(run.status()).as(run.err()).isEqualTo(CheckCommand.OK);
        List<JsonNode> lines = jsonLines(run);
        assertThat(lines).hasSize(3);
        for (JsonNode line : lines) {
            assertThat(line.path("tool_calls"))
                    .allSatisfy(call -> assertThat(call.path("status").asText()).isEqualTo("ok"));
        }
        assertThat(lines.get(1).path("assistant").path("version_id").asText())
                .as("the older version the conversation names")
                .isEqualTo(DemoData.SHOP_OLD_VERSION_ID);
        assertThat(lines.get(2).path("basis").asText())
                .contains("current version")
                .contains(DemoData.MISSING_VERSION_ID + " was not found");
    }

    @Test
    void anAssistantThatIsGoneLeavesTheCallsUncheckedAndSaysWhy() throws Exception {
        CommandRun run = launch("--demo", "--check", DemoData.ASSISTANT_GONE_ID, "--format", "json");

        assertThat(run.status()).isEqualTo(CheckCommand.OK);
        JsonNode line = jsonLines(run).get(0);
        assertThat(line.path("assistant").isNull()).isTrue();
        assertThat(line.path("basis").asText())
                .contains(DemoData.GONE_ASSISTANT_ID)
                .contains("was not found");
        assertThat(line.path("tool_calls"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.path("status").asText()).isEqualTo("no_definition"));
    }

    @Test
    void aConversationThatCannotBeLoadedExitsThree() {
        CommandRun run = launch("--demo", "--check", DemoData.APPOINTMENT_BOOKING_ID, "no-such-conversation");

        assertThat(run.status()).isEqualTo(CheckCommand.LOAD_FAILED);
        assertThat(run.err().strip())
                .isEqualTo("transcript-viewer: could not load conversation no-such-conversation: No conversation"
                        + " with id no-such-conversation.");
        assertThat(run.out()).contains(DemoData.APPOINTMENT_BOOKING_ID + ": ");
    }

    @Test
    void aTranscriptFileIsCheckedAgainstAnAssistantFileWithoutAnyKey() throws Exception {
        Path transcript = folder.resolve("bistro.json");
        Path assistant = folder.resolve("bistro-assistant.json");
        try (DemoServer server = DemoServer.start(DemoData.generate())) {
            Files.writeString(
                    transcript,
                    get(server, "/ai/conversations/" + DemoData.TOOL_ERRORS_ID + "/messages?page%5Bsize%5D=100"));
            Files.writeString(assistant, get(server, "/ai/assistants/" + DemoData.BISTRO_ASSISTANT_ID));
        }

        CommandRun checked = launch(
                "--check",
                "--file",
                transcript.toString(),
                "--assistant-file",
                assistant.toString(),
                "--format",
                "json");
        assertThat(checked.status()).as(checked.err()).isEqualTo(CheckCommand.PROBLEMS);
        JsonNode line = jsonLines(checked).get(0);
        assertThat(line.path("conversation_id").asText()).isEqualTo("bistro.json");
        assertThat(line.path("basis").asText()).contains("(from bistro-assistant.json)");

        CommandRun unchecked = launch("--check", "--file", transcript.toString());
        assertThat(unchecked.status()).isEqualTo(CheckCommand.OK);
        assertThat(unchecked.out()).contains("names no assistant; add --assistant-file PATH.");
    }

    /** As --export: taken off the class path, no JavaFX class is missed, and none is loaded. */
    @Test
    void theCheckLoadsNoJavaFxClass() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String withoutJavaFx = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("openjfx") && !entry.contains("javafx"))
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info",
                "-cp",
                withoutJavaFx,
                Launcher.class.getName(),
                "--demo",
                "--check",
                DemoData.TOOL_ERRORS_ID);
        builder.environment().remove("TELNYX_API_KEY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(CheckCommand.PROBLEMS);
        assertThat(output.lines().filter(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")))
                .as("JavaFX classes loaded")
                .isEmpty();
        assertThat(output).contains(DemoData.TOOL_ERRORS_ID + ": 17 tool calls, 13 with problems.");
    }

    @Test
    void badCheckOptionsSayWhatIsWrong() {
        assertThat(launch("--check").err()).contains("--check needs conversation ids");
        assertThat(launch("--demo", "--check", "a", "--format", "md").err())
                .contains("--format for --check must be json or text, not md.");
        assertThat(launch("--assistant-file", "x.json").err()).contains("--assistant-file only applies to --check.");
        assertThat(launch(
                                "--check",
                                "--file",
                                "t.json",
                                "--assistant-file",
                                folder.resolve("none.json").toString())
                        .err())
                .contains("--assistant-file: the file ")
                .contains("could not be read");
    }

    private static String get(DemoServer server, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                                .header("Authorization", "Bearer demo")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
