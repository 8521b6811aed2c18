package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.settings.MemoryKeyStore;
import com.transcriptviewer.settings.SettingsStore;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.testing.FxThread;
import com.transcriptviewer.testing.Snapshots;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.MessageBubble;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window built in-process, as the app builds it, for integration tests, screenshots and benchmarks:
 * a {@link Desktop} on a temporary config directory, shown on a TestFX stage, plus helpers to read what the
 * transcript list shows and what the demo server was asked.
 */
public final class WindowFixture implements AutoCloseable {

    private static final Pattern PAGE_NUMBER = Pattern.compile("page%5Bnumber%5D=(\\d+)");

    private final Stage stage;
    /** The demo server the window runs on, once it has started it (tests count its requests and inject faults). */
    private final CompletableFuture<DemoServer> demoServer = new CompletableFuture<>();

    private Desktop desktop;
    private Scene scene;

    private WindowFixture(Stage stage) {
        this.stage = stage;
    }

    /** Builds the window for {@code args} and {@code env} with settings under {@code home}, and shows it. */
    public static WindowFixture show(Stage stage, Path home, Map<String, String> env, String... args) throws Exception {
        return show(stage, home, env, null, args);
    }

    /**
     * As {@link #show(Stage, Path, Map, String...)}, with the reviews in {@code reviews} (null: the window opens its
     * own database, a SQLite file under {@code home}, as the app does).
     */
    public static WindowFixture show(
            Stage stage, Path home, Map<String, String> env, ReviewStore reviews, String... args) throws Exception {
        WindowFixture window = new WindowFixture(stage);
        StartupOptions options = CommandLine.parse(List.of(args));
        AppDirs dirs = AppDirs.of(AppDirs.Os.LINUX, Map.of(), home);
        Desktop desktop = reviews == null
                ? new Desktop(options, env, dirs, MemoryKeyStore.sessionOnly(), window::startDemoServer)
                : new Desktop(
                        options,
                        env,
                        dirs,
                        MemoryKeyStore.sessionOnly(),
                        MemoryKeyStore.sessionOnly(),
                        window::startDemoServer,
                        kept -> reviews);
        window.desktop = desktop;
        onFx(() -> {
            window.scene = desktop.show(stage);
            // Exactly the headless screen: a window reaching past it is not painted.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        // The panes are built right after the window's first frame.
        waitUntil(() -> desktop.panesShownProperty().get());
        return window;
    }

    /**
     * Saves in the settings under {@code home} whether the library fetches in the background the rest of each
     * conversation opened. Off for tests that count the transcript's own page requests to the server.
     */
    public static void libraryFetchesRest(Path home, boolean fetches) throws Exception {
        SettingsStore settings =
                new SettingsStore(AppDirs.of(AppDirs.Os.LINUX, Map.of(), home).configDir(), Clock.systemUTC());
        settings.save(settings.load().settings().withLibraryFetchesRest(fetches));
    }

    /** On demo data (the built-in server), with settings under {@code home}. */
    public static WindowFixture demo(Stage stage, Path home, String... args) throws Exception {
        return demo(stage, home, null, args);
    }

    /** On demo data, with the reviews in {@code reviews} (null: the window's own database under {@code home}). */
    public static WindowFixture demo(Stage stage, Path home, ReviewStore reviews, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--demo"));
        all.addAll(List.of(args));
        return show(stage, home, Map.of(), reviews, all.toArray(String[]::new));
    }

    public Desktop desktop() {
        return desktop;
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public TranscriptViewModel transcript() {
        return desktop.transcript();
    }

    /** The demo server of a window on demo data; waits for the window to have started it. */
    public DemoServer demoServer() {
        try {
            return demoServer.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the window started no demo server", e);
        }
    }

    private DemoServer startDemoServer() throws java.io.IOException {
        DemoServer server = DemoServer.start(DemoData.generate());
        demoServer.complete(server);
        return server;
    }

    @SuppressWarnings("unchecked")
    public ListView<TranscriptRow> list() {
        return (ListView<TranscriptRow>) scene.lookup(".transcript-list");
    }

    public VirtualFlow<?> flow() {
        return (VirtualFlow<?>) list().lookup(".virtual-flow");
    }

    /** Opens a conversation as the side list or id box would, and waits until its first page is in the rows. */
    public void open(String id) throws Exception {
        onFx(() -> desktop.mainViewModel().open(id));
        waitUntil(() -> id.equals(transcript().conversationIdProperty().get())
                && transcript().firstPageShownProperty().get());
    }

    /**
     * Waits until the loaded tool calls are checked against their assistant (the summary in the transcript's header
     * says how many have problems, or that they could not be checked).
     */
    public void awaitChecks() throws Exception {
        waitUntil(() -> desktop.toolChecks() != null
                && desktop.toolChecks().settledProperty().get());
    }

    /** Waits for the initial conversation (or whatever was opened) to show its first page. */
    public void awaitFirstPage() throws Exception {
        waitUntil(() -> transcript().firstPageShownProperty().get());
    }

    /** The messages the transcript holds, in row order. */
    public List<Message> loadedMessages() throws Exception {
        return onFx(() -> transcript().rows().stream()
                .filter(TranscriptRow.MessageRow.class::isInstance)
                .map(row -> ((TranscriptRow.MessageRow) row).message())
                .toList());
    }

    /** The row index of the first loaded message that {@code which} accepts; fails the test when none does. */
    public int firstRowOf(java.util.function.Predicate<Message> which) throws Exception {
        int index = onFx(() -> {
            List<TranscriptRow> rows = transcript().rows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof TranscriptRow.MessageRow row && which.test(row.message())) {
                    return i;
                }
            }
            return -1;
        });
        org.assertj.core.api.Assertions.assertThat(index)
                .as("a matching message is loaded")
                .isGreaterThanOrEqualTo(0);
        return index;
    }

    /** The bubbles currently laid out in visible list cells, top to bottom. */
    public List<MessageBubble> visibleBubbles() throws Exception {
        return onFx(() -> {
            List<IndexedCell<?>> cells = new ArrayList<>();
            VirtualFlow<?> flow = flow();
            if (flow == null || flow.getFirstVisibleCell() == null) {
                return List.of();
            }
            int first = flow.getFirstVisibleCell().getIndex();
            int last = flow.getLastVisibleCell().getIndex();
            for (int i = first; i <= last; i++) {
                IndexedCell<?> cell = flow.getVisibleCell(i);
                if (cell != null) {
                    cells.add(cell);
                }
            }
            cells.sort(Comparator.comparingInt(IndexedCell::getIndex));
            List<MessageBubble> bubbles = new ArrayList<>();
            for (IndexedCell<?> cell : cells) {
                Node graphic = cell.getGraphic();
                if (graphic instanceof MessageBubble bubble && bubble.getViewModel() != null && cell.isVisible()) {
                    bubbles.add(bubble);
                }
            }
            return bubbles;
        });
    }

    /** Page numbers of the messages requests the demo server received for {@code id}, in arrival order. */
    public List<Integer> pagesRequested(String id) {
        List<Integer> pages = new ArrayList<>();
        for (String request : demoServer().requests()) {
            if (request.contains("/conversations/" + id + "/messages")) {
                Matcher matcher = PAGE_NUMBER.matcher(request);
                pages.add(matcher.find() ? Integer.parseInt(matcher.group(1)) : 1);
            }
        }
        return pages;
    }

    /** Scrolls the list to its last row, pulse after pulse, until every page of the conversation is loaded. */
    public void scrollToCompleteEnd() throws Exception {
        for (int step = 0; step < 10_000; step++) {
            boolean complete = onFx(() ->
                    transcript().stateProperty().get() == com.transcriptviewer.transcript.TranscriptState.COMPLETE);
            if (complete) {
                onFx(() -> list().scrollTo(list().getItems().size() - 1));
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
            onFx(() -> list().scrollTo(list().getItems().size() - 1));
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("the conversation never finished loading");
    }

    /** Waits up to 30 s (or {@code seconds}) for {@code condition} (checked on the FX thread), then for pending FX events. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil(condition, 30);
    }

    public static void waitUntil(BooleanSupplier condition, long seconds) throws Exception {
        FxThread.waitUntil(condition, seconds);
    }

    public static void onFx(Runnable work) throws Exception {
        FxThread.run(work);
    }

    /** Runs {@code work} on the FX thread and returns its result (directly when already on it). */
    public static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return FxThread.call(work);
    }

    /** Where the screenshot tools write their PNGs. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Lets the window settle (a few pulses: layout, fonts, deferred panes), takes a snapshot of it, checks it shows
     * something, and writes it to {@link #SCREENSHOTS} under {@code name}.
     */
    public WritableImage screenshot(String name) throws Exception {
        return screenshot(scene(), name);
    }

    /** As {@link #screenshot(String)}, of any scene (a dialog's). */
    public static WritableImage screenshot(Scene scene, String name) throws Exception {
        for (int pass = 0; pass < 4; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
        WritableImage image = onFx(() -> scene.snapshot(null));
        assertThat(Snapshots.distinctColours(image, 5))
                .as("%s has content", name)
                .isGreaterThan(20);
        Snapshots.writePng(image, SCREENSHOTS.resolve(name));
        return image;
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            desktop.close();
            stage.hide();
        });
    }
}
