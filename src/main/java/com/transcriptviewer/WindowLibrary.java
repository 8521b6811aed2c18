package com.transcriptviewer;

import com.transcriptviewer.analytics.CallRow;
import com.transcriptviewer.analytics.LibraryAnalytics;
import com.transcriptviewer.analytics.view.AnalyticsDialog;
import com.transcriptviewer.analytics.view.AnalyticsViewModel;
import com.transcriptviewer.api.ActiveConnection;
import com.transcriptviewer.api.Connection;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.assistant.view.ToolChecksViewModel;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.concurrent.HeldExecutor;
import com.transcriptviewer.conversations.BrowseFilter;
import com.transcriptviewer.conversations.ConversationListViewModel;
import com.transcriptviewer.library.BackgroundKeeping;
import com.transcriptviewer.library.KeptFiles;
import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.library.LibraryTranscriptSource;
import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.SyncRequest;
import com.transcriptviewer.library.view.LibraryStrip;
import com.transcriptviewer.library.view.LibraryViewModel;
import com.transcriptviewer.library.view.LibraryWindow;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.shell.MainView;
import com.transcriptviewer.shell.MainViewModel;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.transcript.TranscriptState;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.find.FindViewModel;
import com.transcriptviewer.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The library in the window: opens it on a thread of its own as the window shows, puts it in front of the API's
 * source (a kept conversation opens from it, every one opened is kept whole, the rest fetched in the background; so
 * is every transcript file opened), and once the first page is on screen adds
 * its strip to the status bar, File > Library… and File > Analytics…, and notes the checks of each conversation
 * loaded whole. Opens search results and the analytics' calls in the transcript, and turns the browser's filters into
 * a sync. Built by {@link Desktop}; everything but {@link #open()} and {@link #close()} runs on the FX thread.
 */
final class WindowLibrary {

    private static final Logger LOG = Logger.getLogger(WindowLibrary.class.getName());

    private final Path databaseFile;
    private final AppThreads threads;
    private final FxExecutors executors;
    private final ActiveConnection connection;
    private final MainViewModel main;
    private final TranscriptViewModel transcript;
    private final ConversationListViewModel conversationList;
    private final ZoneId zone;
    private final HeldExecutor keepingThread;
    private final CurrentMask mask;
    private final Supplier<Stage> stage;
    /** The library in the embedded database, opened on a thread of its own as the window shows. */
    private final CompletableFuture<LibraryStore> library = new CompletableFuture<>();

    /** What the library fetches for itself (the rest of a conversation, refreshes, files), one job at a time. */
    private final BackgroundKeeping keeping;

    private final LibraryViewModel viewModel;
    private LibraryWindow window;
    /** Set once the first page is on screen (see {@link #install}). */
    private WindowPanes panes;

    /**
     * Puts the library in front of the API's source right away, so the first conversation opened is served from it
     * (or kept in it) once it is open.
     *
     * @param databaseFile the app's embedded database, which holds the library
     * @param mask         privacy mode's mask, through which the library's and the analytics' windows show text
     * @param later        background work the first page need not wait for (held until it is on screen)
     * @param fetchTheRest whether the library fetches the rest of each conversation opened (Settings, asked each time)
     * @param stage        the main window, once shown
     */
    WindowLibrary(
            Path databaseFile,
            AppThreads threads,
            FxExecutors executors,
            ActiveConnection connection,
            MainViewModel main,
            ConversationListViewModel conversationList,
            ZoneId zone,
            CurrentMask mask,
            Executor later,
            BooleanSupplier fetchTheRest,
            Supplier<Stage> stage) {
        this.databaseFile = databaseFile;
        this.threads = threads;
        this.executors = executors;
        this.connection = connection;
        this.main = main;
        this.transcript = main.transcript();
        this.conversationList = conversationList;
        this.zone = zone;
        this.mask = mask;
        this.stage = stage;
        viewModel = new LibraryViewModel(library, this::apiClient, executors, Clock.systemUTC());
        // The pages of the first conversation not read yet are fetched once its first page is on screen, not while it
        // is
        // being drawn: the keeping thread is held until the window is installed.
        keepingThread = new HeldExecutor(threads.writer("library-keep"));
        keeping = new BackgroundKeeping(keepingThread, BackgroundKeeping.SETTLE);
        // Ready once the connection is made or could not be: the checks then find its client, and offline the
        // library still answers.
        main.setConversationSources(ready -> ready.handle((made, failed) -> new LibraryTranscriptSource(
                library,
                ready.thenApply(ApiTranscriptSource::new),
                later,
                keeping,
                fetchTheRest,
                Clock.systemUTC(),
                viewModel::keptStatus)));
        KeptFiles files = new KeptFiles(library, keeping, Clock.systemUTC(), viewModel::keptStatus);
        main.setFileOpened(
                file -> files.opened(file, file.displayId(), file.file().orElseThrow()));
        transcript.conversationIdProperty().addListener((obs, old, id) -> viewModel.conversationOpened(id));
    }

    /** Opens the library on a thread of its own (as the window shows: the first conversation may come from it). */
    void open() {
        AppThreads.start(
                "library",
                () -> {
                    try {
                        library.complete(LibraryStore.open(databaseFile));
                    } catch (StoreException | RuntimeException e) {
                        LOG.warning("The library could not be opened: " + e.getMessage());
                        library.completeExceptionally(e);
                    }
                },
                true);
    }

    /**
     * The library's strip in the status bar and its menu items (its window is built when first asked for), and the
     * checks noted with each conversation: once the first page is on screen.
     */
    void install(MainView mainView, DialogService dialogs, WindowPanes panes) {
        keepingThread.release();
        this.panes = panes;
        mainView.addToStatusBar(new LibraryStrip(viewModel));
        // In the File menu (Ctrl+Shift+L), not the tool bar: the real tool bar keeps its stand-in's size.
        MenuItem item = new MenuItem("Library…", new FontIcon(MaterialDesignB.BOOKSHELF));
        item.setId("library-menu-item");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        item.setOnAction(e -> show());
        MenuItem analytics = AnalyticsDialog.menuItem(
                () -> new AnalyticsViewModel(new LibraryAnalytics(library), executors, zone, this::openCall, mask),
                dialogs,
                zone);
        analytics.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        mainView.addToFileMenu(item, analytics);
        // What the checks found goes to the library with the conversation, for the analytics' definition problems:
        // when checks are applied to a conversation loaded whole, and when it has just been kept.
        ToolChecksViewModel checks = panes.toolChecks();
        InvalidationListener record = obs -> recordChecks(checks.checks());
        checks.revisionProperty().addListener(record);
        viewModel.keptStatusProperty().addListener(record);
    }

    /** Notes the open conversation's checks in the library, once it is loaded whole (a kept one's calls are all there). */
    private void recordChecks(ToolCallChecks found) {
        String id = transcript.conversationIdProperty().get();
        if (transcript.stateProperty().get() != TranscriptState.COMPLETE || id.isBlank() || found.isEmpty()) {
            return;
        }
        Map<Integer, List<String>> statuses = new HashMap<>();
        found.byMessage()
                .forEach((index, calls) -> statuses.put(
                        index,
                        calls.stream()
                                .map(check ->
                                        check == null ? null : check.status().wireName())
                                .toList()));
        library.thenAcceptAsync(
                store -> {
                    try {
                        store.recordChecks(id, statuses);
                    } catch (StoreException e) {
                        LOG.warning("The checks could not be noted in the library: " + e.getMessage());
                    }
                },
                threads.background());
    }

    /** Opens a call listed by the analytics: its conversation, at its message. */
    void openCall(CallRow call) {
        main.open(call.conversationId());
        stage.get().toFront();
        if (panes != null) {
            int index = call.messageIndex();
            Platform.runLater(() -> panes.goToMessage(index));
        }
    }

    /** Shows the library's window, building it the first time. */
    LibraryWindow show() {
        if (window == null) {
            window = new LibraryWindow(
                    stage.get(), viewModel, zone, this::openSearchHit, this::browserFiltersAsSync, mask);
        }
        window.show();
        return window;
    }

    /** Opens a search result's conversation at its message, with find's marks on the words searched for. */
    void openSearchHit(SearchHit hit) {
        main.open(hit.conversationId());
        stage.get().toFront();
        List<String> terms = viewModel.terms();
        FindViewModel find = panes == null ? null : panes.find();
        if (find == null) {
            return;
        }
        Platform.runLater(() -> {
            find.open();
            find.setOrigin(Math.max(0, hit.messageIndex() - 1));
            find.type(terms.isEmpty() ? "" : terms.get(0));
        });
    }

    /** The browser's filters as a sync: its assistant, channel, dates (created), name, phone and metadata pair. */
    private SyncRequest browserFiltersAsSync() {
        BrowseFilter filter = conversationList.filter();
        return new SyncRequest(
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
                filter.to() == null
                        ? null
                        : filter.to().plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1),
                filter.assistantId(),
                filter.channel(),
                filter.name(),
                filter.phone(),
                filter.metadataKey(),
                filter.metadataValue());
    }

    private Optional<TelnyxClient> apiClient() {
        CompletableFuture<Connection> ready = connection.ready();
        return ready.isDone() && !ready.isCompletedExceptionally()
                ? Optional.of(ready.join().client())
                : Optional.empty();
    }

    LibraryViewModel viewModel() {
        return viewModel;
    }

    /** The window closes: a sync and the background keeping stop, and the library closes once it is open. */
    void close() {
        viewModel.cancelSync();
        keeping.close();
        library.thenAccept(LibraryStore::close);
    }
}
