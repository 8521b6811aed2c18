package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.settings.Settings;
import com.transcriptviewer.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands reach the API where the window does: {@code --base-url}, then {@code TELNYX_BASE_URL}, then
 * the base URL saved in Settings. A user whose Settings name another server (a gateway, a regional endpoint) gets the
 * same conversations from {@code --export} and {@code --check} as from the window, not "No conversation with id".
 */
class HeadlessBaseUrlTest {

    private static final String ID = DemoData.APPOINTMENT_BOOKING_ID;
    /** A loopback port nothing listens on: a command sent there could not load anything. */
    private static final String NOWHERE = "http://127.0.0.1:1/v2";

    @TempDir
    Path home;

    private static DemoServer api;

    @BeforeAll
    static void startApi() throws IOException {
        // The demo server speaks the API's wire format and takes any key.
        api = DemoServer.start(DemoData.generate());
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    /** A user's environment in a home of the test's own, with a key set and {@code savedBaseUrl} in Settings. */
    private Map<String, String> env(String savedBaseUrl) throws IOException {
        Map<String, String> env = CommandRun.homeFolders(home);
        env.put("TELNYX_API_KEY", "KEY0123456789abcdef");
        new SettingsStore(AppDirs.forCurrentUser(env).configDir(), Clock.systemUTC())
                .save(Settings.defaults().withBaseUrl(savedBaseUrl));
        return env;
    }

    private static CommandRun launch(Map<String, String> env, String... args) {
        return CommandRun.launch(env, args);
    }

    @Test
    void theBaseUrlSavedInSettingsIsUsed() throws Exception {
        Map<String, String> env = env(api.baseUrl());
        Path file = home.resolve("call.md");

        CommandRun export = launch(env, "--export", ID, "--out", file.toString());
        CommandRun check = launch(env, "--check", ID);

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.readString(file)).startsWith("# Lakeside Dental - book a cleaning\n");
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.out()).contains(ID + ": ");
    }

    @Test
    void theEnvironmentAndTheCommandLineStillWinOverSettings() throws Exception {
        Map<String, String> env = env(NOWHERE);
        env.put("TELNYX_BASE_URL", api.baseUrl());

        CommandRun fromEnvironment =
                launch(env, "--export", ID, "--out", home.resolve("a.json").toString());
        env.put("TELNYX_BASE_URL", NOWHERE);
        CommandRun fromCommandLine = launch(
                env,
                "--base-url",
                api.baseUrl(),
                "--export",
                ID,
                "--out",
                home.resolve("b.json").toString());

        assertThat(fromEnvironment.status()).as(fromEnvironment.err()).isZero();
        assertThat(fromCommandLine.status()).as(fromCommandLine.err()).isZero();
    }
}
