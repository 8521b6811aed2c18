package com.transcriptviewer;

import com.transcriptviewer.about.AboutDialog;
import com.transcriptviewer.about.AboutViewModel;
import com.transcriptviewer.about.LibraryNotices;
import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.assistant.AssistantFiles;
import com.transcriptviewer.assistant.view.InsightsViewModel;
import com.transcriptviewer.assistant.view.ToolChecksViewModel;
import com.transcriptviewer.compare.view.CompareViewModel;
import com.transcriptviewer.compare.view.CompareWindow;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.HeldExecutor;
import com.transcriptviewer.conversations.ConversationIdParser;
import com.transcriptviewer.conversations.ConversationListViewModel;
import com.transcriptviewer.conversations.RecentConversationsStore;
import com.transcriptviewer.conversations.RecentConversationsViewModel;
import com.transcriptviewer.export.ExportViewModel;
import com.transcriptviewer.export.reviews.view.ReviewExportViewModel;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.view.LibraryViewModel;
import com.transcriptviewer.library.view.LibraryWindow;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.privacy.view.PrivacyViewModel;
import com.transcriptviewer.recording.view.RecordingViewModel;
import com.transcriptviewer.review.ReviewService;
import com.transcriptviewer.review.ReviewViewModel;
import com.transcriptviewer.settings.AppSettings;
import com.transcriptviewer.settings.KeyStore;
import com.transcriptviewer.settings.MemoryKeyStore;
import com.transcriptviewer.settings.OsKeyStore;
import com.transcriptviewer.settings.ReviewSettings;
import com.transcriptviewer.settings.Settings;
import com.transcriptviewer.settings.SettingsDialog;
import com.transcriptviewer.settings.SettingsEditor;
import com.transcriptviewer.settings.SettingsStore;
import com.transcriptviewer.shell.MainView;
import com.transcriptviewer.shell.MainViewModel;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.source.FileTranscriptSource;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.details.MessageDetailsViewModel;
import com.transcriptviewer.transcript.filter.TranscriptFilterViewModel;
import com.transcriptviewer.transcript.find.FindViewModel;
import com.transcriptviewer.ui.AppIcons;
import com.transcriptviewer.ui.DialogService;
import com.transcriptviewer.ui.FxDialogs;
import com.transcriptviewer.ui.FxTimer;
import com.transcriptviewer.ui.LayoutPulses;
import com.transcriptviewer.ui.ThemeManager;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The composition root of the window: builds every object the running app is made of and passes collaborators in
 * through constructors, then shows the window in steps: a first frame with stand-ins, the transcript pane right after
 * it, the rest once the first page is on screen. It holds no behaviour of its own: the connection's life is {@link
 * ConnectionOwner}'s, where the key and base URL come from is {@link StartupConfig}'s, threads are {@link
 * AppThreads}', settings are {@link AppSettings}', the panes' features are {@link WindowPanes}', the library's are
 * {@link WindowLibrary}'s. {@link App} makes one for the real window; the window tests and benchmarks make one
 * in-process and reach its view-models through the accessors at the end (a fifth of the class).
 */
