package com.transcriptviewer.platform;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record ({@code 2026-01-31 14:03:07.123 WARNING [thread] logger - message}), followed by the stack
 * trace if any, with secrets removed from the whole text: message, parameters and exception messages alike, since
 * an exception message can quote a request header.
 */
public final class RedactingFormatter extends Formatter {

    private final SecretRedactor redactor;

    public RedactingFormatter(SecretRedactor redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    public SecretRedactor redactor() {
        return redactor;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(128);
        line.append(Time.FORMAT.format(Instant.ofEpochMilli(record.getMillis())))
                .append(' ')
                .append(record.getLevel().getName())
                .append(" [")
                .append(Thread.currentThread().getName())
                .append("] ")
                .append(record.getLoggerName() == null ? "" : record.getLoggerName())
                .append(" - ")
                .append(formatMessage(record))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter writer = new PrintWriter(trace)) {
                record.getThrown().printStackTrace(writer);
            }
            line.append(trace);
        }
        return redactor.redact(line.toString());
    }

    /** Made at the first record, not with the formatter: the app starts without loading java.time's formatting. */
    private static final class Time {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    }
}
