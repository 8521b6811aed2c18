package com.transcriptviewer.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.Driver;

/**
 * How to reach a team's PostgreSQL server: the JDBC address without secrets, the user and password, TLS when the
 * server offers it (unless the address says otherwise), and short timeouts so that a dead server costs a caller
 * seconds, not minutes. Also says in the user's words why a connection or a statement failed; no message or log line
 * carries the password.
 */
final class TeamDatabase {

    private static final Driver DRIVER = new Driver();

    private final String url;
    private final String user;
    private final String password;
    private final String hostPort;
    private final String database;
    private final TeamOptions options;

    private TeamDatabase(
            String url, String user, String password, String hostPort, String database, TeamOptions options) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.hostPort = hostPort;
        this.database = database;
        this.options = options;
    }

    /** Reads the server's address; fails (in the user's words) when it is not a PostgreSQL JDBC address. */
    static TeamDatabase of(TeamServer server, String password, TeamOptions options) throws StoreException {
        if (!server.configured()) {
            throw new StoreException("No team server is set: enter its address in Settings.");
        }
        String given = server.jdbcUrl();
        Properties parsed = given.startsWith("jdbc:postgresql:") ? Driver.parseURL(given, null) : null;
        if (parsed == null) {
            throw new StoreException("The team server's address is not a PostgreSQL address: it looks like"
                    + " jdbc:postgresql://db.example.com:5432/reviews.");
        }
        // A password written into the address is taken out of it, so that it is never logged or shown with it.
        String urlPassword = parsed.getProperty("password");
        String url = withoutParameter(given, "password");
        String secret = password == null || password.isEmpty() ? urlPassword : password;
        String user = server.user().isEmpty() ? parsed.getProperty("user", "") : server.user();
        return new TeamDatabase(
                url,
                user,
                secret == null ? "" : secret,
                hostPort(parsed.getProperty("PGHOST", "localhost"), parsed.getProperty("PGPORT", "5432")),
                parsed.getProperty("PGDBNAME", ""),
                options);
    }

    /** "db.example.com:5432/reviews": where, for the user; never a password. */
    String location() {
        return hostPort + "/" + database;
    }

    /** The address as it may be logged: without a password. */
    String safeUrl() {
        return url;
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
        }
        properties.setProperty("password", password);
        if (!hasParameter(url, "sslmode") && !hasParameter(url, "ssl")) {
            // TLS whenever the server offers it; a server without it is still reached (the address can demand more).
            properties.setProperty("sslmode", "prefer");
        }
        properties.setProperty("connectTimeout", Integer.toString(options.connectTimeoutSeconds()));
        properties.setProperty("loginTimeout", Integer.toString(options.loginTimeoutSeconds()));
        properties.setProperty("socketTimeout", Integer.toString(options.socketTimeoutSeconds()));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "Transcript Viewer");
        // Settings written into the address win over these (the driver reads the address last).
        Connection connection = DRIVER.connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL address");
        }
        return connection;
    }

    /** Creates or upgrades the review tables on the server; the connection (in auto-commit mode) checks first. */
    void migrate(Connection connection) throws SQLException, FlywayException {
        if (Migrations.upToDate(connection)) {
            return;
        }
        // Flyway retries making its history table for ten seconds (in case another app makes it at the same moment):
        // a user who may not make tables here is told at once instead.
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NULL"
                        + " AND NOT has_schema_privilege(current_schema(), 'CREATE')")) {
            if (row.next() && row.getBoolean(1)) {
                throw new SQLException("permission denied for schema " + connection.getSchema(), "42501");
            }
        }
        Migrations.migrate(new Connections(), Migrations.Vendor.POSTGRESQL, null);
    }

    /** Whether a failure means the server cannot be reached or will not let us in, rather than a refused statement. */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("28")
                        || state.startsWith("3D")
                        || state.startsWith("53")
                        || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Why the failure happened, in the user's words: "Can't reach db.example.com:5432." */
    String problem(Throwable failure) {
        SQLException sql = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException found && found.getSQLState() != null) {
                sql = found;
                break;
            }
        }
        String state = sql == null ? "" : sql.getSQLState();
        String message = sql == null ? "" : String.valueOf(sql.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        switch (state) {
            case "28P01":
                return passwordRejected();
            case "28000":
                return lower.contains("pg_hba.conf")
                        ? "The team server at " + hostPort + " does not let user " + user
                                + " connect from this computer (pg_hba.conf)."
                        : passwordRejected();
            case "3D000":
                return "No database named " + database + " on " + hostPort + ".";
            case "53300":
                return "The team server at " + hostPort + " has too many connections open; trying again.";
            case "57P01":
            case "57P02":
            case "57P03":
                return "Can't reach " + hostPort + ": the server is starting up or shutting down.";
            case "42501":
                return "User " + user + " may not read or change the review tables in database " + database + " on "
                        + hostPort + ".";
            default:
                break;
        }
        if (state.equals("08004") && lower.contains("password")) {
            return "The team server asks for a password for user " + user + ": enter it in Settings.";
        }
        if (lower.contains("does not support ssl")) {
            return "The team server at " + hostPort + " does not offer an encrypted connection, which its address"
                    + " asks for (sslmode).";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "Can't reach " + hostPort + ": no computer of that name is known.";
            }
            if (cause instanceof SSLException) {
                return "Couldn't set up an encrypted connection to " + hostPort + ": " + firstLine(cause.getMessage())
                        + ".";
            }
        }
        if (unreachable(failure)) {
            return "Can't reach " + hostPort + ".";
        }
        if (sql != null) {
            return "The team server at " + hostPort + " answered: " + firstLine(message);
        }
        if (failure instanceof FlywayException) {
            return "The review tables on " + location() + " could not be set up: " + firstLine(failure.getMessage());
        }
        return "The team server at " + hostPort + " could not be used: " + firstLine(String.valueOf(failure));
    }

    private String passwordRejected() {
        return "The team server rejected the password for user " + user + ".";
    }

    private static String hostPort(String hosts, String ports) {
        String[] hostList = hosts.split(",");
        String[] portList = ports.split(",");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < hostList.length; i++) {
            parts.add(hostList[i] + ":" + portList[Math.min(i, portList.length - 1)]);
        }
        return String.join(",", parts);
    }

    private static boolean hasParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            String key = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (key.equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String withoutParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : url.substring(query + 1).split("&")) {
            String key = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (!key.equals(name) && !parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** Connections for Flyway, made as {@link #connect()} makes them. */
    private final class Connections implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return connect();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connect();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return options.loginTimeoutSeconds();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("Not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }
}
