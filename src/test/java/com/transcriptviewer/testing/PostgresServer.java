package com.transcriptviewer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real, throwaway PostgreSQL server for tests, made from the machine's own server binaries: {@code initdb} into a
 * temporary folder, {@code pg_ctl start} on a free loopback port with its socket in that folder, TLS with a
 * self-signed certificate, password (SCRAM) authentication for TCP connections, a user {@value #USER} and databases
 * made on demand. {@link #stop()} and {@link #start()} take it down and bring it back on the same port with the same
 * data, as a team server that goes away for a while.
 *
 * <p>PostgreSQL refuses to run as root, and the tests run as root on CI: then the binaries run as the {@code postgres}
 * OS user ({@code runuser}), which owns the temporary folder. The binaries are looked for in {@code $PG_BIN}, then
 * Debian's {@code /usr/lib/postgresql/<version>/bin} (newest first), then the {@code PATH}; when none is found the
 * server fails to start with a message naming the package to install. Nothing is skipped.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "qa";
    public static final String PASSWORD = "qa-Secret-7";
    public static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "super-Secret-9";
    private static final String OS_USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final boolean asPostgresUser;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean durable;
    private volatile boolean running;
    private final Thread stopAtExit;

    private PostgresServer(Path bin, boolean asPostgresUser, Path dir, int port, boolean durable) {
        this.bin = bin;
        this.asPostgresUser = asPostgresUser;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.durable = durable;
        this.stopAtExit = new Thread(this::stopQuietly, "postgres-test-server-stop");
    }

    /** A new server, started, with fsync off (tests lose nothing of it: the machine does not crash under them). */
    public static PostgresServer launch() {
        return launch(false);
    }

    /**
     * A new server, started.
     *
     * @param durable true to keep PostgreSQL's own durability settings (fsync on each commit), for benchmarks
     */
    public static PostgresServer launch(boolean durable) {
        Path bin = findBinaries();
        boolean asPostgresUser = runningAsRoot();
        Path dir;
        try {
            dir = Files.createTempDirectory("pg-test-");
            PostgresServer server = new PostgresServer(bin, asPostgresUser, dir, freePort(), durable);
            server.initialise();
            server.start();
            server.createUser();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set up the test PostgreSQL server", e);
        }
    }

    /** jdbc:postgresql://127.0.0.1:PORT/DATABASE, without any TLS setting (the caller's default applies). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public boolean running() {
        return running;
    }

    /** A new, empty database owned by {@value #USER}; its name. */
    public String createDatabase() {
        String name = "reviews_" + DATABASES.incrementAndGet();
        superuserSql("CREATE DATABASE " + name + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
        return name;
    }

    /** Runs statements as the superuser in the given database. */
    public void superuserSql(String database, String... statements) {
        try (Connection connection = superuser(database);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test server SQL failed: " + e.getMessage(), e);
        }
    }

    private void superuserSql(String statement) {
        superuserSql("postgres", statement);
    }

    /** A connection as the superuser (no TLS), for tests that look behind the store's back. */
    public Connection superuser(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", SUPERUSER_PASSWORD);
        properties.setProperty("sslmode", "disable");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** A connection as {@value #USER} (no TLS). */
    public Connection user(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("sslmode", "disable");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Starts the server (again) on the same port and data, and waits until it accepts connections. */
    public synchronized void start() {
        if (running) {
            return;
        }
        List<String> options = new ArrayList<>(List.of(
                "-p " + port,
                "-k " + dir,
                "-c listen_addresses=127.0.0.1",
                "-c ssl=on",
                "-c ssl_cert_file=" + dir.resolve("server.crt"),
                "-c ssl_key_file=" + dir.resolve("server.key"),
                "-c max_connections=60",
                "-c shared_buffers=16MB"));
        if (!durable) {
            options.addAll(List.of("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"));
        }
        run(
                60,
                pg("pg_ctl"),
                "-D",
                data.toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w",
                "-t",
                "30",
                "-o",
                String.join(" ", options),
                "start");
        running = true;
        try {
            Runtime.getRuntime().addShutdownHook(stopAtExit);
        } catch (IllegalArgumentException alreadyAdded) {
            // Started again after a stop: the hook is still there.
        }
    }

    /** Stops the server (fast shutdown: open connections are cut, as when a server goes down). */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        run(60, pg("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop");
        running = false;
    }

    @Override
    public synchronized void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
        deleteTree(dir);
    }

    private void stopQuietly() {
        if (running) {
            try {
                run(30, pg("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            } catch (RuntimeException ignored) {
                // Best effort at exit.
            }
            running = false;
        }
    }

    private void initialise() throws IOException {
        Files.writeString(dir.resolve("pwfile"), SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
        run(
                30,
                "openssl",
                "req",
                "-new",
                "-x509",
                "-days",
                "2",
                "-nodes",
                "-newkey",
                "rsa:2048",
                "-subj",
                "/CN=localhost",
                "-keyout",
                dir.resolve("server.key").toString(),
                "-out",
                dir.resolve("server.crt").toString());
        Files.setPosixFilePermissions(dir.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        if (asPostgresUser) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal postgres = users.lookupPrincipalByName(OS_USER);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.toList()) {
                    Files.setOwner(file, postgres);
                }
            }
        }
        run(
                60,
                pg("initdb"),
                "-D",
                data.toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + dir.resolve("pwfile"),
                "-E",
                "UTF8",
                "--locale=C",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--no-sync");
    }

    private void createUser() {
        superuserSql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
    }

    private String pg(String tool) {
        return bin.resolve(tool).toString();
    }

    /** Runs a command (as the postgres user when this JVM is root) and fails with its output if it fails. */
    private void run(int timeoutSeconds, String... command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser && !command[0].equals("openssl")) {
            full.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        full.addAll(List.of(command));
        Path output = dir.resolve("command.out");
        try {
            Process process = new ProcessBuilder(full)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                String log = Files.exists(dir.resolve("server.log"))
                        ? "\nserver.log:\n" + Files.readString(dir.resolve("server.log"))
                        : "";
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", full) + "\n"
                        + Files.readString(output) + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", full), e);
        }
    }

    /** $PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else the PATH; fails naming the package otherwise. */
    static Path findBinaries() {
        return findBinaries(System.getenv("PG_BIN"), Path.of("/usr/lib/postgresql"), System.getenv("PATH"));
    }

    static Path findBinaries(String override, Path debian, String searchPath) {
        if (override != null && !override.isBlank()) {
            Path bin = Path.of(override.strip());
            if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))) {
                return bin;
            }
            throw new IllegalStateException("PG_BIN=" + override + " holds no initdb and pg_ctl.");
        }
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .sorted(Comparator.comparing(PostgresServer::versionOf).reversed())
                        .toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String entry : (searchPath == null ? "" : searchPath).split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()
                    && Files.isExecutable(Path.of(entry, "initdb"))
                    && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("The tests need PostgreSQL's server binaries (initdb, pg_ctl) and found none in"
                + " $PG_BIN, /usr/lib/postgresql/*/bin or the PATH. Install them: on Debian or Ubuntu"
                + " `apt-get install postgresql` (the tests start their own throwaway server; the system's service"
                + " need not run), on macOS `brew install postgresql`; or point PG_BIN at a bin folder.");
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean runningAsRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name", "").toLowerCase(Locale.ROOT));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a test for.
        }
    }
}
