package com.transcriptviewer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.platform.AppDirs.Os;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirsTest {

    @TempDir
    Path home;

    @Test
    void linuxDefaultsFollowXdgWhenVariablesAreUnset() {
        AppDirs dirs = AppDirs.of(Os.LINUX, Map.of(), home);

        assertThat(dirs.configDir()).isEqualTo(home.resolve(".config/transcript-viewer"));
        assertThat(dirs.dataDir()).isEqualTo(home.resolve(".local/share/transcript-viewer"));
        assertThat(dirs.stateDir()).isEqualTo(home.resolve(".local/state/transcript-viewer"));
        assertThat(dirs.cacheDir()).isEqualTo(home.resolve(".cache/transcript-viewer"));
        assertThat(dirs.logDir()).isEqualTo(home.resolve(".local/state/transcript-viewer/logs"));
    }

    @Test
    void linuxHonoursXdgVariables(@TempDir Path xdg) {
        Map<String, String> env = Map.of(
                "XDG_CONFIG_HOME", xdg.resolve("cfg").toString(),
                "XDG_DATA_HOME", xdg.resolve("da").toString(),
                "XDG_STATE_HOME", xdg.resolve("st").toString(),
                "XDG_CACHE_HOME", xdg.resolve("ca").toString());

        AppDirs dirs = AppDirs.of(Os.LINUX, env, home);

        assertThat(dirs.configDir()).isEqualTo(xdg.resolve("cfg/transcript-viewer"));
        assertThat(dirs.dataDir()).isEqualTo(xdg.resolve("da/transcript-viewer"));
        assertThat(dirs.stateDir()).isEqualTo(xdg.resolve("st/transcript-viewer"));
        assertThat(dirs.cacheDir()).isEqualTo(xdg.resolve("ca/transcript-viewer"));
        assertThat(dirs.logDir()).isEqualTo(xdg.resolve("st/transcript-viewer/logs"));
    }

    @Test
    void linuxIgnoresRelativeAndBlankXdgValuesAsTheSpecRequires() {
        Map<String, String> env =
                Map.of("XDG_CONFIG_HOME", "relative/config", "XDG_STATE_HOME", "  ", "XDG_DATA_HOME", "data");

        AppDirs dirs = AppDirs.of(Os.LINUX, env, home);

        assertThat(dirs.configDir()).isEqualTo(home.resolve(".config/transcript-viewer"));
        assertThat(dirs.dataDir()).isEqualTo(home.resolve(".local/share/transcript-viewer"));
        assertThat(dirs.stateDir()).isEqualTo(home.resolve(".local/state/transcript-viewer"));
    }

    @Test
    void windowsUsesRoamingAppDataForConfigAndLocalAppDataForState() {
        Path roaming = home.resolve("Roaming");
        Path local = home.resolve("Local");
        Map<String, String> env = Map.of("APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString());

        AppDirs dirs = AppDirs.of(Os.WINDOWS, env, home);

        assertThat(dirs.configDir()).isEqualTo(roaming.resolve("Transcript Viewer"));
        assertThat(dirs.dataDir()).isEqualTo(local.resolve("Transcript Viewer"));
        assertThat(dirs.stateDir()).isEqualTo(local.resolve("Transcript Viewer"));
        assertThat(dirs.cacheDir()).isEqualTo(local.resolve("Transcript Viewer").resolve("Cache"));
        assertThat(dirs.logDir()).isEqualTo(local.resolve("Transcript Viewer").resolve("Logs"));
    }

    @Test
    void windowsAcceptsDriveLetterPathsAndFallsBackToTheProfileFolders() {
        AppDirs withDrive = AppDirs.of(Os.WINDOWS, Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), home);
        AppDirs without = AppDirs.of(Os.WINDOWS, Map.of(), home);

        assertThat(withDrive.configDir())
                .isEqualTo(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("Transcript Viewer"));
        assertThat(without.configDir()).isEqualTo(home.resolve("AppData/Roaming/Transcript Viewer"));
        assertThat(without.stateDir()).isEqualTo(home.resolve("AppData/Local/Transcript Viewer"));
    }

    @Test
    void macosUsesTheLibraryFolders() {
        AppDirs dirs = AppDirs.of(Os.MACOS, Map.of("XDG_CONFIG_HOME", "/ignored"), home);

        assertThat(dirs.configDir()).isEqualTo(home.resolve("Library/Application Support/Transcript Viewer"));
        assertThat(dirs.dataDir()).isEqualTo(home.resolve("Library/Application Support/Transcript Viewer"));
        assertThat(dirs.stateDir()).isEqualTo(home.resolve("Library/Application Support/Transcript Viewer"));
        assertThat(dirs.cacheDir()).isEqualTo(home.resolve("Library/Caches/Transcript Viewer"));
        assertThat(dirs.logDir()).isEqualTo(home.resolve("Library/Logs/Transcript Viewer"));
    }

    @Test
    void osNamesMapToTheirFamilies() {
        assertThat(Os.fromOsName("Windows 11")).isEqualTo(Os.WINDOWS);
        assertThat(Os.fromOsName("Mac OS X")).isEqualTo(Os.MACOS);
        assertThat(Os.fromOsName("Linux")).isEqualTo(Os.LINUX);
        assertThat(Os.fromOsName("FreeBSD")).isEqualTo(Os.LINUX);
        assertThat(Os.fromOsName(null)).isEqualTo(Os.LINUX);
    }

    @Test
    void nothingIsCreatedUntilAskedAndEnsureExistsCreatesParents() throws Exception {
        AppDirs dirs = AppDirs.of(Os.LINUX, Map.of(), home);
        assertThat(dirs.logDir()).doesNotExist();

        Path created = AppDirs.ensureExists(dirs.logDir());

        assertThat(created).isDirectory();
        assertThat(Files.isDirectory(dirs.stateDir())).isTrue();
    }

    @Test
    void homeVariableWinsOverTheJvmsHomeExceptOnWindows() {
        Map<String, String> env = Map.of("HOME", home.toString());

        assertThat(AppDirs.homeDirectory(Os.LINUX, env, "/root")).isEqualTo(home);
        assertThat(AppDirs.homeDirectory(Os.MACOS, env, "/root")).isEqualTo(home);
        assertThat(AppDirs.homeDirectory(Os.WINDOWS, env, "/root")).isEqualTo(Path.of("/root"));
        assertThat(AppDirs.homeDirectory(Os.LINUX, Map.of("HOME", "relative"), "/root"))
                .isEqualTo(Path.of("/root"));
        assertThat(AppDirs.homeDirectory(Os.LINUX, Map.of(), "/root")).isEqualTo(Path.of("/root"));
    }

    @Test
    void currentUserDirectoriesLiveUnderTheHomeOrTheXdgVariables() {
        AppDirs dirs = AppDirs.forCurrentUser();

        assertThat(dirs.configDir().isAbsolute()).isTrue();
        assertThat(dirs.logDir())
                .startsWithRaw(dirs.os() == Os.MACOS ? Path.of(System.getProperty("user.home")) : dirs.stateDir());
    }
}
