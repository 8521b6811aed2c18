package com.transcriptviewer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.ConversationQuery;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's logic without a scene; background work runs inline. */
class SettingsViewModelTest {

    private static final String SECRET = "KEY0123456789abcdefSECRET";
    private static DemoServer server;

    private final FxExecutors executors = new FxExecutors(Runnable::run, Runnable::run, (delay, task) -> () -> {});
    private final List<SettingsChange> saved = new ArrayList<>();
    // The demo server accepts any bearer token and answers 401 without one.
    private final ConnectionTester tester = (url, key, cancel) -> {
        try (TelnyxClient client = new TelnyxClient(ApiConfig.defaults(url, ApiKey.of(key)))) {
            return client.conversations(ConversationQuery.all().limit(1), cancel)
                    .size();
        }
    };

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = DemoServer.start(DemoData.generate());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private SettingsViewModel viewModel(KeyStore store, Optional<String> envKey) {
        return new SettingsViewModel(
                Settings.defaults(),
                store,
                envKey,
                tester,
                MemoryKeyStore.sessionOnly(),
                (server, password) -> {},
                executors,
                saved::add);
    }

    @Test
    void theLibraryFetchingTheRestIsOnAndCanBeTurnedOff() {
        SettingsViewModel vm = viewModel(MemoryKeyStore.standInForOsStore(), Optional.empty());
        assertThat(vm.libraryFetchesRestProperty().get()).isTrue();

        vm.libraryFetchesRestProperty().set(false);
        assertThat(vm.save()).isTrue();

        assertThat(saved)
                .singleElement()
                .satisfies(change ->
                        assertThat(change.settings().libraryFetchesRest()).isFalse());
    }

    @Test
    void theEnvironmentKeyWinsAndIsNotStored() {
        MemoryKeyStore store = MemoryKeyStore.standInForOsStore();
        store.save("stored-key");
        SettingsViewModel vm = viewModel(store, Optional.of("  env-key  "));
        assertThat(vm.apiKeyProperty().get()).isEqualTo("env-key");
        assertThat(vm.keyFromEnvironment()).isTrue();
        assertThat(vm.keyNoticeProperty().get()).contains("TELNYX_API_KEY");
        assertThat(vm.save()).isTrue();
        assertThat(store.load()).contains("stored-key");
        assertThat(saved)
                .singleElement()
                .satisfies(change -> assertThat(change.keyChanged()).isFalse());
    }

    @Test
    void withoutACredentialStoreTheKeyIsForThisSessionOnly() {
        MemoryKeyStore store = MemoryKeyStore.sessionOnly();
        SettingsViewModel vm = viewModel(store, Optional.empty());
        assertThat(vm.keyNoticeProperty().get()).contains("session only");
        vm.apiKeyProperty().set(SECRET);
        assertThat(vm.save()).isTrue();
        assertThat(store.load()).contains(SECRET);
        assertThat(saved)
                .singleElement()
                .satisfies(change -> assertThat(change.needsReconnect()).isTrue());
    }

    @Test
    void aStoredKeyIsShownAndClearingItDeletesIt() {
        MemoryKeyStore store = MemoryKeyStore.standInForOsStore();
        store.save(SECRET);
        SettingsViewModel vm = viewModel(store, Optional.empty());
        assertThat(vm.apiKeyProperty().get()).isEqualTo(SECRET);
        assertThat(vm.keyNoticeProperty().get()).contains("never in a file");
        vm.apiKeyProperty().set("");
        vm.save();
        assertThat(store.load()).isEmpty();
        assertThat(saved.get(0).keyChanged()).isTrue();
    }

    @Test
    void baseUrlMustBeHttpsOrLoopback() {
        assertThat(BaseUrls.problem("https://api.telnyx.com/v2")).isEmpty();
        assertThat(BaseUrls.problem("http://127.0.0.1:8080/v2")).isEmpty();
        assertThat(BaseUrls.problem("http://localhost/v2")).isEmpty();
        assertThat(BaseUrls.problem("")).isEmpty();
        assertThat(BaseUrls.problem("http://api.telnyx.com/v2"))
                .hasValueSatisfying(p -> assertThat(p).contains("https://"));
        assertThat(BaseUrls.problem("ftp://x")).isPresent();
        assertThat(BaseUrls.problem("not a url")).isPresent();

        SettingsViewModel vm = viewModel(MemoryKeyStore.sessionOnly(), Optional.empty());
        vm.baseUrlProperty().set("http://example.com/v2");
        assertThat(vm.baseUrlProblemProperty().get()).isNotEmpty();
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.save()).isFalse();
        assertThat(saved).isEmpty();
        vm.baseUrlProperty().set("https://example.com/v2");
        assertThat(vm.save()).isTrue();
        assertThat(saved.get(0).baseUrlChanged()).isTrue();
        assertThat(saved.get(0).settings().baseUrl()).isEqualTo("https://example.com/v2");
    }

    @Test
    void testConnectionSucceedsWithAKeyAndSays401WithoutOne() {
        SettingsViewModel vm = viewModel(MemoryKeyStore.sessionOnly(), Optional.empty());
        vm.baseUrlProperty().set(server.baseUrl());
        vm.testConnection();
        assertThat(vm.testStateProperty().get()).isEqualTo(SettingsViewModel.TestState.FAILED);
        assertThat(vm.testMessageProperty().get()).isEqualTo("Enter an API key first.");

        vm.apiKeyProperty().set(SECRET);
        vm.testConnection();
        assertThat(vm.testStateProperty().get()).isEqualTo(SettingsViewModel.TestState.SUCCEEDED);
        assertThat(vm.testMessageProperty().get()).startsWith("Connected to 127.0.0.1");

        ConnectionTester rejecting = (url, key, cancel) -> {
            try (TelnyxClient client = new TelnyxClient(ApiConfig.defaults(url, ApiKey.of("")))) {
                return client.conversations(ConversationQuery.all().limit(1), cancel)
                        .size();
            }
        };
        SettingsViewModel rejected = new SettingsViewModel(
                Settings.defaults(),
                MemoryKeyStore.sessionOnly(),
                Optional.of(SECRET),
                rejecting,
                MemoryKeyStore.sessionOnly(),
                (server, password) -> {},
                executors,
                saved::add);
        rejected.baseUrlProperty().set(server.baseUrl());
        rejected.testConnection();
        assertThat(rejected.testStateProperty().get()).isEqualTo(SettingsViewModel.TestState.FAILED);
        assertThat(rejected.testMessageProperty().get())
                .containsIgnoringCase("key")
                .doesNotContain(SECRET);
    }

    @Test
    void theKeyNeverReachesSettingsJsonOrToString() throws Exception {
        SettingsStore settingsStore = new SettingsStore(dir, Clock.systemUTC());
        SettingsViewModel vm = new SettingsViewModel(
                Settings.defaults(),
                MemoryKeyStore.sessionOnly(),
                Optional.empty(),
                tester,
                MemoryKeyStore.sessionOnly(),
                (server, password) -> {},
                executors,
                change -> {
                    try {
                        settingsStore.save(change.settings());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        vm.apiKeyProperty().set(SECRET);
        vm.themeProperty().set(Theme.DARK);
        vm.save();
        String json = Files.readString(settingsStore.file());
        assertThat(json).contains("dark").doesNotContain(SECRET);
        assertThat(vm.toString()).doesNotContain(SECRET);
        assertThat(MemoryKeyStore.sessionOnly().toString()).doesNotContain(SECRET);
    }
}
