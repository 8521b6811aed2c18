package com.transcriptviewer;

import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.conversations.ConversationListView;
import com.transcriptviewer.conversations.ConversationListViewModel;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.platform.Logging;
import com.transcriptviewer.settings.Settings;
import com.transcriptviewer.settings.SettingsStore;
import com.transcriptviewer.shell.MainView;
import com.transcriptviewer.shell.MainViewModel;
import com.transcriptviewer.transcript.ApiTranscriptSource;
import com.transcriptviewer.transcript.BubbleContext;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.ui.AppIcons;
import com.transcriptviewer.ui.ThemeManager;
import com.transcriptviewer.ui.TimeFormat;
import com.transcriptviewer.ui.concurrent.FxExecutors;
import com.transcriptviewer.ui.concurrent.FxTimer;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    private final ExecutorService background = Executors.newFixedThreadPool(4, daemonThreads("background"));
    private final StartupOptions options;
    private final Connection connection;
    private final SettingsStore settingsStore;
    private final TranscriptViewModel transcript;
    private final ConversationListViewModel conversationList;
    private final MainViewModel main;
    private final MainView mainView;
    private final ThemeManager themes = new ThemeManager();
    private final Optional<String> settingsNotice;

    /**
     * @param env  the environment to read {@code TELNYX_API_KEY} and {@code TELNYX_BASE_URL} from
     * @param dirs where settings live
     */
    public Desktop(StartupOptions options, Map<String, String> env, AppDirs dirs) throws IOException {
        this.options = Objects.requireNonNull(options, "options");
        settingsStore = new SettingsStore(dirs.configDir(), Clock.systemDefaultZone());
        SettingsStore.Loaded loaded = settingsStore.load();
        settingsNotice = loaded.notice();
        Settings settings = loaded.settings();

        connection = connect(options, env, settings);
        FxExecutors executors = new FxExecutors(background, Platform::runLater, new FxTimer());
        TimeFormat timeFormat = settings.timeZone() == Settings.TimeZoneChoice.UTC
                ? new TimeFormat(ZoneOffset.UTC, Clock.systemUTC()) : TimeFormat.local();
        transcript = new TranscriptViewModel(new ApiTranscriptSource(connection.client(), connection.label()),
                executors, BubbleContext.onFxThread(background, timeFormat), settings.pageSize());
        conversationList = new ConversationListViewModel(connection.client(), executors);
        main = new MainViewModel(transcript, conversationList);
        main.setSourceBadge(connection.isDemo() ? "Demo data" : connection.label());
        main.themeProperty().set(settings.theme());
        themes.themeProperty().bind(main.themeProperty());
        main.themeProperty().addListener((obs, old, theme) -> background.execute(() -> saveQuietly(
                settingsStore.load().settings().withTheme(theme))));

        TranscriptView transcriptView = new TranscriptView(transcript, main::openSettings);
        ConversationListView listView = new ConversationListView(conversationList, main::open, timeFormat);
        mainView = new MainView(main, listView, transcriptView);
    }

    /** Puts the window on screen and starts loading: the conversation list and the first conversation. */
    public Scene show(Stage stage) {
        themes.applyCurrent();
        Scene scene = new Scene(mainView, 1200, 800);
        themes.manage(scene);
        stage.setTitle("Transcript Viewer");
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
        conversationList.refresh();
        initialConversation().ifPresent(main::open);
        settingsNotice.ifPresent(LOG::warning);
        return scene;
    }

    private static Connection connect(StartupOptions options, Map<String, String> env, Settings settings)
            throws IOException {
        String key = env.get("TELNYX_API_KEY");
        if (options.forceDemo() || key == null || key.isBlank()) {
            return Connection.demo();
        }
        Logging.registerSecret(key.strip());
        return Connection.api(baseUrl(options, env, settings), ApiKey.of(key.strip()));
    }

    private static String baseUrl(StartupOptions options, Map<String, String> env, Settings settings) {
        if (options.baseUrl().isPresent()) {
            return options.baseUrl().get();
        }
        String fromEnv = env.get("TELNYX_BASE_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        return settings.baseUrl().isEmpty() ? Connection.DEFAULT_BASE_URL : settings.baseUrl();
    }

    private Optional<String> initialConversation() {
        if (options.conversationId().isPresent()) {
            return ConversationIdParser.extract(options.conversationId().get());
        }
        return connection.isDemo() ? Optional.of(DemoData.APPOINTMENT_BOOKING_ID) : Optional.empty();
    }

    private void saveQuietly(Settings settings) {
        try {
            settingsStore.save(settings);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings: " + e.getMessage());
        }
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public MainView mainView() {
        return mainView;
    }

    /** The demo server's base URL when running on demo data (tests count its requests). */
    public Optional<com.transcriptviewer.demo.DemoServer> demoServer() {
        return connection.demoServer();
    }

    @Override
    public void close() {
        transcript.cancel();
        conversationList.cancel();
        background.shutdownNow();
        connection.close();
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
