package com.transcriptviewer;

import com.transcriptviewer.about.AboutDialog;
import com.transcriptviewer.about.AboutViewModel;
import com.transcriptviewer.about.LibraryNotices;
import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.ConversationQuery;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.conversations.ConversationListView;
import com.transcriptviewer.conversations.ConversationListViewModel;
import com.transcriptviewer.conversations.RecentConversationsStore;
import com.transcriptviewer.conversations.RecentConversationsViewModel;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.export.ConversationExporter;
import com.transcriptviewer.export.ExportView;
import com.transcriptviewer.export.ExportViewModel;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.platform.Logging;
import com.transcriptviewer.settings.BaseUrls;
import com.transcriptviewer.settings.KeyStore;
import com.transcriptviewer.settings.MemoryKeyStore;
import com.transcriptviewer.settings.OsKeyStore;
import com.transcriptviewer.settings.Settings;
import com.transcriptviewer.settings.SettingsChange;
import com.transcriptviewer.settings.SettingsDialog;
import com.transcriptviewer.settings.SettingsStore;
import com.transcriptviewer.settings.SettingsViewModel;
import com.transcriptviewer.shell.MainView;
import com.transcriptviewer.shell.MainViewModel;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.DeferredTranscriptSource;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.source.TranscriptSource;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.copy.TranscriptCopyMenu;
import com.transcriptviewer.transcript.details.MessageDetailsView;
import com.transcriptviewer.transcript.filter.TranscriptFilterBar;
import com.transcriptviewer.transcript.filter.TranscriptFilterViewModel;
import com.transcriptviewer.transcript.find.FindBar;
import com.transcriptviewer.transcript.find.FindViewModel;
import com.transcriptviewer.transcript.navigation.TranscriptNavigationViewModel;
import com.transcriptviewer.transcript.navigation.TranscriptNavigator;
import com.transcriptviewer.ui.AppIcons;
import com.transcriptviewer.ui.FxTimer;
import com.transcriptviewer.ui.LayoutPulses;
import com.transcriptviewer.ui.ThemeManager;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Everything the running app is made of, built once here and passed in through constructors: connection, view-models,
 * views, theme, settings. {@link App} creates one for the real window; tests and benchmarks create one in-process
 * with their own environment and directories.
 */
