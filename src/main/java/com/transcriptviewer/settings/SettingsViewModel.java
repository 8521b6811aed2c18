package com.transcriptviewer.settings;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.TeamServer;
import com.transcriptviewer.ui.Theme;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog's state: the API key (from the environment, read-only, or from the {@link KeyStore}), base
 * URL, page size, theme and time zone; the reviewer's name and where reviews are kept (this computer, or a team's
 * PostgreSQL server with its JDBC URL, user and password, the password in a key store of its own); a "Test
 * connection" for the API and one for the team server, and "Save". Store access and the tests run in the background;
 * results are applied on the FX side. One instance per dialog opening.
 */
public final class SettingsViewModel {

    /** How the last "Test connection" went. */
    public enum TestState {
        IDLE,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public static final String DEFAULT_BASE_URL = ApiConfig.DEFAULT_BASE_URL;

    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    private final Settings original;
    private final KeyStore keyStore;
    private final Optional<String> environmentKey;
    private final ConnectionTester tester;
    private final KeyStore passwordStore;
    private final TeamServerTester teamTester;
    private final FxExecutors executors;
    private final Consumer<SettingsChange> onSaved;

    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty keyRevealed = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper keyNotice = new ReadOnlyStringWrapper("");
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper baseUrlProblem = new ReadOnlyStringWrapper("");
    private final IntegerProperty pageSize = new SimpleIntegerProperty(Settings.DEFAULT_PAGE_SIZE);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Settings.TimeZoneChoice> timeZone =
            new SimpleObjectProperty<>(Settings.TimeZoneChoice.LOCAL);
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(TestState.IDLE);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
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
    private final BooleanBinding canSave;

    private String storedKey = "";
    private String storedPassword = "";
    private boolean passwordEdited;
    /** One request per team-server test: the answer to an older test, or one made before Save, is not shown. */
    private final NewestRequest teamTests;

    private boolean keyEdited;
    private CancelToken testInFlight = new CancelToken();
    /** One request per connection test: the answer to an older test, or to one cancelled, is not shown. */
    private final NewestRequest tests;

