package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window started for real (JavaFX's GTK glass, not the tests' Monocle) in a JVM of its own with no display: the
 * toolkit's start fails, and the app says so in one line and a non-zero status instead of a stack trace.
 */
@EnabledOnOs(OS.LINUX)
class WindowWithoutDisplayTest {

    @TempDir
    Path home;

    @Test
    void theWindowSaysInOneLineWhyItCannotStart() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                "--demo");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("TELNYX_API_KEY");
        // Should the toolkit start after all, nothing of the user's is touched.
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(Launcher.WINDOW_FAILED);
        List<String> lines = output.lines().toList();
        assertThat(lines).as(output).isNotEmpty();
        // Without a display this is the display's sentence; a machine that also lacks X11's or GTK's libraries gets
        // theirs instead, after JavaFX's own report of the library it could not load (it prints that itself).
        assertThat(lines.get(lines.size() - 1)).startsWith("transcript-viewer: the window could not start: ");
        assertThat(lines.subList(0, lines.size() - 1))
                .as(output)
                .allMatch(line -> line.startsWith("Loading library ")
                        || line.startsWith("java.lang.UnsatisfiedLinkError")
                        || line.startsWith("\tat ")
                        || line.matches("\\s*\\.\\.\\. \\d+ more"));
        assertThat(output).doesNotContain("Exception in thread").doesNotContain("Unsupported JavaFX configuration");
    }
}