public final class Desktop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Desktop.class.getName());
    /** {@code -Dtranscriptviewer.keystore=memory} keeps the key in memory: tests never touch a real keyring. */
    static final String KEY_STORE_PROPERTY = "transcriptviewer.keystore";

    private final ExecutorService background = Executors.newFixedThreadPool(4, daemonThreads("background"));
    // One thread, so settings writes land in the order they were made.
    private final ExecutorService settingsWriter = Executors.newSingleThreadExecutor(daemonThreads("settings"));
    private final StartupOptions options;
    private final Map<String, String> env;
    private final KeyStore keyStore;
    private final FxExecutors executors;
    private Connection connection;
    private final CompletableFuture<Connection> connecting;
    private final String baseUrl;
    private final TimeFormat timeFormat;
    private final javafx.beans.property.ReadOnlyBooleanWrapper panesShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final SettingsStore settingsStore;
    private Settings settings;
    private final TranscriptViewModel transcript;
    /** The feature view-models made with the panes, after the first frame (see {@link #buildPanes}). */
    private FindViewModel find;

    private ExportViewModel export;
    private TranscriptFilterViewModel transcriptFilters;
    private TranscriptNavigationViewModel navigation;
    private final ConversationListViewModel conversationList;
    private final RecentConversationsViewModel recents;
    private final MainViewModel main;
    private final MainView mainView;
    private final ThemeManager themes = new ThemeManager();
    private final List<String> notices = new ArrayList<>();
    private Stage stage;
    private int connectGeneration;
    private boolean closed;

    /**
     * The key store is the OS credential store, or an in-memory one when the system property
     * {@value #KEY_STORE_PROPERTY} is {@code memory} (tests).
     *
     * @param env  the environment to read {@code TELNYX_API_KEY} and {@code TELNYX_BASE_URL} from
     * @param dirs where settings and recent conversations live
     */
    public Desktop(StartupOptions options, Map<String, String> env, AppDirs dirs) throws IOException {
        this(
                options,
                env,
                dirs,
                "memory".equals(System.getProperty(KEY_STORE_PROPERTY))
                        ? MemoryKeyStore.sessionOnly()
                        : new OsKeyStore());
    }

    public Desktop(StartupOptions options, Map<String, String> env, AppDirs dirs, KeyStore keyStore)
            throws IOException {
        this.options = Objects.requireNonNull(options, "options");
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
        settingsStore = new SettingsStore(dirs.configDir(), Clock.systemDefaultZone());
        SettingsStore.Loaded loaded = settingsStore.load();
        loaded.notice().ifPresent(notices::add);
        settings = loaded.settings();

        executors = new FxExecutors(background, Platform::runLater, new FxTimer());
        // The connection (credential store, demo server, HTTP client) takes a second or so of CPU to build: it is
        // started once the window's first frame is laid out (see afterFirstFrame), so that frame does not share the
        // cores with it. Loads wait for it off the FX thread; connected() finishes the wiring.
        baseUrl = startupBaseUrl();
        connecting = new CompletableFuture<>();
        TimeFormat timeFormat = settings.timeZone() == Settings.TimeZoneChoice.UTC
                ? new TimeFormat(ZoneOffset.UTC, Clock.systemUTC())
                : TimeFormat.local();
        TranscriptSource conversations = new DeferredTranscriptSource(
                connecting.thenApply(c -> new ApiTranscriptSource(c.client(), c.label())), "connecting");
        transcript = new TranscriptViewModel(
                conversations, executors, BubbleContext.onFxThread(background, timeFormat), settings.pageSize());
        conversationList = new ConversationListViewModel(
                null, executors, timeFormat.zone(), ConversationListViewModel.DEFAULT_LIMIT);
        recents = new RecentConversationsViewModel(
                new RecentConversationsStore(dirs.configDir(), Clock.systemDefaultZone()),
                executors,
                Clock.systemDefaultZone());
        recents.loadNotice().ifPresent(notices::add);
        main = new MainViewModel(
                transcript,
                conversationList,
                recents,
                conversations,
                file -> new FileTranscriptSource(file, WireFormat.shared()));
        main.setSourceBadge("Connecting…");
        main.setSettingsOpener(this::openSettings);
        main.setAboutOpener(this::openAbout);
        main.themeProperty().set(settings.theme());
        themes.themeProperty().bind(main.themeProperty());
        main.themeProperty().addListener((obs, old, theme) -> saveSettings(settings.withTheme(theme)));

        this.timeFormat = timeFormat;
        // The theme before the first control: a control class set up with no user-agent stylesheet loads
        // JavaFX's own (Modena, 150 KB), only to have it replaced by the theme's.
        themes.applyCurrent();
        mainView = new MainView(main);
    }

    /**
     * The bars' controls and the two panes: a few hundred milliseconds of controls and styling, built right after the
     * window's first frame so the window appears at once and fills in on the next frames (their data is loading
     * meanwhile anyway).
     */
    private void buildPanes() {
        if (panesShown.get() || closed) {
            return;
        }
        mainView.buildBars();
        // The features' view-models, controls and the export's writers are made here, after the first frame, like
        // the bars they sit in. The view-models start from the rows the transcript already holds.
        transcriptFilters = new TranscriptFilterViewModel(transcript);
        navigation = new TranscriptNavigationViewModel(transcript, transcriptFilters::shows);
        find = new FindViewModel(transcript, executors);
        mainView.addTool(MessageDetailsView.toggleButton(transcript.details()));
        TranscriptView transcriptView = new TranscriptView(transcript, main::openSettings);
        MessageDetailsView.installBeside(transcriptView, transcript.details());
        TranscriptCopyMenu.install(transcriptView, transcript.copying());
        TranscriptFilterBar.install(transcriptView, transcriptFilters, transcript.silenceThresholdSecondsProperty());
        mainView.addToolBarItems(
                TranscriptNavigator.install(transcriptView, navigation).toolBarButtons());
        transcriptView.addBar(new FindBar(find, transcriptView::selectedMessageIndex, transcriptView::reveal));
        ConversationListView listView =
                new ConversationListView(conversationList, recents, main::open, main::open, timeFormat);
        mainView.setPanes(listView, transcriptView);
        export = new ExportViewModel(
                transcript,
                new ConversationExporter(timeFormat.zone(), Clock.systemDefaultZone()),
                executors,
                this::exportSecrets);
        ExportView exportView = new ExportView(export);
        mainView.addToFileMenu(exportView.menu());
        mainView.addToStatusBar(exportView);
        panesShown.set(true);
    }

    /** Turns true once the conversation list and the transcript are in the window. */
    public javafx.beans.property.ReadOnlyBooleanProperty panesShownProperty() {
        return panesShown.getReadOnlyProperty();
    }

    /** Puts the window on screen and starts loading: the conversation list and the first conversation or file. */
    public Scene show(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(mainView, 1200, 800);
        themes.manage(scene);
        stage.setTitle("Transcript Viewer");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        LayoutPulses.afterNext(scene, () -> Platform.runLater(this::afterFirstFrame));
        conversationList.refresh();
        if (options.file().isPresent()) {
            main.openFile(options.file().get());
        } else {
            options.conversationId().flatMap(ConversationIdParser::extract).ifPresent(main::open);
        }
        connecting.whenComplete((ready, failure) -> Platform.runLater(() -> connected(ready, failure)));
        if (!notices.isEmpty()) {
            notices.forEach(LOG::warning);
            main.showNotice(String.join(" ", notices));
        }
        return scene;
    }

    /**
     * What the first frame does without: the connection and the credential store (on background threads), the
     * window icons (decoded images), then the bars' controls and the panes.
     */
    private void afterFirstFrame() {
        if (closed) {
            return;
        }
        background.execute(() -> {
            try {
                connecting.complete(connect(options.forceDemo(), baseUrl));
            } catch (IOException | RuntimeException e) {
                connecting.completeExceptionally(e);
            }
        });
        // Opening the OS credential store is slow the first time; do it now, not when Settings opens.
        background.execute(keyStore::persistent);
        stage.getIcons().setAll(AppIcons.all());
        buildPanes();
    }

    // ---- connection ----------------------------------------------------------------------------------------------

    /** The key that wins: {@code TELNYX_API_KEY}, else the one in the credential store. Blocks on the store. */
    private Optional<String> currentKey() {
        Optional<String> fromEnv = environmentKey();
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        return keyStore.load().map(String::strip).filter(k -> !k.isEmpty());
    }

    /** The keys an export must never contain: the one in the environment and the saved one. Blocks on the store. */
    private SecretScrubber exportSecrets() {
        List<String> keys = new ArrayList<>();
        environmentKey().ifPresent(keys::add);
        keyStore.load().ifPresent(keys::add);
        return new SecretScrubber(keys);
    }

    private Optional<String> environmentKey() {
        String key = env.get("TELNYX_API_KEY");
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip());
    }

    private Connection connect(boolean demo, String baseUrl) throws IOException {
        Optional<String> key = demo ? Optional.empty() : currentKey();
        if (key.isEmpty()) {
            return Connection.demo();
        }
        Logging.registerSecret(key.get());
        return Connection.api(baseUrl, ApiKey.of(key.get()));
    }

    /** Command line, then {@code TELNYX_BASE_URL}, then settings, then the default; an unsafe URL is refused. */
    private String startupBaseUrl() {
        if (options.baseUrl().isPresent()) {
            return options.baseUrl().get();
        }
        String fromEnv = env.get("TELNYX_BASE_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            Optional<String> problem = BaseUrls.problem(fromEnv);
            if (problem.isEmpty()) {
                return fromEnv.strip();
            }
            notices.add("TELNYX_BASE_URL is ignored: " + problem.get());
        }
        return savedOrDefaultBaseUrl();
    }

    /** Settings' base URL when it is set and acceptable, else the default. */
    private String savedOrDefaultBaseUrl() {
        if (settings.baseUrl().isEmpty() || BaseUrls.problem(settings.baseUrl()).isPresent()) {
            return Connection.DEFAULT_BASE_URL;
        }
        return settings.baseUrl();
    }

    /**
     * Swaps the connection after the key or base URL changed: built in the background (the demo server takes a
     * moment to start), then the transcript and the browser move to it and the old one is closed.
     */
    private void reconnect(String baseUrl) {
        int generation = ++connectGeneration;
        background.execute(() -> {
            try {
                Connection fresh = connect(false, baseUrl);
                Platform.runLater(() -> useConnection(generation, fresh));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not reconnect: " + e.getClass().getSimpleName());
                Platform.runLater(() -> main.showNotice("Could not connect with the new settings ("
                        + e.getClass().getSimpleName() + ")"
                        + (connection != null ? "; still using " + connection.label() + "." : ".")));
            }
        });
    }

    private void useConnection(int generation, Connection fresh) {
        if (generation != connectGeneration || closed) {
            fresh.close();
            return;
        }
        Connection old = connection;
        connection = fresh;
        conversationList.useClient(fresh.client());
        main.useConversationSource(new ApiTranscriptSource(fresh.client(), fresh.label()), badge(fresh));
        if (old != null) {
            background.execute(old::close);
        }
    }

    private static String badge(Connection connection) {
        return connection.isDemo() ? "Demo data" : connection.label();
    }

    // ---- settings ------------------------------------------------------------------------------------------------

    /** Opens the settings dialog (tool bar cog, File menu, the 401 pane's button). */
    public void openSettings() {
        SettingsViewModel viewModel = new SettingsViewModel(
                settings, keyStore, environmentKey(), Desktop::testConnection, executors, this::settingsSaved);
        SettingsDialog dialog = new SettingsDialog(viewModel);
        if (stage != null) {
            dialog.initOwner(stage);
        }
        dialog.show();
    }

    /** Help > About: version, licence, and the libraries shipped with their licences. */
    public void openAbout() {
        AboutDialog dialog = new AboutDialog(new AboutViewModel(ApiConfig.appVersion(), LibraryNotices.shipped()));
        if (stage != null) {
            dialog.initOwner(stage);
        }
        dialog.show();
    }

    /** One request with a key not saved yet, on a client of its own that is closed right after. */
    private static int testConnection(String baseUrl, String apiKey, com.transcriptviewer.api.CancelToken cancel)
            throws com.transcriptviewer.api.ApiException {
        Logging.registerSecret(apiKey);
        try (TelnyxClient client = new TelnyxClient(ApiConfig.defaults(baseUrl, ApiKey.of(apiKey)))) {
            return client.conversations(ConversationQuery.all().limit(1), cancel)
                    .size();
        }
    }

    private void settingsSaved(SettingsChange change) {
        saveSettings(change.settings());
        main.themeProperty().set(change.settings().theme());
        if (change.needsReconnect()) {
            // A base URL typed in the dialog is what the user wants now; an empty one falls back as at start.
            reconnect(
                    change.settings().baseUrl().isEmpty()
                            ? startupBaseUrlWithoutNotices()
                            : change.settings().baseUrl());
        }
    }

    private String startupBaseUrlWithoutNotices() {
        if (options.baseUrl().isPresent()) {
            return options.baseUrl().get();
        }
        String fromEnv = env.get("TELNYX_BASE_URL");
        if (fromEnv != null && !fromEnv.isBlank() && BaseUrls.problem(fromEnv).isEmpty()) {
            return fromEnv.strip();
        }
        return Connection.DEFAULT_BASE_URL;
    }

    private void saveSettings(Settings next) {
        settings = next;
        settingsWriter.execute(() -> {
            try {
                settingsStore.save(next);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not save settings: " + e.getMessage());
            }
        });
    }

    /** The start-up connection is ready: the list loads from it, and demo mode opens a demo conversation. */
    private void connected(Connection ready, Throwable failure) {
        if (closed) {
            if (ready != null) {
                ready.close();
            }
            return;
        }
        if (failure != null) {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            LOG.log(
                    Level.WARNING,
                    "Could not connect at start: " + cause.getClass().getSimpleName());
            main.setSourceBadge("Not connected");
            main.showNotice("The viewer could not set up its connection ("
                    + cause.getClass().getSimpleName() + "). Check Settings, then restart.");
            return;
        }
        if (connection != null) {
            // Settings reconnected while the start-up connection was still being built; the newer one stays.
            background.execute(ready::close);
            return;
        }
        connection = ready;
        conversationList.useClient(ready.client());
        main.setSourceBadge(badge(ready));
        boolean nothingAsked =
                options.file().isEmpty() && options.conversationId().isEmpty();
        if (ready.isDemo()
                && nothingAsked
                && transcript.conversationIdProperty().get().isEmpty()) {
            main.open(DemoData.APPOINTMENT_BOOKING_ID);
        }
    }

    /** The connection in use, waiting for the start-up one if it is still being built. */
    private Connection currentConnection() {
        return connection != null ? connection : connecting.join();
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public TranscriptFilterViewModel transcriptFilters() {
        return transcriptFilters;
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public FindViewModel find() {
        return find;
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public MainView mainView() {
        return mainView;
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public ExportViewModel export() {
        return export;
    }

    public ConversationListViewModel conversationList() {
        return conversationList;
    }

    /** The demo server when running on demo data (tests count its requests and inject faults). */
    public Optional<com.transcriptviewer.demo.DemoServer> demoServer() {
        return currentConnection().demoServer();
    }

    @Override
    public void close() {
        closed = true;
        transcript.cancel();
        conversationList.cancel();
        background.shutdownNow();
        settingsWriter.shutdown();
        try {
            settingsWriter.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            connection.close();
        }
        // A start-up connection still being built is closed as soon as it is done.
        connecting.thenAccept(ready -> {
            if (ready != connection) {
                ready.close();
            }
        });
    }

    static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tv-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
