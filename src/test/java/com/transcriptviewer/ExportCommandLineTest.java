package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.export.ExportCommand;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportRequest;
import com.transcriptviewer.model.Message;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export}: no window, all pages, one line on success or failure, exit statuses scripts can rely on. */
class ExportCommandLineTest {

    private static final String ID = DemoData.APPOINTMENT_BOOKING_ID;

    @TempDir
    Path folder;

    private static CommandRun launch(Map<String, String> env, String... args) {
        return CommandRun.launch(env, args);
    }

    private List<Path> filesInFolder() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    // ---- parsing -------------------------------------------------------------------------------------------------

    @Test
    void exportOptionsAreRead() throws Exception {
        StartupOptions options = CommandLine.parse(List.of("--export", ID, "--format", "md", "--out", "a/b.txt"));
        assertThat(options.export()).contains(new ExportRequest(ID, ExportFormat.MARKDOWN, Path.of("a/b.txt")));
        assertThat(CommandLine.parse(List.of("--export", ID, "--out", "x.HTML"))
                        .export()
                        .orElseThrow()
                        .format())
                .as("format from the extension")
                .isEqualTo(ExportFormat.HTML);
        assertThat(CommandLine.parse(List.of(
                                "--export", "https://portal.telnyx.com/#/ai/conversations/" + ID, "--out", "x.json"))
                        .export()
                        .orElseThrow()
                        .conversationId())
                .as("a link works")
                .isEqualTo(ID);
        assertThat(CommandLine.parse(List.of()).export()).isEmpty();
    }

