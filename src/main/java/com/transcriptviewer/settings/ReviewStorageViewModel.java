package com.transcriptviewer.settings;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.settings.SettingsViewModel.TestState;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.TeamServer;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog's reviews part: the reviewer's name and where reviews are kept (this computer, or a team's
 * PostgreSQL server with its JDBC URL, user and password, the password in a key store of its own), and the team
 * server's "Test connection". {@link SettingsViewModel} saves it with the rest.
 */
final class ReviewStorageViewModel {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    private final KeyStore passwordStore;
    private final TeamServerTester teamTester;
    private final FxExecutors executors;

    private final StringProperty reviewer = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reviewerProblem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReviewSettings.Storage> storage =
            new SimpleObjectProperty<>(ReviewSettings.Storage.LOCAL);
    private final StringProperty jdbcUrl = new SimpleStringProperty("");
    private final StringProperty databaseUser = new SimpleStringProperty("");
    private final StringProperty databasePassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper passwordNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teamProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TestState> teamTestState = new ReadOnlyObjectWrapper<>(TestState.IDLE);
    private final ReadOnlyStringWrapper teamTestMessage = new ReadOnlyStringWrapper("");

    private String storedPassword = "";
    private boolean passwordEdited;
    /** One request per team-server test: the answer to an older test, or one made before Save, is not shown. */
    private final NewestRequest teamTests;

    ReviewStorageViewModel(
            ReviewSettings reviews, KeyStore passwordStore, TeamServerTester teamTester, FxExecutors executors) {
        this.passwordStore = passwordStore;
        this.teamTester = teamTester;
        this.executors = executors;
        this.teamTests = new NewestRequest(executors.fx());
        reviewer.set(reviews.reviewer());
        storage.set(reviews.storage());
        jdbcUrl.set(reviews.teamServer().jdbcUrl());
        databaseUser.set(reviews.teamServer().user());
        reviewer.addListener((obs, old, now) -> reviewerProblem.set(reviewerProblem(now)));
        for (javafx.beans.Observable team : List.of(storage, jdbcUrl, databaseUser)) {
            team.addListener(changed -> teamChanged());
        }
        databasePassword.addListener((obs, old, now) -> {
            passwordEdited = true;
            teamChanged();
        });
        teamProblem.set(teamProblem());
    }

    private static String reviewerProblem(String name) {
        return name == null || name.isBlank() ? "Enter the name your verdicts are saved under." : "";
    }

    /** A test result no longer says anything once the server it tested is edited. */
    private void teamChanged() {
        teamProblem.set(teamProblem());
        teamTests.dropAll();
        teamTestState.set(TestState.IDLE);
        teamTestMessage.set("");
    }

