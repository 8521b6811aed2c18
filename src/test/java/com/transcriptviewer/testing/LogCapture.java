package com.transcriptviewer.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures every log record written during a test, at the finest level of the named loggers, for tests that prove a
 * secret never reaches a log line. Each captured line holds the logger's name, the message, its parameters and the
 * stack trace of any exception, since a secret could hide in any of them.
 *
 * <p>Register it with {@code @RegisterExtension}; levels and handlers are restored after each test.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final List<String> loggerNames;
    private final List<String> ignoredPrefixes = new ArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Logger> tuned = new ArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String name = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (ignoredPrefixes.stream().noneMatch(name::startsWith)) {
                lines.add(name + " " + record.getMessage() + " " + Arrays.toString(record.getParameters()) + " "
                        + stackTrace(record.getThrown()));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level rootLevel;

    private LogCapture(List<String> loggerNames) {
        this.loggerNames = loggerNames;
    }

    /** Captures everything, with these loggers (and the root) opened to every level. */
    public static LogCapture everything(String... loggerNames) {
        return new LogCapture(List.of(loggerNames));
    }

    /** Leaves out records of loggers whose names start with this: logs of a test's stand-in server, not the app's. */
    public LogCapture ignoring(String loggerPrefix) {
        ignoredPrefixes.add(loggerPrefix);
        return this;
    }

    /** The lines captured so far in this test. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        lines.clear();
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(handler);
        for (String name : loggerNames) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.ALL);
            tuned.add(logger);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        root.removeHandler(handler);
        root.setLevel(rootLevel);
        tuned.forEach(logger -> logger.setLevel(null));
        tuned.clear();
    }

    /** The printed stack trace of a thrown exception, or an empty text when there is none. */
    public static String stackTrace(Throwable thrown) {
        if (thrown == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