    @Test
    void badExportOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--export", ID, "--format", "pdf", "--out", "x.pdf")))
                .hasMessage("--format must be json, md or html, not pdf.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--export", ID, "--out", "x.txt")))
                .hasMessage("--out x.txt: add --format json, md or html (the file name does not say which).");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--export", ID)))
                .hasMessage("--export needs --out PATH, the file to write.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--out", "x.json")))
                .hasMessage("--format and --out only apply to --export and --export-reviews.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--export", ID, "--out", "x.json", "--serve-demo")))
                .hasMessageContaining("--export runs without a window");
    }

    // ---- running -------------------------------------------------------------------------------------------------

    @Test
    void exportsJsonFromTheDemoWithEveryMessage() throws Exception {
        Path file = folder.resolve("call.json");
        CommandRun run = launch(Map.of(), "--demo", "--export", DemoData.PARALLEL_TOOLS_ID, "--out", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<Message> messages =
                WireFormat.shared().parseMessagePage(Files.readAllBytes(file)).items();
        List<Message> expected = DemoData.generate().messages(DemoData.PARALLEL_TOOLS_ID);
        assertThat(messages).hasSameSizeAs(expected);
        assertThat(messages)
                .extracting(Message::text)
                .isEqualTo(expected.stream().map(Message::text).toList());
        assertThat(run.out())
                .isEqualTo("Exported " + expected.size() + " messages as JSON to " + file.toAbsolutePath() + " ("
                        + com.transcriptviewer.text.SizeFormat.bytes(Files.size(file)) + ")." + System.lineSeparator());
    }

    @Test
    void redactMasksPersonalDataInTheFileAndNothingOnDisk() throws Exception {
        assertThat(CommandLine.parse(List.of("--export", ID, "--out", "x.md", "--redact"))
                        .export()
                        .orElseThrow()
                        .redact())
                .isTrue();
        assertThatThrownBy(() -> CommandLine.parse(List.of("--redact")))
                .hasMessage("--redact only applies to --export.");

        Path file = folder.resolve("booking.md");
        CommandRun run =
                launch(Map.of(), "--demo", "--export", DemoData.TOOL_ERRORS_ID, "--out", file.toString(), "--redact");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Personal data masked.");
        assertThat(Files.readString(file))
                .doesNotContain("+13125550148", "312-555-0148", "3125550148")
                .contains("+1312•••••48", "312-•••-••48");

        Path plain = folder.resolve("plain.md");
        assertThat(launch(Map.of(), "--demo", "--export", DemoData.TOOL_ERRORS_ID, "--out", plain.toString())
                        .status())
                .isZero();
        assertThat(Files.readString(plain)).contains("+13125550148");
    }

    @Test
    void exportsMarkdownFromTheDemo() throws Exception {
        Path file = folder.resolve("call.md");
        CommandRun run = launch(Map.of(), "--demo", "--export", ID, "--format", "md", "--out", file.toString());

        assertThat(run.status()).isZero();
        String markdown = Files.readString(file);
        assertThat(markdown)
                .startsWith("# Lakeside Dental - book a cleaning\n\n- Conversation id: `" + ID + "`\n"
                        + "- Channel: Phone call\n- Messages: 20\n");
    }

    @Test
    void exportsHtmlFromTheDemo() throws Exception {
        Path file = folder.resolve("call.html");
        CommandRun run = launch(Map.of(), "--demo", "--export", DemoData.QA_EDGE_CASES_ID, "--out", file.toString());

        assertThat(run.status()).isZero();
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        int expected = DemoData.generate().messageCount(DemoData.QA_EDGE_CASES_ID);
        assertThat(page.select("article.bubble")).hasSize(expected);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("article.bubble.unknown")).isNotEmpty();
        assertThat(page.select("details.tool-card")).isNotEmpty();
        assertThat(filesInFolder()).containsExactly(file);
    }

    @Test
    void theMarkdownExportCarriesEachCallsCheckAndTheInsights() throws Exception {
        Path file = folder.resolve("bistro.md");
        CommandRun run = launch(Map.of(), "--demo", "--export", DemoData.TOOL_ERRORS_ID, "--out", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String markdown = Files.readString(file);
        assertThat(markdown)
                .contains("## Insights")
                .contains("schema_mismatch")
                .contains("/party_size")
                .contains("unknown_function")
                .contains("Checked against Bistro Verde");
    }

    @Test
    void anUnknownConversationFailsWithOneClearLine() {
        String unknown = "00000000-0000-4000-8000-000000000000";
        Path file = folder.resolve("call.json");
        CommandRun run = launch(Map.of(), "--demo", "--export", unknown, "--out", file.toString());

        assertThat(run.status()).isEqualTo(ExportCommand.LOAD_FAILED);
        assertThat(run.err())
                .isEqualTo("transcript-viewer: could not load conversation " + unknown + ": No conversation with id "
                        + unknown + "." + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aBadFormatIsAUsageError() {
        CommandRun run = launch(
                Map.of(),
                "--demo",
                "--export",
                ID,
                "--format",
                "pdf",
                "--out",
                folder.resolve("x.pdf").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("transcript-viewer: --format must be json, md or html, not pdf.");
    }

    @Test
    void anUnwritableOutFailsBeforeLoadingAndLeavesNothing() throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("call.json");
        CommandRun run = launch(Map.of(), "--demo", "--export", ID, "--out", missing.toString());
        assertThat(run.status()).isEqualTo(ExportCommand.WRITE_FAILED);
        assertThat(run.err())
                .isEqualTo("transcript-viewer: cannot write " + missing + ": The folder " + missing.getParent()
                        + " does not exist." + System.lineSeparator());

        Path aFolder = Files.createDirectory(folder.resolve("calls.json"));
        CommandRun intoFolder = launch(Map.of(), "--demo", "--export", ID, "--out", aFolder.toString());
        assertThat(intoFolder.status()).isEqualTo(ExportCommand.WRITE_FAILED);
        assertThat(intoFolder.err()).contains("is a folder");
        assertThat(filesInFolder()).containsExactly(aFolder);
    }

    @Test
    void withoutAKeyOrDemoItSaysHowToGetOne() {
        CommandRun run = launch(
                Map.of(), "--export", ID, "--out", folder.resolve("x.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("transcript-viewer: --export needs an API key: set TELNYX_API_KEY,"
                        + " or add --demo to export from the built-in demo data.");
    }

    @Test
    void theApiKeyIsUsedButNeverWrittenEvenWhenTheServerEchoesIt() throws Exception {
        String key = "KEY01959F3B2C7A4E8D_verysecret";
        List<String> authorizations = new ArrayList<>();
        MockWebServer api = new MockWebServer();
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                synchronized (authorizations) {
                    authorizations.add(request.getHeaders().get("Authorization"));
                }
                String path = request.getUrl().encodedPath();
                String body = path.endsWith("/messages")
                        ? "{\"data\":[{\"role\":\"user\",\"text\":\"my key: " + key + "\","
                                + "\"created_at\":\"2025-03-14T13:05:13Z\",\"metadata\":{}}],"
                                + "\"meta\":{\"total_pages\":1,\"total_results\":1,\"page_number\":1,\"page_size\":100}}"
                        : "{\"data\":{\"id\":\"" + ID + "\",\"name\":\"Echo " + key + "\",\"created_at\":"
                                + "\"2025-03-14T13:05:13Z\",\"metadata\":{}}}";
                return new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "application/json")
                        .body(body)
                        .build();
            }
        });
        api.start();
        try {
            for (ExportFormat format : ExportFormat.values()) {
                Path file = folder.resolve("call." + format.extension());
                CommandRun run = launch(
                        Map.of("TELNYX_API_KEY", key),
                        "--base-url",
                        api.url("/v2").toString(),
                        "--export",
                        ID,
                        "--out",
                        file.toString());

                assertThat(run.status()).as(run.err()).isZero();
                assertThat(Files.readString(file)).doesNotContain(key).contains("redacted");
                assertThat(run.out() + run.err()).doesNotContain(key);
            }
        } finally {
            api.close();
        }
        assertThat(authorizations).isNotEmpty().allSatisfy(h -> assertThat(h).isEqualTo("Bearer " + key));
    }

    /** The headless commands use no JavaFX: taken off the class path, none is missed, and none is loaded. */
    @Test
    void theHeadlessExportLoadsNoJavaFxClass() throws Exception {
        Path file = folder.resolve("call.json");
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
                "--export",
                ID,
                "--out",
                file.toString());
        builder.environment().remove("TELNYX_API_KEY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")))
                .as("JavaFX classes loaded")
                .isEmpty();
        assertThat(output).contains("Exported 20 messages as JSON to ");
        assertThat(Files.exists(file)).isTrue();
        assertThat(withoutJavaFx).as("the class path still holds the app").contains("classes");
        assertThat(classPath).as("JavaFX was on the class path to take off").contains("javafx");
    }

    /** A JVM of its own without a display: nothing of JavaFX may start, and the status is the process's. */
    @Test
    void runsAsAProcessWithoutADisplay() throws Exception {
        Path file = folder.resolve("call.md");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                "--demo",
                "--export",
                ID,
                "--out",
                file.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("TELNYX_API_KEY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.strip()).startsWith("Exported 20 messages as Markdown to ");
        assertThat(Files.readString(file)).startsWith("# Lakeside Dental");
    }
}
