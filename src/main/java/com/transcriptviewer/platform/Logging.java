package com.transcriptviewer.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets up {@code java.util.logging} for the desktop app: rotating files in the platform's log directory
 * ({@link AppDirs#logDir()}), and a formatter on every root handler that strips API keys and bearer tokens.
 *
 * <p>The registered secrets live in the formatters installed on the root logger (the JDK's one logging
 * configuration), not in a static field here, so {@link #registerSecret(String)} reaches exactly the handlers that
 * write output, and {@link #close()} leaves nothing behind.
 *
 * <p>Typical use, first thing in {@code main}: {@code Logging.install(AppDirs.forCurrentUser().logDir())}; then,
 * whenever an API key is read or typed, {@code Logging.registerSecret(key)}.
 */
public final class Logging implements AutoCloseable {

    /** File name pattern: {@code transcript-viewer-0.log} is the newest, {@code -1}, {@code -2}... are older. */
    public static final String FILE_PATTERN = "transcript-viewer-%g.log";

    public static final int DEFAULT_LIMIT_BYTES = 2 * 1024 * 1024;
    public static final int DEFAULT_FILE_COUNT = 5;

    private final Path logDir;
    private final FileHandler fileHandler;
    private final Level previousRootLevel;
    private final Map<Handler, Formatter> previousFormatters;

    private Logging(
            Path logDir, FileHandler fileHandler, Level previousRootLevel, Map<Handler, Formatter> previousFormatters) {
        this.logDir = logDir;
        this.fileHandler = fileHandler;
        this.previousRootLevel = previousRootLevel;
        this.previousFormatters = previousFormatters;
    }

    /** Logs at {@link Level#INFO} into {@code logDir} with the default size limit (2 MiB) and count (5 files). */
    public static Logging install(Path logDir) throws IOException {
        return install(logDir, Level.INFO, DEFAULT_LIMIT_BYTES, DEFAULT_FILE_COUNT);
    }

    /**
     * Adds a rotating file handler to the root logger and makes every root handler (the console one too) redact
     * secrets. Creates {@code logDir} if needed.
     *
     * @param limitBytes size at which the current file is rotated
     * @param fileCount how many files are kept, the current one included
     */
    public static Logging install(Path logDir, Level level, int limitBytes, int fileCount) throws IOException {
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(level, "level");
        if (limitBytes <= 0 || fileCount <= 0) {
            throw new IllegalArgumentException("limitBytes and fileCount must be positive");
        }
        Files.createDirectories(logDir);
        SecretRedactor redactor = sharedRedactor().orElseGet(SecretRedactor::new);
        Logger root = Logger.getLogger("");

        // FileHandler wants '/' separators in its pattern on every OS.
        String pattern = logDir.toAbsolutePath().toString().replace('\\', '/') + "/" + FILE_PATTERN;
        FileHandler file = new FileHandler(pattern, limitBytes, fileCount, true);
        file.setEncoding("UTF-8");
        file.setLevel(level);

        Map<Handler, Formatter> previous = new IdentityHashMap<>();
        for (Handler handler : root.getHandlers()) {
            if (!(handler.getFormatter() instanceof RedactingFormatter)) {
                previous.put(handler, handler.getFormatter());
                handler.setFormatter(new RedactingFormatter(redactor));
            }
        }
        file.setFormatter(new RedactingFormatter(redactor));
        root.addHandler(file);
        Level previousLevel = root.getLevel();
        root.setLevel(level);
        return new Logging(logDir, file, previousLevel, previous);
    }

    /**
     * Masks {@code secret} in everything logged from now on, by every root handler installed through this class.
     * Blank and very short strings are ignored.
     */
    public static void registerSecret(String secret) {
        for (RedactingFormatter formatter : redactingFormatters()) {
            formatter.redactor().register(secret);
        }
    }

    /** The redactor shared by the installed handlers, if logging has been installed. */
    private static Optional<SecretRedactor> sharedRedactor() {
        return redactingFormatters().stream().map(RedactingFormatter::redactor).findFirst();
    }

    private static List<RedactingFormatter> redactingFormatters() {
        List<RedactingFormatter> found = new ArrayList<>();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFormatter() instanceof RedactingFormatter redacting) {
                found.add(redacting);
            }
        }
        return found;
    }

    public Path logDir() {
        return logDir;
    }

    /** The file being written now. */
    public Path currentLogFile() {
        return logDir.resolve(FILE_PATTERN.replace("%g", "0"));
    }

    /** Writes out anything buffered. */
    public void flush() {
        fileHandler.flush();
    }

    /** Removes the file handler and restores the root logger's level and the other handlers' formatters. */
    @Override
    public void close() {
        Logger root = Logger.getLogger("");
        root.removeHandler(fileHandler);
        fileHandler.close();
        previousFormatters.forEach(Handler::setFormatter);
        root.setLevel(previousRootLevel);
    }
}