    /**
     * @param environmentKey the key from {@code TELNYX_API_KEY}, which wins over the stored one
     * @param passwordStore  where the team server's password is kept (an entry of its own, apart from the key)
     * @param teamTester     tests a team server with what the dialog holds
     * @param onSaved        told on the FX side once the secrets are stored, to write settings.json, reconnect and
     *                       open the review store anew
     */
    public SettingsViewModel(
            Settings current,
            KeyStore keyStore,
            Optional<String> environmentKey,
            ConnectionTester tester,
            KeyStore passwordStore,
            TeamServerTester teamTester,
            FxExecutors executors,
            Consumer<SettingsChange> onSaved) {
        this.original = Objects.requireNonNull(current, "current");
        this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
        this.environmentKey = environmentKey.filter(k -> !k.isBlank()).map(String::strip);
        this.tester = Objects.requireNonNull(tester, "tester");
        this.passwordStore = Objects.requireNonNull(passwordStore, "passwordStore");
        this.teamTester = Objects.requireNonNull(teamTester, "teamTester");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.tests = new NewestRequest(executors.fx());
        this.teamTests = new NewestRequest(executors.fx());
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");

        baseUrl.set(current.baseUrl());
        pageSize.set(current.pageSize());
        theme.set(current.theme());
        timeZone.set(current.timeZone());
        baseUrl.addListener(
                (obs, old, now) -> baseUrlProblem.set(BaseUrls.problem(now).orElse("")));
        apiKey.addListener((obs, old, now) -> {
            keyEdited = true;
            testState.set(TestState.IDLE);
            testMessage.set("");
        });
        ReviewSettings reviews = current.reviews();
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
        canSave = baseUrlProblem
                .isEmpty()
                .and(reviewerProblem.isEmpty())
                .and(teamProblem.isEmpty())
                .and(saving.not());
        loadKey();
        loadPassword();
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

    private void loadPassword() {
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

    private void loadKey() {
        if (this.environmentKey.isPresent()) {
            apiKey.set(this.environmentKey.get());
            keyEdited = false;
            keyNotice.set("The key comes from the TELNYX_API_KEY environment variable, which takes precedence."
                    + " Unset it to use a saved key.");
            return;
        }
        keyNotice.set("Looking for a saved key…");
        executors.background().execute(() -> {
            Optional<String> saved = keyStore.load();
            boolean persistent = keyStore.persistent();
            executors.fx().execute(() -> keyLoaded(saved.orElse(""), persistent));
        });
    }

    private void keyLoaded(String saved, boolean persistent) {
        storedKey = saved;
        if (!keyEdited) {
            apiKey.set(saved);
            keyEdited = false;
        }
        keyNotice.set(
                persistent
                        ? "The key is kept in " + keyStore.describe() + ", never in a file."
                        : "No system credential store is available, so the key is kept for this session only.");
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    public void toggleKeyRevealed() {
        keyRevealed.set(!keyRevealed.get());
    }

    /** One request ({@code GET /ai/conversations?limit=1}) with the key and base URL as they are in the dialog. */
    public void testConnection() {
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        if (key.isEmpty()) {
            testState.set(TestState.FAILED);
            testMessage.set("Enter an API key first.");
            return;
        }
        Optional<String> problem = BaseUrls.problem(baseUrl.get());
        if (problem.isPresent()) {
            testState.set(TestState.FAILED);
            testMessage.set(problem.get());
            return;
        }
        String url = effectiveBaseUrl();
        testInFlight.cancel();
        CancelToken token = new CancelToken();
        testInFlight = token;
        NewestRequest.Ticket ticket = tests.next();
        testState.set(TestState.RUNNING);
        testMessage.set("Testing the connection to " + hostOf(url) + "…");
        executors.background().execute(() -> {
            try {
                int listed = tester.test(url, key, token);
                ticket.apply(() -> testFinished(
                        TestState.SUCCEEDED,
                        "Connected to " + hostOf(url) + ": the key works"
                                + (listed == 0 ? " (no conversations yet)." : ".")));
            } catch (ApiException e) {
                if (e.kind() != ErrorKind.CANCELLED) {
                    ticket.apply(() -> testFinished(TestState.FAILED, e.userMessage()));
                }
            } catch (RuntimeException e) {
                ticket.apply(() -> testFinished(
                        TestState.FAILED,
                        "The test could not be made: " + e.getClass().getSimpleName() + "."));
            }
        });
    }

    private void testFinished(TestState state, String message) {
        testState.set(state);
        testMessage.set(message);
    }

    /**
     * Connects to the team server as the dialog names it, creating or upgrading its review tables: whether it is
     * ready for reviews, in the user's words.
     */
    public void testTeamServer() {
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

    /**
     * Stores the key (unless it comes from the environment) and the team server's password, each in its own store,
     * then hands the other settings to {@code onSaved}. Returns false, changing nothing, when the base URL, the
     * reviewer's name or the team server is not acceptable.
     */
    public boolean save() {
        Optional<String> problem = BaseUrls.problem(baseUrl.get());
        if (problem.isPresent()) {
            baseUrlProblem.set(problem.get());
            return false;
        }
        reviewerProblem.set(reviewerProblem(reviewer.get()));
        teamProblem.set(teamProblem());
        if (!reviewerProblem.get().isEmpty() || !teamProblem.get().isEmpty()) {
            return false;
        }
        ReviewSettings reviews =
                new ReviewSettings(reviewer.get(), storage.get(), new TeamServer(jdbcUrl.get(), databaseUser.get()));
        Settings chosen = new Settings(
                theme.get(),
                baseUrl.get(),
                pageSize.get(),
                timeZone.get(),
                original.insightsPanelOpen(),
                original.reviewPanelOpen(),
                reviews);
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        String password = databasePassword.get() == null ? "" : databasePassword.get();
        boolean keyChanged = environmentKey.isEmpty() && !key.equals(storedKey);
        boolean passwordChanged = !password.equals(storedPassword);
        boolean baseUrlChanged = !chosen.baseUrl().equals(original.baseUrl());
        boolean storeChanged = !reviews.sameStoreAs(original.reviews())
                || (passwordChanged && reviews.team().isPresent());
        SettingsChange change = new SettingsChange(chosen, keyChanged, baseUrlChanged, storeChanged);
        cancelTest();
        if (!keyChanged && !passwordChanged) {
            onSaved.accept(change);
            return true;
        }
        saving.set(true);
        executors.background().execute(() -> {
            if (keyChanged) {
                store(keyStore, key);
            }
            if (passwordChanged) {
                store(passwordStore, password);
            }
            executors.fx().execute(() -> {
                storedKey = key;
                storedPassword = password;
                saving.set(false);
                onSaved.accept(change);
            });
        });
        return true;
    }

    private static void store(KeyStore store, String secret) {
        if (secret.isEmpty()) {
            store.delete();
        } else {
            store.save(secret);
        }
    }

    /** Stops a test request in flight (dialog closed); a team server test still running is no longer shown. */
    public void cancelTest() {
        testInFlight.cancel();
        tests.dropAll();
        if (testState.get() == TestState.RUNNING) {
            testState.set(TestState.IDLE);
            testMessage.set("");
        }
        teamTests.dropAll();
        if (teamTestState.get() == TestState.RUNNING) {
            teamTestState.set(TestState.IDLE);
            teamTestMessage.set("");
        }
    }

    private String effectiveBaseUrl() {
        String url = baseUrl.get() == null ? "" : baseUrl.get().strip();
        return url.isEmpty() ? DEFAULT_BASE_URL : url;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    /** The key field is read-only when the key comes from the environment. */
    public boolean keyFromEnvironment() {
        return environmentKey.isPresent();
    }

    public BooleanProperty keyRevealedProperty() {
        return keyRevealed;
    }

    /** Where the key comes from or goes, in a sentence. */
    public ReadOnlyStringProperty keyNoticeProperty() {
        return keyNotice.getReadOnlyProperty();
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public ReadOnlyStringProperty baseUrlProblemProperty() {
        return baseUrlProblem.getReadOnlyProperty();
    }

    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Settings.TimeZoneChoice> timeZoneProperty() {
        return timeZone;
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return testState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** The name verdicts are saved under. */
    public StringProperty reviewerProperty() {
        return reviewer;
    }

    /** Why the reviewer's name cannot be saved; "" when it can. */
    public ReadOnlyStringProperty reviewerProblemProperty() {
        return reviewerProblem.getReadOnlyProperty();
    }

    /** Where reviews are kept: this computer, or a team server. */
    public ObjectProperty<ReviewSettings.Storage> storageProperty() {
        return storage;
    }

    public StringProperty jdbcUrlProperty() {
        return jdbcUrl;
    }

    public StringProperty databaseUserProperty() {
        return databaseUser;
    }

    /** The team server's password; saved to its own entry in the credential store, never to the settings file. */
    public StringProperty databasePasswordProperty() {
        return databasePassword;
    }

    /** Where the password is kept, in a sentence. */
    public ReadOnlyStringProperty passwordNoticeProperty() {
        return passwordNotice.getReadOnlyProperty();
    }

    /** Why the team server cannot be saved as it is; "" when it can (or reviews stay on this computer). */
    public ReadOnlyStringProperty teamProblemProperty() {
        return teamProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TestState> teamTestStateProperty() {
        return teamTestState.getReadOnlyProperty();
    }

    /** How the last team server test went, in the user's words. */
    public ReadOnlyStringProperty teamTestMessageProperty() {
        return teamTestMessage.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "SettingsViewModel[baseUrl=" + baseUrl.get() + ", key "
                + (apiKey.get().isEmpty() ? "empty" : "set") + ", reviews " + storage.get() + ", password "
                + (text(databasePassword).isEmpty() ? "empty" : "set") + "]";
    }
}