public final class Desktop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Desktop.class.getName());
    /** {@code -Dtranscriptviewer.keystore=memory} keeps the key in memory: tests never touch a real keyring. */
    static final String KEY_STORE_PROPERTY = "transcriptviewer.keystore";

    /** Opens the review store that Settings name; blocking. */
    @FunctionalInterface
    interface StoreOpener {
        ReviewStore open(ReviewSettings settings) throws StoreException;
    }

    private final AppThreads threads = new AppThreads();
    private final FxExecutors executors = new FxExecutors(threads.background(), Platform::runLater, new FxTimer());
    /** Background work the first page need not wait for: held until it is on screen (see {@link #afterFirstPage}). */
    private final HeldExecutor laterWork = new HeldExecutor(threads.background());

    private final StartupConfig config;
    private final KeyStore keyStore;
    private final KeyStore reviewPasswords;
    private final AppSettings settings;
    private final SettingsEditor editor;
    private final Connector connector;
    private final ConnectionOwner connection;
    private final TimeFormat timeFormat;
    private final BubbleContext bubbles;
    /** Privacy mode's mask, which every part that shows or writes text reads. */
    private final CurrentMask mask = new CurrentMask();

    private final TranscriptViewModel transcript;
    private final MessageDetailsViewModel details;
    private final ConversationListViewModel conversationList;
    private final RecentConversationsViewModel recents;
    private final MainViewModel main;
    private final DialogService dialogs;
    private final MainView mainView;
    private final ThemeManager themes = new ThemeManager();
    private final AssistantFiles assistantFiles;
    private final List<String> notices = new ArrayList<>();
    private final ReadOnlyBooleanWrapper panesShown = new ReadOnlyBooleanWrapper(false);
    private final StoreOpener reviewStoreOpener;
    private final ReviewService reviews;
    /** The library: kept conversations, search, sync and the analytics. */
    private final WindowLibrary library;
    /** Built right after the first frame (see {@link #buildPanes}). */
    private WindowPanes panes;

    private AfterFirstPage afterFirstPage;

    private Stage stage;
    private boolean closed;

    /**
     * The key stores (the API key's, and the team server password's) are the OS credential store, or in memory when
     * the system property {@value #KEY_STORE_PROPERTY} is {@code memory} (tests).
     *
     * @param env  the environment to read {@code TELNYX_API_KEY} and {@code TELNYX_BASE_URL} from
     * @param dirs where settings, recent conversations and the reviews' database live
     */
    public Desktop(StartupOptions options, Map<String, String> env, AppDirs dirs) {
        this(
                options,
                env,
                dirs,
                inMemoryKeys() ? MemoryKeyStore.sessionOnly() : OsKeyStore.apiKey(),
                inMemoryKeys() ? MemoryKeyStore.sessionOnly() : OsKeyStore.reviewDatabasePassword(),
                Connector::startDemoServer,
                null);
    }

    /**
     * The team server's password kept in memory; reviews in the embedded database under {@code dirs}.
     *
     * @param demoServers starts the demo server the app uses on demo data (tests hand in their own)
     */
    Desktop(
            StartupOptions options,
            Map<String, String> env,
            AppDirs dirs,
            KeyStore keyStore,
            Connector.DemoServers demoServers) {
        this(options, env, dirs, keyStore, MemoryKeyStore.sessionOnly(), demoServers, null);
    }

    /**
     * @param reviewPasswords where the team server's password is kept, apart from the API key
     * @param reviewStores    opens the review store Settings name, after the first frame; null for the real one
     *                        (the embedded database under {@code dirs}, or the team server) — tests hand in their own
     */
    Desktop(
            StartupOptions options,
            Map<String, String> env,
            AppDirs dirs,
            KeyStore keyStore,
            KeyStore reviewPasswords,
            Connector.DemoServers demoServers,
            StoreOpener reviewStores) {
        this.reviewStoreOpener = reviewStores != null
                ? reviewStores
                : ReviewDatabase.of(dirs, Objects.requireNonNull(reviewPasswords, "reviewPasswords"))::open;
        this.config = StartupConfig.of(options, env);
        this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
        this.reviewPasswords = Objects.requireNonNull(reviewPasswords, "reviewPasswords");
        settings = new AppSettings(
                new SettingsStore(dirs.configDir(), Clock.systemDefaultZone()), threads.writer("settings"));
        settings.loadNotice().ifPresent(notices::add);
        notices.addAll(config.notices());
        connector = new Connector(config, keyStore::load, demoServers);
        assistantFiles = new AssistantFiles(dirs.configDir(), Clock.systemDefaultZone());

        connection = new ConnectionOwner(connector, threads.background(), Platform::runLater, this::showNotice);
        // Verdicts land in the order they were given: one writer thread for every save.
        reviews = new ReviewService(
                threads.background(),
                threads.writer("reviews"),
                () -> settings.current().reviews().reviewer(),
                Clock.systemDefaultZone());
        timeFormat = settings.current().timeZone() == Settings.TimeZoneChoice.UTC
                ? new TimeFormat(ZoneOffset.UTC, Clock.systemUTC())
                : TimeFormat.local();
        if (settings.current().privacyByDefault()) {
            // Masked from the first page on: a screen shared at start shows no personal data.
            mask.set(PrivacyMasks.forConversation(null));
        }
        bubbles = BubbleContext.onFxThread(threads.background(), timeFormat, mask);
        transcript = new TranscriptViewModel(
                new ConversationLoader(
                        threads.background(), settings.current().pageSize(), ConversationLoader.DEFAULT_CONCURRENCY),
                executors,
                bubbles);
        details = new MessageDetailsViewModel(bubbles);
        conversationList = new ConversationListViewModel(
                connection, executors, timeFormat.zone(), ConversationListViewModel.DEFAULT_LIMIT, mask);
        recents = new RecentConversationsViewModel(
                new RecentConversationsStore(dirs.configDir(), Clock.systemDefaultZone()),
                executors,
                Clock.systemDefaultZone());
        main = new MainViewModel(
                transcript, recents, connection, file -> new FileTranscriptSource(file, WireFormat.shared()));
        // The recent list is read in the background: a notice about its file comes once it has been read.
        recents.loadNoticeProperty().addListener((obs, old, text) -> {
            LOG.warning(text);
            main.showNotice((main.noticeProperty().get() + " " + text).strip());
        });
        // Every conversation opened by id is kept in the library and opens from it next time, then refreshes.
        library = new WindowLibrary(
                ReviewStores.defaultDatabaseFile(dirs.dataDir()),
                threads,
                executors,
                connection,
                main,
                conversationList,
                timeFormat.zone(),
                mask,
                laterWork,
                () -> settings.current().libraryFetchesRest(),
                () -> stage);
        editor = new SettingsEditor(
                settings,
                keyStore,
                config.environmentKey(),
                executors,
                main.themeProperty(),
                connection::reconnect,
                config.baseUrl(""),
                new SettingsEditor.Reviews(reviewPasswords, ReviewDatabase::testTeamServer, this::openReviews));
        dialogs = new FxDialogs(() -> stage, () -> new SettingsDialog(editor.newDialog()), this::aboutDialog);
        themes.themeProperty().bind(main.themeProperty());
        // The theme before the first control: a control class set up with no user-agent stylesheet loads
        // JavaFX's own (Modena, 150 KB), only to have it replaced by the theme's.
        themes.applyCurrent();
        mainView = new MainView(main, dialogs);
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
        library.open();
        LayoutPulses.afterNext(scene, () -> Platform.runLater(this::afterFirstFrame));
        // The connection is made (the demo server started) while the first frame is composed: the first page is
        // what the user waits for.
        connection.connectAtStart(
                config.demoForced(), config.baseUrl(settings.current().baseUrl()));
        StartupOptions options = config.options();
        if (options.file().isPresent()) {
            main.openFile(options.file().get());
        } else {
            options.conversationId().flatMap(ConversationIdParser::extract).ifPresent(main::open);
        }
        boolean nothingAsked =
                options.file().isEmpty() && options.conversationId().isEmpty();
        if (nothingAsked) {
            // Its first page then comes as soon as the demo server answers, not when the window next has a moment.
            connector.demoFirstConversation().ifPresent(main::open);
        }
        connection.ready().thenAccept(ready -> {
            ready.firstConversationId().filter(first -> nothingAsked && !closed).ifPresent(main::openIfNothingShown);
            if (afterFirstPage != null) {
                afterFirstPage.nothingToOpen();
            }
        });
        if (!notices.isEmpty()) {
            notices.forEach(LOG::warning);
            main.showNotice(String.join(" ", notices));
        }
        return scene;
    }

    /**
     * What the first frame does without: the window icons (decoded off the FX thread) and the transcript pane; the
     * rest waits for the first page (see {@link AfterFirstPage}).
     */
    private void afterFirstFrame() {
        if (closed) {
            return;
        }
        // A fifth of a second of PNG scaling that the first page need not wait for.
        threads.background().execute(() -> {
            List<Image> icons = AppIcons.all();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
        buildPanes();
        afterFirstPage = AfterFirstPage.start(
                stage.getScene(), transcript, connection.ready(), executors.timer(), this::afterFirstPage);
        if (connection.ready().isDone()) {
            afterFirstPage.nothingToOpen();
        }
    }

    /** What the first page need not wait for: the real bars, the conversation list, the stores. */
    private void afterFirstPage() {
        if (closed) {
            return;
        }
        laterWork.release();
        panes.finish();
        library.install(mainView, dialogs, panes);
        conversationList.refresh();
        // Opening the OS credential store is slow the first time; do it now, not when Settings opens.
        threads.background().execute(keyStore::persistent);
        // The review database opens on a thread of its own; until it is open the review controls show, and what is
        // saved waits for it.
        ReviewSettings kept = settings.current().reviews();
        reviews.open(() -> reviewStoreOpener.open(kept), task -> AppThreads.start("review-store", task, true));
        panesShown.set(true);
    }

    /** The bars, the panes and the features in them, once (see {@link WindowPanes}). */
    private void buildPanes() {
        if (panes != null || closed) {
            return;
        }
        panes = new WindowPanes(new WindowPanes.Parts(
                mainView,
                main,
                transcript,
                details,
                conversationList,
                recents,
                dialogs,
                executors,
                new FxExecutors(laterWork, executors.fx(), executors.timer()),
                bubbles,
                connector::exportSecrets,
                assistantFiles,
                connection,
                settings,
                reviews));
    }

    /** Settings named another place for reviews: the store in use closes and that one opens. */
    private void openReviews(ReviewSettings kept) {
        reviews.reopen(() -> reviewStoreOpener.open(kept));
    }

    /** A sentence for the user from below (the connection could not be made): shown once the window exists. */
    private void showNotice(String text) {
        main.showNotice(text);
    }

    private static boolean inMemoryKeys() {
        return "memory".equals(System.getProperty(KEY_STORE_PROPERTY));
    }

    private AboutDialog aboutDialog() {
        return new AboutDialog(new AboutViewModel(ApiConfig.appVersion(), LibraryNotices.shipped()));
    }

    @Override
    public void close() {
        closed = true;
        if (panes != null) {
            panes.close();
        }
        transcript.cancel();
        conversationList.cancel();
        library.close();
        connection.close();
        // After the saves already given (the same writer), before the writer stops.
        reviews.close();
        threads.close();
    }

    // ---- for the window's tests and benchmarks, which drive the real wiring --------------------------------------

    /** Turns true once the conversation list and the transcript are in the window. */
    public ReadOnlyBooleanProperty panesShownProperty() {
        return panesShown.getReadOnlyProperty();
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public MessageDetailsViewModel details() {
        return details;
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public TranscriptFilterViewModel transcriptFilters() {
        return panes == null ? null : panes.filters();
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public ToolChecksViewModel toolChecks() {
        return panes == null ? null : panes.toolChecks();
    }

    public LibraryViewModel libraryModel() {
        return library.viewModel();
    }

    /** Shows the library's window, building it the first time. */
    public LibraryWindow showLibrary() {
        return library.show();
    }

    /** Opens a search result's conversation at its message, with find's marks on the words searched for. */
    void openSearchHit(SearchHit hit) {
        library.openSearchHit(hit);
    }

    public FindViewModel find() {
        return panes == null ? null : panes.find();
    }

    /** Privacy mode; null until {@link #panesShownProperty()} turns true. */
    public PrivacyViewModel privacy() {
        return panes == null ? null : panes.privacy();
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public ExportViewModel export() {
        return panes == null ? null : panes.export();
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public RecordingViewModel recording() {
        return panes == null ? null : panes.recording();
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public InsightsViewModel insights() {
        return panes == null ? null : panes.insights();
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public ReviewViewModel review() {
        return panes == null ? null : panes.review();
    }

    /** The review database as the window uses it. */
    public ReviewService reviews() {
        return reviews;
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public ReviewExportViewModel reviewExport() {
        return panes == null ? null : panes.reviewExport();
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public CompareViewModel compare() {
        return panes == null ? null : panes.compare();
    }

    /** Null until {@link #panesShownProperty()} turns true. */
    public CompareWindow compareWindow() {
        return panes == null ? null : panes.compareWindow();
    }

    /** The name verdicts are saved under, as Settings has it now. */
    public ReadOnlyStringProperty reviewerProperty() {
        return editor.reviewerProperty();
    }

    /** The reviewer's name and where reviews are kept, as Settings has them now. */
    public ReadOnlyObjectProperty<ReviewSettings> reviewSettingsProperty() {
        return editor.reviewSettingsProperty();
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public MainView mainView() {
        return mainView;
    }

    public ConversationListViewModel conversationList() {
        return conversationList;
    }
}
