package com.transcriptviewer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The app's embedded SQLite database file: migrated when opened, then one connection that writes and one that reads,
 * each used by one thread at a time. In WAL mode readers never wait for the writer, and the writer's transactions begin
 * IMMEDIATE so that two processes on the same file queue up (busy timeout) instead of failing half-way. The review
 * store and the library each open one on the same file.
 */
public final class LocalDatabase implements AutoCloseable {

    /** How long a statement waits for another process's write lock before it fails. */
    private static final int BUSY_TIMEOUT_MS = 5_000;

    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Path file;
    private final String name;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final Connection writer;
    private final Connection reader;
    private boolean closed;

    private LocalDatabase(Path file, String name, Connection writer, Connection reader) {
        this.file = file;
        this.name = name;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens (creating the file and its folder when missing) and migrates to the newest version. */
    static LocalDatabase open(Path file) throws StoreException {
        return open(file, "review database");
    }

    /**
     * As {@link #open(Path)}, named in messages as {@code name} ("library": "Couldn't open the library: ...").
     *
     * @throws StoreException when the file can't be opened or migrated, in the user's words
     */
    public static LocalDatabase open(Path file, String name) throws StoreException {
        Path absolute = file.toAbsolutePath();
        try {
            Path folder = absolute.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException(
                    "Couldn't create the folder for the " + name + " (" + absolute.getParent() + "): " + e.getMessage()
                            + ".",
                    e);
        }
        SQLiteDataSource dataSource = dataSource(absolute);
        Connection writer = null;
        try {
            writer = dataSource.getConnection();
            if (!Migrations.upToDate(writer)) {
                Migrations.migrate(dataSource, Migrations.Vendor.SQLITE, null);
            }
            Connection reader = dataSource.getConnection();
            return new LocalDatabase(absolute, name, writer, reader);
        } catch (SQLException | FlywayException e) {
            closeQuietly(writer);
            throw new StoreException(problem("Couldn't open the " + name, absolute, e), e);
        }
    }

    /**
     * Connections to the file with the settings every connection needs. {@code synchronous=FULL}: in WAL mode NORMAL
     * already keeps a commit through a killed process (the commit is in the OS's hands once written), but a power cut
     * or an OS crash could still take the last commits back before the next checkpoint. FULL syncs the log at every
     * commit, so a verdict the app called saved stays saved through any crash, for one sync per save.
     */
    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    public Path file() {
        return file;
    }

    /** Runs reads on the reading connection; each statement sees everything committed before it. */
    public <T> T read(String action, Work<T> work) throws StoreException {
        readLock.lock();
        try {
            checkOpen();
            return work.apply(reader);
        } catch (SQLException e) {
            throw new StoreException(problem(action, file, e), e);
        } finally {
            readLock.unlock();
        }
    }

    /** Runs the work in one transaction: all of it is on disk when this returns, or none of it. */
    public <T> T write(String action, Work<T> work) throws StoreException {
        return write(action, work, result -> {});
    }

    /**
     * As {@link #write(String, Work)}, and hands the result to {@code afterCommit} while writes are still held off, so
     * that what it publishes (a pending count) comes out in the order the transactions committed.
     */
    <T> T write(String action, Work<T> work, Consumer<T> afterCommit) throws StoreException {
        writeLock.lock();
        try {
            checkOpen();
            T result;
            try (Statement statement = writer.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    result = work.apply(writer);
                    statement.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(statement);
                    throw e;
                }
            }
            afterCommit.accept(result);
            return result;
        } catch (SQLException e) {
            throw new StoreException(problem(action, file, e), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly(reader);
                closeQuietly(writer);
            }
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private void checkOpen() throws StoreException {
        if (closed) {
            throw new StoreException("The " + name + " is closed.");
        }
    }

    /** The user's words for what went wrong with the file, with its path so they can find it. */
    static String problem(String action, Path file, Throwable failure) {
        String reason = reason(failure);
        return action + ": " + reason + " (" + file + ").";
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return reason(sqlite.getResultCode(), sqlite.getMessage());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                return firstLine(cause.getMessage());
            }
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : firstLine(failure.getMessage());
    }

    private static String reason(SQLiteErrorCode code, String message) {
        String name = code == null ? "" : code.name();
        if (name.startsWith("SQLITE_FULL")) {
            return "the disk is full";
        }
        if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_PERM")) {
            return "the file can't be written to";
        }
        if (name.startsWith("SQLITE_CANTOPEN")) {
            return "the file can't be opened";
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return "the file is damaged or is not a Transcript Viewer database";
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return "another program keeps the database locked";
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return "the disk reported an error";
        }
        return message == null ? name : firstLine(message);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private static void rollbackQuietly(Statement statement) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction left to roll back (SQLite ends some failed ones itself).
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is all that was left to do.
        }
    }
}
