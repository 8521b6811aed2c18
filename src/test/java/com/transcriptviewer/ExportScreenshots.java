package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoFaults;
import com.transcriptviewer.export.ExportFormat;
import com.transcriptviewer.export.ExportViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