    /** Why the team server cannot be saved as it is; "" when reviews stay on this computer or it is complete. */
    private String teamProblem() {
        if (storage.get() != ReviewSettings.Storage.TEAM) {
            return "";
        }
        String url = text(jdbcUrl);
        if (url.isEmpty()) {
            return "Enter the team server's JDBC URL, such as " + JDBC_PREFIX + "db.example.com:5432/reviews.";
        }
        if (!url.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length()) || url.length() == JDBC_PREFIX.length()) {
            return "The JDBC URL must start with " + JDBC_PREFIX + " and name the server.";
        }
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            // The URL is written to the settings file; the password belongs in the credential store.
            return "Leave the password out of the URL and type it in the Password field: the URL is saved in the"
                    + " settings file.";
        }
        if (text(databaseUser).isEmpty()) {
            return "Enter the database user.";
        }
        return "";
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }

    /** Looks for the saved password off the FX thread. */
    void loadPassword() {
        passwordNotice.set("Looking for a saved password…");
        executors.background().execute(() -> {
            Optional<String> saved = passwordStore.load();
            boolean persistent = passwordStore.persistent();
            executors.fx().execute(() -> passwordLoaded(saved.orElse(""), persistent));
        });
    }

    private void passwordLoaded(String saved, boolean persistent) {
        storedPassword = saved;
        if (!passwordEdited) {
            databasePassword.set(saved);
            passwordEdited = false;
        }
        passwordNotice.set(
                persistent
                        ? "The password is kept in " + passwordStore.describe() + ", never in a file."
                        : "No system credential store is available, so the password is kept for this session only.");
    }

    /**
     * Connects to the team server as the dialog names it, creating or upgrading its review tables: whether it is
     * ready for reviews, in the user's words.
     */
    void testTeamServer() {
        String problem = teamProblem.get();
        if (storage.get() != ReviewSettings.Storage.TEAM) {
            problem = "Choose \u201cOn a team server\u201d first.";
        }
        if (!problem.isEmpty()) {
            teamTestState.set(TestState.FAILED);
            teamTestMessage.set(problem);
            return;
        }
        TeamServer server = new TeamServer(jdbcUrl.get(), databaseUser.get());
        String password = databasePassword.get() == null ? "" : databasePassword.get();
        String where = describeServer(server.jdbcUrl());
        NewestRequest.Ticket ticket = teamTests.next();
        teamTestState.set(TestState.RUNNING);
        teamTestMessage.set("Connecting to " + where + "…");
        executors.background().execute(() -> {
            try {
                teamTester.test(server, password);
                ticket.apply(() -> teamTestFinished(
                        TestState.SUCCEEDED, "Connected to " + where + ": the server is ready for reviews."));
            } catch (StoreException e) {
                String reason = e.getMessage() == null || e.getMessage().isBlank()
                        ? "The team server could not be used."
                        : e.getMessage();
                ticket.apply(() -> teamTestFinished(TestState.FAILED, reason));
            } catch (RuntimeException e) {
                ticket.apply(() -> teamTestFinished(
                        TestState.FAILED,
                        "The test could not be made: " + e.getClass().getSimpleName() + "."));
            }
        });
    }

    private void teamTestFinished(TestState state, String message) {
        teamTestState.set(state);
        teamTestMessage.set(message);
    }

    /** "db.example.com:5432/reviews" from its JDBC URL: where, without the options (which may hold secrets). */
    static String describeServer(String jdbcUrl) {
        String rest = jdbcUrl.strip();
        if (rest.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
            rest = rest.substring(JDBC_PREFIX.length());
        }
        int options = rest.indexOf('?');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            rest = rest.substring(at + 1);
        }
        return rest.isEmpty() ? "the team server" : rest;
    }

    /** Says why the reviewer's name or the team server cannot be saved; true when both can. */
    boolean acceptable() {
        reviewerProblem.set(reviewerProblem(reviewer.get()));
        teamProblem.set(teamProblem());
        return reviewerProblem.get().isEmpty() && teamProblem.get().isEmpty();
    }

    /** The reviews' settings as the dialog holds them. */
    ReviewSettings chosen() {
        return new ReviewSettings(reviewer.get(), storage.get(), new TeamServer(jdbcUrl.get(), databaseUser.get()));
    }

    /** The team server's password as the dialog holds it. */
    String password() {
        return databasePassword.get() == null ? "" : databasePassword.get();
    }

    boolean passwordChanged(String password) {
        return !password.equals(storedPassword);
    }

    /** Where the password is kept: {@link SettingsViewModel} saves it there off the FX thread. */
    KeyStore passwordStore() {
        return passwordStore;
    }

    /** The password was saved: it is the stored one now. */
    void passwordSaved(String password) {
        storedPassword = password;
    }

    /** A team server test still running is no longer shown. */
    void cancelTest() {
        teamTests.dropAll();
        if (teamTestState.get() == TestState.RUNNING) {
            teamTestState.set(TestState.IDLE);
            teamTestMessage.set("");
        }
    }

    boolean passwordEmpty() {
        return text(databasePassword).isEmpty();
    }

    /** The name verdicts are saved under. */
    StringProperty reviewerProperty() {
        return reviewer;
    }

    /** Why the reviewer's name cannot be saved; "" when it can. */
    ReadOnlyStringProperty reviewerProblemProperty() {
        return reviewerProblem.getReadOnlyProperty();
    }

    /** Where reviews are kept: this computer, or a team server. */
    ObjectProperty<ReviewSettings.Storage> storageProperty() {
        return storage;
    }

    StringProperty jdbcUrlProperty() {
        return jdbcUrl;
    }

    StringProperty databaseUserProperty() {
        return databaseUser;
    }

    /** The team server's password; saved to its own entry in the credential store, never to the settings file. */
    StringProperty databasePasswordProperty() {
        return databasePassword;
    }

    /** Where the password is kept, in a sentence. */
    ReadOnlyStringProperty passwordNoticeProperty() {
        return passwordNotice.getReadOnlyProperty();
    }

    /** Why the team server cannot be saved as it is; "" when it can (or reviews stay on this computer). */
    ReadOnlyStringProperty teamProblemProperty() {
        return teamProblem.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TestState> teamTestStateProperty() {
        return teamTestState.getReadOnlyProperty();
    }

    /** How the last team server test went, in the user's words. */
    ReadOnlyStringProperty teamTestMessageProperty() {
        return teamTestMessage.getReadOnlyProperty();
    }
}
