package com.transcriptviewer;

import com.transcriptviewer.api.ActiveConnection;
import com.transcriptviewer.assistant.AssistantFiles;
import com.transcriptviewer.assistant.InsightsLoader;
import com.transcriptviewer.assistant.view.InsightsView;
import com.transcriptviewer.assistant.view.InsightsViewModel;
import com.transcriptviewer.assistant.view.ToolChecksView;
import com.transcriptviewer.assistant.view.ToolChecksViewModel;
import com.transcriptviewer.compare.SideLoad;
import com.transcriptviewer.compare.view.CompareViewModel;
import com.transcriptviewer.compare.view.CompareWindow;
import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.conversations.ConversationListView;
import com.transcriptviewer.conversations.ConversationListViewModel;
import com.transcriptviewer.conversations.RecentConversationsViewModel;
import com.transcriptviewer.export.ConversationExporter;
import com.transcriptviewer.export.ExportView;
import com.transcriptviewer.export.ExportViewModel;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.export.reviews.view.ReviewExportDialog;
import com.transcriptviewer.export.reviews.view.ReviewExportViewModel;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.privacy.view.PrivacyView;
import com.transcriptviewer.privacy.view.PrivacyViewModel;
import com.transcriptviewer.recording.RecordingApi;
import com.transcriptviewer.recording.view.MediaAudioPlayer;
import com.transcriptviewer.recording.view.RecordingView;
import com.transcriptviewer.recording.view.RecordingViewModel;
import com.transcriptviewer.review.ReviewService;
import com.transcriptviewer.review.ReviewView;
import com.transcriptviewer.review.ReviewViewModel;
import com.transcriptviewer.settings.AppSettings;
import com.transcriptviewer.shell.MainView;
import com.transcriptviewer.shell.MainViewModel;
import com.transcriptviewer.source.ApiTranscriptSource;
import com.transcriptviewer.source.ConversationLoader;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.StoreStatus;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.IndexingStrip;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.BubbleContext;
import com.transcriptviewer.transcript.copy.TranscriptCopyMenu;
import com.transcriptviewer.transcript.copy.TranscriptCopyViewModel;
import com.transcriptviewer.transcript.details.MessageDetailsView;
import com.transcriptviewer.transcript.details.MessageDetailsViewModel;
import com.transcriptviewer.transcript.filter.TranscriptFilterBar;
import com.transcriptviewer.transcript.filter.TranscriptFilterViewModel;
import com.transcriptviewer.transcript.find.FindBar;
import com.transcriptviewer.transcript.find.FindViewModel;
import com.transcriptviewer.transcript.navigation.TranscriptNavigationViewModel;
import com.transcriptviewer.transcript.navigation.TranscriptNavigator;
import com.transcriptviewer.ui.DialogService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The window's bars, its two panes and the features that live in them (filters, navigation, find, details, insights,
 * review, copy, export), built after the first frame in two steps so that the first page never waits for what it does
 * not show: the transcript pane with everything that draws on it, then ({@link #finish}, once the first page is on
 * screen) the real bars, the filter and find bars in their stand-ins' places, the conversation list and the export. The features' view-models are all made in the first step and start from the rows the transcript already
 * holds.
 */
final class WindowPanes {

    /**
     * What the panes are built from: the view-models and services made before the first frame. {@code afterFirstPage}
     * holds its background work until the first page is on screen: for the features whose work it need not wait for.
     */
    record Parts(
            MainView mainView,
            MainViewModel main,
            TranscriptViewModel transcript,
            MessageDetailsViewModel details,
            ConversationListViewModel conversationList,
            RecentConversationsViewModel recents,
            DialogService dialogs,
            FxExecutors executors,
            FxExecutors afterFirstPage,
            BubbleContext bubbles,
            Supplier<SecretScrubber> exportSecrets,
            AssistantFiles assistantFiles,
            ActiveConnection connection,
            AppSettings settings,
            ReviewService reviews) {}

    private final TranscriptFilterViewModel filters;
    private final FindViewModel find;
    private final ToolChecksViewModel toolChecks;
    private final InsightsViewModel insights;
    private final RecordingViewModel recording;
    private final ReviewViewModel review;
    private final PrivacyViewModel privacy;
    private final Parts parts;
    private final TranscriptNavigator navigator;
    private final TranscriptView transcriptView;
    /** Where the filter bar and the find bar go once the first page is on screen (see {@link #finish}). */
    private final Node filterBarPlace;

    private final Region findBarPlace;
    private final TranscriptNavigationViewModel navigation;
    private ExportViewModel export;
    private ReviewExportViewModel reviewExport;
    private CompareViewModel compare;
    private CompareWindow compareWindow;
    private boolean finished;

    /**
     * Builds the transcript pane with its features and puts it in {@code parts.mainView()}, beside the conversation
     * list's stand-in. Call on the FX thread.
     */
    WindowPanes(Parts parts) {
        this.parts = parts;
        TranscriptViewModel transcript = parts.transcript();
        TimeFormat time = parts.bubbles().timeFormat();
        MainView mainView = parts.mainView();
        // The checks, the insights and the recording start on the first page once it is on screen.
        toolChecks = new ToolChecksViewModel(transcript, parts.afterFirstPage(), parts.assistantFiles());
        // Whenever checks were applied to the tool cards, the problem filter and the keys to the next and previous
        // problem look again.
        ReadOnlyIntegerProperty checksApplied = toolChecks.revisionProperty();
        filters = new TranscriptFilterViewModel(transcript, checksApplied);
        navigation = new TranscriptNavigationViewModel(transcript, filters::shows, checksApplied);
        find = new FindViewModel(transcript, parts.executors());
        insights = insights(parts);
        review = review(parts, navigation);

        TranscriptView transcriptView = new TranscriptView(transcript, parts.dialogs());
        privacy = new PrivacyViewModel(transcript, parts.bubbles().mask(), parts.executors());
        PrivacyView.installKey(transcriptView, privacy);
        MessageDetailsView.installBeside(transcriptView, parts.details());
        ToolChecksView.install(transcriptView, toolChecks, parts.dialogs());
        InsightsView.installBeside(transcriptView, insights, time);
        // Before the player's "Play from here", which joins this menu.
        TranscriptCopyMenu.install(
                transcriptView,
                new TranscriptCopyViewModel(
                        transcript::messages,
                        transcript.conversationIdProperty()::get,
                        time.zone(),
                        parts.bubbles().background(),
                        parts.bubbles().fxThread(),
                        parts.bubbles().mask()));
        // The filters apply from the first page on; their bar is built after it, in a stand-in's place.
        filterBarPlace = TranscriptFilterBar.placeFor(transcriptView, filters);
        navigator = TranscriptNavigator.install(transcriptView, navigation);
        Node problemButtons = navigator.problemButtons();
        problemButtons.visibleProperty().bind(toolChecks.problemsProperty().greaterThan(0));
        // Laid out even while hidden (no taller than the line's text): the header keeps its height whether there
        // are problems or not, so the list below does not move when the checks arrive.
        transcriptView.addHeaderItem(problemButtons);
        // Closed until Ctrl+F: built after the first page, where this empty stand-in holds its place.
        findBarPlace = new Region();
        findBarPlace.setManaged(false);
        findBarPlace.setVisible(false);
        transcriptView.addBar(findBarPlace);
        recording = new RecordingViewModel(
                transcript.headerProperty(),
                transcript.rows(),
                () -> parts.connection().ready().thenApply(connection -> RecordingApi.of(connection.client())),
                parts.afterFirstPage(),
                MediaAudioPlayer::open);
        RecordingView.install(transcriptView, recording, parts.dialogs(), time.zone());
        ReviewView.install(transcriptView, review, time);
        mainView.setTranscriptPane(transcriptView);
        this.transcriptView = transcriptView;
    }

    /** The real bars with the features' tools, the conversation list, and the export: once, on the FX thread. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        TranscriptViewModel transcript = parts.transcript();
        TimeFormat time = parts.bubbles().timeFormat();
        MainView mainView = parts.mainView();
        TranscriptFilterBar.installFor(
                filterBarPlace, transcriptView, filters, transcript.silenceThresholdSecondsProperty());
        transcriptView.replaceBar(
                findBarPlace, new FindBar(find, transcriptView::selectedMessageIndex, transcriptView::reveal));
        mainView.buildBars();
        mainView.addTool(MessageDetailsView.toggleButton(parts.details()));
        mainView.addTool(InsightsView.toggleButton(insights));
        mainView.addTool(PrivacyView.toggleButton(privacy));
        mainView.addToolBarItems(navigator.toolBarButtons());
        MainViewModel main = parts.main();
        ConversationListView lists = new ConversationListView(
                parts.conversationList(),
                parts.recents(),
                main::open,
                main::open,
                time,
                parts.bubbles().mask());
        mainView.setConversationList(lists);

        export = new ExportViewModel(
                transcript,
                new ConversationExporter(time.zone(), Clock.systemDefaultZone()),
                parts.executors(),
                parts.exportSecrets(),
                toolChecks::checks,
                insights::current,
                conversationId -> parts.reviews().awaitStore().latest(conversationId));
        ExportView exportView = new ExportView(export, parts.dialogs());
        reviewExport = new ReviewExportViewModel(
                new StoreReviews(parts.reviews()),
                parts.exportSecrets(),
                parts.executors(),
                time.zone(),
                Clock.systemDefaultZone(),
                parts.bubbles().mask());
        mainView.addToFileMenu(exportView.menu(), ReviewExportDialog.menuItem(reviewExport, parts.dialogs()));
        compare = compare(parts);
        compareWindow = new CompareWindow(
                compare,
                parts.dialogs(),
                () -> mainView.getScene() == null ? null : mainView.getScene().getWindow());
        compareWindow.installContextMenus(lists);
        mainView.addToFileMenu(compareWindow.menuItem());
        mainView.addToStatusBar(new IndexingStrip(transcript));
        mainView.addToStatusBar(exportView);
        mainView.addToStatusBar(ReviewView.storeNotice(review));

        // The browser shows the current reviewer's progress on each row, read again after every save.
        ConversationListViewModel list = parts.conversationList();
        list.setReviewProgress(parts.reviews()::progress);
        review.changesProperty().addListener((obs, old, now) -> list.refreshProgress());
    }

    /** The comparison of the open conversation with another, each loaded whole through a loader of its own. */
    private static CompareViewModel compare(Parts parts) {
        Executor background = parts.executors().background();
        return new CompareViewModel(
                parts.transcript(),
                () -> parts.connection().ready().thenApply(ApiTranscriptSource::new),
                new SideLoad(new ConversationLoader(background), background, parts.assistantFiles()),
                parts.executors(),
                Clock.systemDefaultZone());
    }

    /** The review of the open conversation; the panel's open state is kept in the settings across restarts. */
    private static ReviewViewModel review(Parts parts, TranscriptNavigationViewModel navigation) {
        ReviewViewModel review =
                new ReviewViewModel(parts.transcript(), navigation, parts.reviews(), parts.executors());
        AppSettings settings = parts.settings();
        review.openProperty().set(settings.current().reviewPanelOpen());
        review.openProperty()
                .addListener(
                        (obs, was, open) -> settings.save(settings.current().withReviewPanelOpen(open)));
        return review;
    }

    /** The insights of the open conversation; the panel's open state is kept in the settings across restarts. */
    private static InsightsViewModel insights(Parts parts) {
        InsightsViewModel insights = new InsightsViewModel(
                parts.transcript(), parts.connection(), new InsightsLoader(), parts.afterFirstPage());
        AppSettings settings = parts.settings();
        insights.openProperty().set(settings.current().insightsPanelOpen());
        insights.openProperty()
                .addListener(
                        (obs, was, open) -> settings.save(settings.current().withInsightsPanelOpen(open)));
        return insights;
    }

    /**
     * The reviews an export asks for, from the window's store; with a team server that could not be reached, the store
     * answers from this computer's own verdicts, and the export says so.
     */
    private static final class StoreReviews implements ReviewExportViewModel.Reviews {
        private final ReviewService reviews;
        private volatile StoreStatus lastStatus = StoreStatus.local("");

        StoreReviews(ReviewService reviews) {
            this.reviews = reviews;
        }

        @Override
        public List<ReviewEntry> entries(ReviewFilter filter) throws StoreException {
            ReviewStore store = reviews.awaitStore();
            List<ReviewEntry> entries = store.entries(filter);
            lastStatus = store.status();
            return entries;
        }

        @Override
        public Optional<String> incomplete() {
            StoreStatus status = lastStatus;
            return status.mode() == StoreStatus.Mode.TEAM && !status.reachable()
                    ? Optional.of("the team server could not be reached (" + status.problem() + ").")
                    : Optional.empty();
        }
    }

    /** The window closes: the features that ask the API in the background stop, and drop late answers. */
    void close() {
        toolChecks.close();
        insights.close();
        review.close();
        if (compare != null) {
            compare.close();
        }
        recording.close();
    }

    /**
     * Goes to message {@code index} of the conversation being opened or on screen, loading pages until it is there
     * (a call opened from the analytics).
     */
    void goToMessage(int index) {
        navigation.next(
                index - 1,
                row -> row.index() == index
                        ? TranscriptNavigationViewModel.Stop.HERE
                        : TranscriptNavigationViewModel.Stop.PASS,
                "That message is hidden by the filters, or the conversation has fewer messages now.",
                "the call",
                "");
    }

    TranscriptFilterViewModel filters() {
        return filters;
    }

    ToolChecksViewModel toolChecks() {
        return toolChecks;
    }

    PrivacyViewModel privacy() {
        return privacy;
    }

    FindViewModel find() {
        return find;
    }

    ExportViewModel export() {
        return export;
    }

    RecordingViewModel recording() {
        return recording;
    }

    InsightsViewModel insights() {
        return insights;
    }

    ReviewViewModel review() {
        return review;
    }

    ReviewExportViewModel reviewExport() {
        return reviewExport;
    }

    CompareViewModel compare() {
        return compare;
    }

    CompareWindow compareWindow() {
        return compareWindow;
    }
}
