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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: builds every object once, passes collaborators in through constructors, shows the window.
 * Nothing else in the app constructs services.
 */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private static final int FIRST_PAGE_TIMEOUT_SECONDS = 60;

    private final ExecutorService background = Executors.newFixedThreadPool(4, daemonThreads("background"));
    private Connection connection;
    private TranscriptViewModel transcript;
    private ConversationListViewModel conversationList;
    private Logging logging;

    @Override
    public void start(Stage stage) throws Exception {
        StartupOptions options = CommandLine.parse(getParameters().getRaw());
        AppDirs dirs = AppDirs.forCurrentUser();
        logging = installLogging(dirs);
        SettingsStore settingsStore = new SettingsStore(dirs.configDir(), Clock.systemDefaultZone());
        SettingsStore.Loaded loaded = settingsStore.load();
        Settings settings = loaded.settings();

        connection = connect(options, settings);
        FxExecutors executors = new FxExecutors(background, Platform::runLater, new FxTimer());
        TimeFormat timeFormat = settings.timeZone() == Settings.TimeZoneChoice.UTC
                ? new TimeFormat(ZoneOffset.UTC, Clock.systemUTC()) : TimeFormat.local();
        transcript = new TranscriptViewModel(new ApiTranscriptSource(connection.client(), connection.label()),
                executors, BubbleContext.onFxThread(background, timeFormat), settings.pageSize());
        conversationList = new ConversationListViewModel(connection.client(), executors);
        MainViewModel main = new MainViewModel(transcript, conversationList);
        main.setSourceBadge(connection.isDemo() ? "Demo data" : connection.label());
        main.themeProperty().set(settings.theme());

        ThemeManager themes = new ThemeManager();
        themes.themeProperty().bind(main.themeProperty());
        themes.applyCurrent();
        main.themeProperty().addListener((obs, old, theme) -> background.execute(() -> saveQuietly(settingsStore,
                settingsStore.load().settings().withTheme(theme))));

        TranscriptView transcriptView = new TranscriptView(transcript, main::openSettings);
        ConversationListView listView = new ConversationListView(conversationList, main::open, timeFormat);
        MainView mainView = new MainView(main, listView, transcriptView);

        Scene scene = new Scene(mainView, 1200, 800);
        themes.manage(scene);
        stage.setTitle("Transcript Viewer");
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();

        if (options.exitAfterFirstPage()) {
            exitOnceFirstPageIsShown(scene);
        }
        conversationList.refresh();
        initialConversation(options).ifPresent(main::open);
        loaded.notice().ifPresent(notice -> LOG.warning(notice));
    }

    private static Connection connect(StartupOptions options, Settings settings) throws IOException {
        String key = System.getenv("TELNYX_API_KEY");
        if (options.forceDemo() || key == null || key.isBlank()) {
            return Connection.demo();
        }
        Logging.registerSecret(key);
        return Connection.api(baseUrl(options, settings), ApiKey.of(key.strip()));
    }

    private static String baseUrl(StartupOptions options, Settings settings) {
        if (options.baseUrl().isPresent()) {
            return options.baseUrl().get();
        }
        String fromEnv = System.getenv("TELNYX_BASE_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        return settings.baseUrl().isEmpty() ? Connection.DEFAULT_BASE_URL : settings.baseUrl();
    }

    private Optional<String> initialConversation(StartupOptions options) {
        if (options.conversationId().isPresent()) {
            return ConversationIdParser.extract(options.conversationId().get());
        }
        return connection.isDemo() ? Optional.of(DemoData.APPOINTMENT_BOOKING_ID) : Optional.empty();
    }

    /** For installer checks: status 0 once the first page is painted, 1 on an error or after a minute. */
    private void exitOnceFirstPageIsShown(Scene scene) {
        transcript.firstPageShownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                // Wait for the pulse that lays out and paints the new rows, then leave.
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    Platform.runLater(() -> exit(0, "First transcript page shown."));
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            }
        });
        transcript.stateProperty().addListener((obs, old, state) -> {
            if (state == com.transcriptviewer.transcript.TranscriptState.FAILED_FIRST) {
                exit(1, "First page failed: " + transcript.errorMessageProperty().get());
            }
        });
        Thread watchdog = daemonThreads("first-page-watchdog").newThread(() -> {
            try {
                Thread.sleep(FIRST_PAGE_TIMEOUT_SECONDS * 1000L);
                exit(1, "No transcript page within " + FIRST_PAGE_TIMEOUT_SECONDS + " s.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.start();
    }

    private void exit(int status, String reason) {
        (status == 0 ? System.out : System.err).println(reason);
        stop();
        System.exit(status);
    }

    @Override
    public void stop() {
        if (transcript != null) {
            transcript.cancel();
        }
        if (conversationList != null) {
            conversationList.cancel();
        }
        background.shutdownNow();
        if (connection != null) {
            connection.close();
        }
        if (logging != null) {
            logging.close();
        }
    }

    private static Logging installLogging(AppDirs dirs) {
        try {
            return Logging.install(dirs.logDir());
        } catch (IOException e) {
            // Logs are for support; the app works without them.
            System.err.println("Logging to files is off: " + e.getMessage());
            return null;
        }
    }

    private static void saveQuietly(SettingsStore store, Settings settings) {
        try {
            store.save(settings);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings: " + e.getMessage());
        }
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tv-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
