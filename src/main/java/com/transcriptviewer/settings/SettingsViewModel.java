package com.transcriptviewer.settings;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.ui.Theme;
import java.net.URI;
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
 * URL, page size, theme and time zone; the reviewer's name and where reviews are kept, with the team server's own
 * "Test connection" ({@link ReviewStorageViewModel}); a "Test connection" for the API, and "Save". Store access and
 * the tests run in the background; results are applied on the FX side. One instance per dialog opening.
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

    private final Settings original;
    private final KeyStore keyStore;
    private final Optional<String> environmentKey;
    private final ConnectionTester tester;
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
    private final BooleanProperty privacyByDefault = new SimpleBooleanProperty(false);
    private final BooleanProperty libraryFetchesRest = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(TestState.IDLE);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReviewStorageViewModel reviews;
    private final BooleanBinding canSave;

    private String storedKey = "";
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
        this.executors = Objects.requireNonNull(executors, "executors");
        this.tests = new NewestRequest(executors.fx());
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");

        baseUrl.set(current.baseUrl());
        pageSize.set(current.pageSize());
        theme.set(current.theme());
        timeZone.set(current.timeZone());
        privacyByDefault.set(current.privacyByDefault());
        libraryFetchesRest.set(current.libraryFetchesRest());
        baseUrl.addListener(
                (obs, old, now) -> baseUrlProblem.set(BaseUrls.problem(now).orElse("")));
        apiKey.addListener((obs, old, now) -> {
            keyEdited = true;
            testState.set(TestState.IDLE);
            testMessage.set("");
        });
        this.reviews = new ReviewStorageViewModel(
                current.reviews(),
                Objects.requireNonNull(passwordStore, "passwordStore"),
                Objects.requireNonNull(teamTester, "teamTester"),
                this.executors);
        canSave = baseUrlProblem
                .isEmpty()
                .and(reviews.reviewerProblemProperty().isEmpty())
                .and(reviews.teamProblemProperty().isEmpty())
                .and(saving.not());
        loadKey();
        reviews.loadPassword();
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
        if (!reviews.acceptable()) {
            return false;
        }
        ReviewSettings chosenReviews = reviews.chosen();
        Settings chosen = new Settings(
                theme.get(),
                baseUrl.get(),
                pageSize.get(),
                timeZone.get(),
                original.insightsPanelOpen(),
                original.reviewPanelOpen(),
                chosenReviews,
                privacyByDefault.get(),
                libraryFetchesRest.get());
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        String password = reviews.password();
        boolean keyChanged = environmentKey.isEmpty() && !key.equals(storedKey);
        boolean passwordChanged = reviews.passwordChanged(password);
        boolean baseUrlChanged = !chosen.baseUrl().equals(original.baseUrl());
        boolean storeChanged = !chosenReviews.sameStoreAs(original.reviews())
                || (passwordChanged && chosenReviews.team().isPresent());
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
                store(reviews.passwordStore(), password);
            }
            executors.fx().execute(() -> {
                storedKey = key;
                reviews.passwordSaved(password);
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
        reviews.cancelTest();
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

    /** Whether the library fetches in the background the rest of each conversation opened, to keep it whole. */
    public BooleanProperty libraryFetchesRestProperty() {
        return libraryFetchesRest;
    }

    /** Whether the window starts in privacy mode (personal data masked). */
    public BooleanProperty privacyByDefaultProperty() {
        return privacyByDefault;
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
        return reviews.reviewerProperty();
    }

    /** Why the reviewer's name cannot be saved; "" when it can. */
    public ReadOnlyStringProperty reviewerProblemProperty() {
        return reviews.reviewerProblemProperty();
    }

    /** Where reviews are kept: this computer, or a team server. */
    public ObjectProperty<ReviewSettings.Storage> storageProperty() {
        return reviews.storageProperty();
    }

    public StringProperty jdbcUrlProperty() {
        return reviews.jdbcUrlProperty();
    }

    public StringProperty databaseUserProperty() {
        return reviews.databaseUserProperty();
    }

    /** The team server's password; saved to its own entry in the credential store, never to the settings file. */
    public StringProperty databasePasswordProperty() {
        return reviews.databasePasswordProperty();
    }

    /** Where the password is kept, in a sentence. */
    public ReadOnlyStringProperty passwordNoticeProperty() {
        return reviews.passwordNoticeProperty();
    }

    /** Why the team server cannot be saved as it is; "" when it can (or reviews stay on this computer). */
    public ReadOnlyStringProperty teamProblemProperty() {
        return reviews.teamProblemProperty();
    }

    public ReadOnlyObjectProperty<TestState> teamTestStateProperty() {
        return reviews.teamTestStateProperty();
    }

    /** How the last team server test went, in the user's words. */
    public ReadOnlyStringProperty teamTestMessageProperty() {
        return reviews.teamTestMessageProperty();
    }

    /**
     * Connects to the team server as the dialog names it, creating or upgrading its review tables: whether it is
     * ready for reviews, in the user's words.
     */
    public void testTeamServer() {
        reviews.testTeamServer();
    }

    @Override
    public String toString() {
        return "SettingsViewModel[baseUrl=" + baseUrl.get() + ", key "
                + (apiKey.get().isEmpty() ? "empty" : "set") + ", reviews "
                + reviews.storageProperty().get()
                + ", password " + (reviews.passwordEmpty() ? "empty" : "set") + "]";
    }
}
