package com.transcriptviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.Launcher;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from JVM start to the first laid-out frame, and to the frame that shows the first transcript page: the app
 * ({@code Launcher --demo} with the first-frame probe, or with {@code --exit-after-first-page}) against a one-label
 * window, each in fresh child JVMs with the same java, flags and class path, alternating.
 */
@Tag("bench")
class StartupBenchmark {

    /** One start-up on two busy cores varies by a tenth either way; the medians of eleven runs vary far less. */
    private static final int RUNS = 11;

    @TempDir
    Path home;

    @Test
    void firstFrameOfTheAppAgainstAMinimalWindow() throws Exception {
        // One unmeasured run of each first: the OS file cache, not the app, decides the very first start.
        firstFrameMillis(MinimalWindowProbe.class.getName());
        firstFrameMillis(Launcher.class.getName(), "--demo");
        List<Long> app = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            minimal.add(firstFrameMillis(MinimalWindowProbe.class.getName()));
            app.add(firstFrameMillis(Launcher.class.getName(), "--demo"));
        }
        double appMedian = median(app);
        double minimalMedian = median(minimal);
        System.out.println("startup runs app=" + app + " minimal=" + minimal);
        Bench.report("startup_first_frame_app_ms", appMedian, "ms");
        Bench.report("startup_first_frame_minimal_ms", minimalMedian, "ms");
        Bench.report("startup_first_frame_ratio", appMedian / minimalMedian, "x");
        assertThat(app).allSatisfy(ms -> assertThat(ms).isPositive());
    }

    /** The goal: the first page's bubbles within 1.6 times the time a one-label window takes to its first frame. */
    @Test
    void firstBubblesOfTheAppAgainstAMinimalWindow() throws Exception {
        firstFrameMillis(MinimalWindowProbe.class.getName());
        firstPageMillis();
        List<Long> app = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            minimal.add(firstFrameMillis(MinimalWindowProbe.class.getName()));
            app.add(firstPageMillis());
        }
        double appMedian = median(app);
        double minimalMedian = median(minimal);
        System.out.println("first bubbles runs app=" + app + " minimal=" + minimal);
        Bench.report("startup_first_bubbles_app_ms", appMedian, "ms");
        Bench.report("startup_first_bubbles_vs_minimal_first_frame_ratio", appMedian / minimalMedian, "x");
        assertThat(app).allSatisfy(ms -> assertThat(ms).isGreaterThan(0));
    }

    /**
     * Started in privacy mode (the Settings default), the first page is searched for personal data off the FX thread
     * before it is shown, and libphonenumber loads beside the first page's request: its first bubbles against the same
     * app's with the mode off, alternating.
     */
    @Test
    void firstBubblesInPrivacyModeAgainstTheModeOff() throws Exception {
        Path privateHome = home.resolve("private");
        Path settings =
                privateHome.resolve("config").resolve("transcript-viewer").resolve("settings.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{\"privacy_by_default\": true}");
        firstPageMillis(home);
        firstPageMillis(privateHome);
        List<Long> off = new ArrayList<>();
        List<Long> on = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            off.add(firstPageMillis(home));
            on.add(firstPageMillis(privateHome));
        }
        System.out.println("first bubbles runs privacy off=" + off + " on=" + on);
        Bench.report("startup_first_bubbles_privacy_off_ms", median(off), "ms");
        Bench.report("startup_first_bubbles_privacy_on_ms", median(on), "ms");
        assertThat(on).allSatisfy(ms -> assertThat(ms).isGreaterThan(0));
    }

    private long firstFrameMillis(String mainClass, String... args) throws IOException, InterruptedException {
        return startMillis("FIRST_FRAME_MS ", true, mainClass, args);
    }

    /** The app on demo data, to the pulse that lays out its first page. */
    private long firstPageMillis() throws IOException, InterruptedException {
        return firstPageMillis(home);
    }

    /** As {@link #firstPageMillis()}, with its settings and data under {@code under}. */
    private long firstPageMillis(Path under) throws IOException, InterruptedException {
        return startMillis(
                under, "FIRST_PAGE_MS ", false, Launcher.class.getName(), "--demo", "--exit-after-first-page");
    }

    private long startMillis(String prefix, boolean frameProbe, String mainClass, String... args)
            throws IOException, InterruptedException {
        return startMillis(home, prefix, frameProbe, mainClass, args);
    }

    private long startMillis(Path under, String prefix, boolean frameProbe, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        if (frameProbe) {
            command.add("-Dtranscriptviewer.probe=first-frame");
        }
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("TELNYX_API_KEY");
        env.put("XDG_CONFIG_HOME", under.resolve("config").toString());
        env.put("XDG_DATA_HOME", under.resolve("data").toString());
        env.put("XDG_STATE_HOME", under.resolve("state").toString());
        env.put("XDG_CACHE_HOME", under.resolve("cache").toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(mainClass + " did not exit");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        for (String line : output.split("\\R")) {
            if (line.startsWith(prefix)) {
                return Long.parseLong(line.substring(prefix.length()).trim().split(" ")[0]);
            }
        }
        throw new AssertionError(mainClass + " printed no " + prefix.trim() + " line:\n" + output);
    }

    /** The headless flags this JVM runs with (the pom's headless.argLine), so both windows start alike. */
    private static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Dglass")
                    || arg.startsWith("-Dmonocle")
                    || arg.startsWith("-Dprism")
                    || arg.startsWith("-Djava.awt.headless")
                    || arg.startsWith("-Xmx")) {
                flags.add(arg);
            }
        }
        return flags;
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire == null || surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
