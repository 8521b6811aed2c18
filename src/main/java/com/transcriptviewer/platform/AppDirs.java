package com.transcriptviewer.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the app keeps its files on each operating system, following each platform's own convention so that
 * settings survive upgrades and users (and their backup tools) find things where they expect them.
 *
 * <ul>
 *   <li>Linux (XDG base directories): config {@code $XDG_CONFIG_HOME/transcript-viewer} (default
 *       {@code ~/.config}), data {@code $XDG_DATA_HOME/transcript-viewer} (default {@code ~/.local/share}), state
 *       {@code $XDG_STATE_HOME/transcript-viewer} (default {@code ~/.local/state}), cache
 *       {@code $XDG_CACHE_HOME/transcript-viewer} (default {@code ~/.cache}); logs in {@code <state>/logs}.</li>
 *   <li>Windows: config {@code %APPDATA%\Transcript Viewer} (roams with the user), data and state
 *       {@code %LOCALAPPDATA%\Transcript Viewer} (stays on the machine: a database is no file to roam), cache
 *       {@code <state>\Cache}, logs {@code <state>\Logs}.</li>
 *   <li>macOS: config, data and state {@code ~/Library/Application Support/Transcript Viewer}, cache
 *       {@code ~/Library/Caches/Transcript Viewer}, logs {@code ~/Library/Logs/Transcript Viewer} (where Console.app
 *       looks).</li>
 * </ul>
 *
 * The environment, OS and home directory are injected so every platform's rules can be tested on any machine.
 * Nothing is created on disk until {@link #ensureExists(Path)} is called.
 */
public final class AppDirs {

    /** Directory name on Linux, where lowercase names without spaces are the custom. */
    static final String UNIX_NAME = "transcript-viewer";
    /** Directory name on Windows and macOS, where the display name is the custom. */
    static final String DISPLAY_NAME = "Transcript Viewer";

    /** The operating-system families whose conventions differ. */
    public enum Os {
        LINUX,
        WINDOWS,
        MACOS;

        /** Maps a {@code os.name} value; anything that is neither Windows nor macOS follows the XDG rules. */
        public static Os fromOsName(String osName) {
            String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return WINDOWS;
            }
            if (name.startsWith("mac") || name.startsWith("darwin")) {
                return MACOS;
            }
            return LINUX;
        }
    }

    private final Os os;
    private final Path configDir;
    private final Path dataDir;
    private final Path stateDir;
    private final Path cacheDir;
    private final Path logDir;

    private AppDirs(Os os, Path configDir, Path dataDir, Path stateDir, Path cacheDir, Path logDir) {
        this.os = os;
        this.configDir = configDir;
        this.dataDir = dataDir;
        this.stateDir = stateDir;
        this.cacheDir = cacheDir;
        this.logDir = logDir;
    }

    /** The directories of the user running this JVM. */
    public static AppDirs forCurrentUser() {
        return forCurrentUser(System.getenv());
    }

    /** The directories of the user running this JVM, with the folder variables read from {@code env}. */
    public static AppDirs forCurrentUser(Map<String, String> env) {
        Os os = Os.fromOsName(System.getProperty("os.name"));
        return of(os, env, homeDirectory(os, env, System.getProperty("user.home")));
    }

    /**
     * On Linux and macOS {@code $HOME} wins over {@code user.home}: the JVM takes the latter from the password
     * database, while the XDG rules (and every other desktop program) follow {@code $HOME}.
     */
    static Path homeDirectory(Os os, Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        if (os != Os.WINDOWS
                && home != null
                && !home.isBlank()
                && Path.of(home.trim()).isAbsolute()) {
            return Path.of(home.trim());
        }
        return Path.of(userHome);
    }

    /**
     * The directories for the given platform, environment variables and home directory.
     *
     * @param env environment variables (only the XDG and Windows folder variables are read)
     * @param home the user's home directory, used where a variable is missing
     */
    public static AppDirs of(Os os, Map<String, String> env, Path home) {
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(home, "home");
        switch (os) {
            case WINDOWS: {
                Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
                Path local =
                        envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
                Path state = local.resolve(DISPLAY_NAME);
                return new AppDirs(
                        os, roaming.resolve(DISPLAY_NAME), state, state, state.resolve("Cache"), state.resolve("Logs"));
            }
            case MACOS: {
                Path library = home.resolve("Library");
                Path support = library.resolve("Application Support").resolve(DISPLAY_NAME);
                return new AppDirs(
                        os,
                        support,
                        support,
                        support,
                        library.resolve("Caches").resolve(DISPLAY_NAME),
                        library.resolve("Logs").resolve(DISPLAY_NAME));
            }
            case LINUX:
            default: {
                Path config =
                        envPath(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(UNIX_NAME);
                Path data = envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"))
                        .resolve(UNIX_NAME);
                Path state = envPath(
                                env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                        .resolve(UNIX_NAME);
                Path cache =
                        envPath(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(UNIX_NAME);
                return new AppDirs(os, config, data, state, cache, state.resolve("logs"));
            }
        }
    }

    /**
     * The variable's value as a path, or the fallback when it is unset, blank or relative. The XDG specification
     * says relative values are invalid and must be ignored; the same caution suits the Windows variables.
     */
    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value.trim());
        return isAbsolute(path, value.trim()) ? path : fallback;
    }

    /** Also accepts Windows drive paths ({@code C:\...}) so Windows rules can be exercised on other systems. */
    private static boolean isAbsolute(Path path, String raw) {
        return path.isAbsolute() || raw.matches("^[A-Za-z]:[\\\\/].*") || raw.startsWith("\\\\");
    }

    public Os os() {
        return os;
    }

    /** Settings and recent items: small files the user would want to keep. */
    public Path configDir() {
        return configDir;
    }

    /** What the user made and would miss: the app's database (reviews, kept conversations). */
    public Path dataDir() {
        return dataDir;
    }

    /** Data that should survive restarts but is not worth backing up: window state, history, logs. */
    public Path stateDir() {
        return stateDir;
    }

    /** Data that can be deleted at any time and rebuilt. */
    public Path cacheDir() {
        return cacheDir;
    }

    /** Rotating log files. */
    public Path logDir() {
        return logDir;
    }

    /** Creates the directory (and its parents) if missing and returns it. */
    public static Path ensureExists(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    @Override
    public String toString() {
        return "AppDirs[" + os + ", config=" + configDir + ", data=" + dataDir + ", state=" + stateDir + ", cache="
                + cacheDir + ", logs=" + logDir + "]";
    }
}
