package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.export.ConversationExporter;
import com.transcriptviewer.export.ExportDocument;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportViewModel;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PNGs of the export for review by eye ({@code mvn -Pscreenshots verify}, into {@code target/screenshots/}): the
 * status-bar strip while loading and when done, light and dark; and, when a headless Chromium is installed, the
 * exported HTML page as a browser renders it in light and dark (that part is optional and skipped without one).
 */
@Tag("screenshots")
class ExportScreenshots extends WindowTest {

    private static final Path DIR = WindowFixture.SCREENSHOTS;

    @TempDir
    Path out;

    @Test
    void exportStripWhileLoadingAndWhenDone() throws Exception {
        try (WindowFixture window = WindowFixture.demo(stage, home, "--conversation", DemoData.STRESS_TEST_ID)) {
            window.awaitFirstPage();
            ExportViewModel export = window.desktop().export();
            // Slow pages keep the strip in its loading state long enough to be seen.
            window.demoServer().setFaults(DemoFaults.NONE.withLatencyMillis(400));
            onFx(() -> export.export(ExportFormat.HTML, out.resolve("stress.html")));
            waitUntil(() -> onFxTrue(() -> export.messageProperty().get().startsWith("Loading")
                    && window.transcript().loadedMessagesProperty().get() >= 300));
            shoot(window, "export-loading-light.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "export-loading-dark.png");
            onFx(export::cancel);
            window.demoServer().setFaults(DemoFaults.NONE);

            window.open(DemoData.APPOINTMENT_BOOKING_ID);
            window.awaitFirstPage();
            onFx(() -> export.export(ExportFormat.MARKDOWN, out.resolve("booking.md")));
            waitUntil(() -> onFxTrue(() -> export.phaseProperty().get() == ExportViewModel.Phase.DONE));
            shoot(window, "export-done-dark.png");
            onFx(() -> window.desktop().mainViewModel().toggleTheme());
        }
    }

    /** Optional: renders the exported page in headless Chromium, light and dark, and reads back its DOM. */
    @Test
    void exportedHtmlInABrowser() throws Exception {
        Optional<String> browser = findBrowser();
        Assumptions.assumeTrue(browser.isPresent(), "no headless Chromium installed");
        Path page = out.resolve("qa.html");
        int status = Launcher.run(
                new String[] {"--demo", "--export", DemoData.QA_EDGE_CASES_ID, "--out", page.toString()},
                java.util.Map.of(),
                System.out,
                System.err);
        assertThat(status).isZero();

        Files.createDirectories(DIR);
        for (String scheme : List.of("light", "dark")) {
            Path png = DIR.resolve("export-html-" + scheme + ".png").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    browser.get(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--hide-scrollbars",
                    "--window-size=1100,1600",
                    "--screenshot=" + png));
            if (scheme.equals("dark")) {
                command.add("--force-dark-mode");
            }
            command.add(page.toUri().toString());
            run(command);
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
        String dom = run(List.of(
                browser.get(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--dump-dom",
                page.toUri().toString()));
        int bubbles = dom.split("<article class=\"bubble ", -1).length - 1;
        assertThat(bubbles).isEqualTo(DemoData.generate().messageCount(DemoData.QA_EDGE_CASES_ID));
        assertThat(dom).doesNotContain("<script");
    }

    /**
     * Optional: the dental booking call exported with Telnyx's insights and its tool calls' checks (one passes, one
     * misses a field, one could not be checked), rendered in headless Chromium, light and dark.
     */
    @Test
    void exportWithInsightsAndChecksInABrowser() throws Exception {
        Optional<String> browser = findBrowser();
        Assumptions.assumeTrue(browser.isPresent(), "no headless Chromium installed");
        String id = DemoData.APPOINTMENT_BOOKING_ID;
        List<Message> messages = DemoData.generate().messages(id);
        Map<Integer, List<ToolCallCheck>> checks = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            List<ToolCallCheck> calls = new ArrayList<>();
            for (ToolCall call : messages.get(i).toolCalls()) {
                calls.add(
                        switch (call.functionName()) {
                            case "check_availability" ->
                                new ToolCallCheck(
                                        ToolCallCheck.Status.OK,
                                        List.of(),
                                        "Checked against Scheduler, version 20250401T090000.",
                                        Optional.empty());
                            case "book_appointment" ->
                                new ToolCallCheck(
                                        ToolCallCheck.Status.SCHEMA_MISMATCH,
                                        List.of(
                                                new ToolCallCheck.Problem(
                                                        "/patient/insurance_id",
                                                        "insurance_id is required but missing."),
                                                new ToolCallCheck.Problem(
                                                        "/service",
                                                        "service should be one of checkup, filling; it is \"cleaning\".")),
                                        "Checked against Scheduler, version 20250401T090000.",
                                        Optional.empty());
                            default ->
                                ToolCallCheck.noDefinition("No definition: " + call.functionName()
                                        + " is a built-in tool without parameters.");
                        });
            }
            if (!calls.isEmpty()) {
                checks.put(i, calls);
            }
        }
        ConversationInsights insights = new ConversationInsights(
                List.of(
                        new InsightResult(
                                "ins-summary",
                                "Summary",
                                InsightResult.Status.COMPLETED,
                                InsightsWindow.SUMMARY,
                                List.of(),
                                java.time.Instant.parse("2025-04-17T15:50:12Z"),
                                true),
                        new InsightResult(
                                "ins-outcome",
                                "Call outcome",
                                InsightResult.Status.COMPLETED,
                                InsightsWindow.OUTCOME,
                                List.of(
                                        new InsightResult.Field("resolved", "true"),
                                        new InsightResult.Field("appointment.slot", "2025-04-22T15:00:00-05:00"),
                                        new InsightResult.Field("follow_up", "text reminder, none needed")),
                                java.time.Instant.parse("2025-04-17T15:50:12Z"),
                                false),
                        new InsightResult(
                                "ins-csat",
                                "Customer satisfaction",
                                InsightResult.Status.IN_PROGRESS,
                                "",
                                List.of(),
                                java.time.Instant.parse("2025-04-17T15:52:00Z"),
                                false)),
                ConversationInsights.State.PENDING);
        ExportDocument document = new ExportDocument(
                id,
                "Lakeside Dental - book a cleaning",
                "phone_call",
                messages,
                new ToolCallChecks("Scheduler, version 20250401T090000", checks),
                insights);
        Path page = out.resolve("insights.html");
        new ConversationExporter(java.time.ZoneOffset.UTC, java.time.Clock.systemUTC())
                .export(document, ExportFormat.HTML, page, SecretScrubber.none(), new CancelToken());

        Files.createDirectories(DIR);
        for (String scheme : List.of("light", "dark")) {
            Path png = DIR.resolve("export-html-insights-" + scheme + ".png").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    browser.get(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--hide-scrollbars",
                    "--window-size=1100,1800",
                    "--screenshot=" + png));
            if (scheme.equals("dark")) {
                command.add("--force-dark-mode");
            }
            command.add(page.toUri().toString());
            run(command);
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
        String dom = run(List.of(
                browser.get(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--dump-dom",
                page.toUri().toString()));
        assertThat(dom).contains("<section class=\"insights\">").doesNotContain("<script");
        assertThat(dom.split("class=\"check ", -1).length - 1).isEqualTo(4);
    }

    private static boolean onFxTrue(java.util.concurrent.Callable<Boolean> condition) {
        try {
            return onFx(condition);
        } catch (Exception e) {
            return false;
        }
    }

    private static Optional<String> findBrowser() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static void shoot(WindowFixture window, String name) throws Exception {
        window.screenshot(name);
        assertThat(Files.size(DIR.resolve(name))).isGreaterThan(10_000);
    }
}
