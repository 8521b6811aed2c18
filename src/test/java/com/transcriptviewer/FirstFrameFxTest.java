package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.transcriptviewer.platform.AppDirs;
import com.transcriptviewer.settings.MemoryKeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * The window's first frame shows stand-ins for the menu bar, the tool bar and the split pane; the real ones that replace
 * them a frame later must take the same room, so nothing on screen moves.
 */
class FirstFrameFxTest extends WindowTest {

    private Desktop desktop;

    @Test
    void theRealBarsTakeTheRoomOfTheirStandIns() throws Exception {
        // The connection is held back until both frames are measured, so the source badge says "Connecting…" in
        // both and only the bars themselves can move things.
        CountDownLatch connect = new CountDownLatch(1);
        desktop = new Desktop(
                CommandLine.parse(List.of("--demo")),
                Map.of(),
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), home),
                MemoryKeyStore.sessionOnly(),
                () -> {
                    try {
                        connect.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("window closed");
                    }
                    return Connector.startDemoServer();
                });
        open.add(() -> onFx(desktop::close));
        open.add(connect::countDown);
        // Shown and measured in one go on the FX thread: the real bars come at the next frame.
        List<Object> first = onFx(() -> {
            desktop.show(stage);
            return List.of(
                    barLayout(),
                    lookupAll(MenuBar.class).size()
                            + lookupAll(TextField.class).size()
                            + lookupAll(Button.class).size(),
                    splitPanes(),
                    listSpaceWidth());
        });
        assertThat(first.get(1)).as("controls in the bars' stand-ins").isEqualTo(0);
        assertThat(first.get(2)).as("split panes in the first frame").isEqualTo(0);

        waitUntil(() -> desktop.panesShownProperty().get());
        List<Bounds> built = onFx(this::barLayout);

        assertThat(onFx(() -> lookupAll(MenuBar.class).size())).isEqualTo(1);
        assertThat(onFx(() -> desktop.mainView().idBox().getScene())).isNotNull();
        assertThat(built).isEqualTo(first.get(0));
        assertThat(onFx(() -> desktop.mainView().getCenter())).isInstanceOf(SplitPane.class);
        // The conversation list gets the room its stand-in had, to the pixel the split pane rounds to.
        assertThat(onFx(this::listSpaceWidth)).isCloseTo((Double) first.get(3), within(1.0));
    }

    @Test
    void theFilterBarTakesTheRoomOfItsStandIn() throws Exception {
        // The connection is held back: the transcript pane is built, with the filter bar's stand-in, but no page
        // comes until the stand-in is measured.
        CountDownLatch connect = new CountDownLatch(1);
        desktop = new Desktop(
                CommandLine.parse(List.of("--demo")),
                Map.of(),
                AppDirs.of(AppDirs.Os.LINUX, Map.of(), home),
                MemoryKeyStore.sessionOnly(),
                () -> {
                    try {
                        connect.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("window closed");
                    }
                    return Connector.startDemoServer();
                });
        open.add(() -> onFx(desktop::close));
        open.add(connect::countDown);
        onFx(() -> desktop.show(stage));
        waitUntil(() -> filterBar() != null);
        Region standIn = onFx(this::filterBar);
        assertThat(standIn.getStyleClass()).contains("bar-placeholder");
        assertThat(onFx(() -> standIn.lookupAll(".toggle-button").stream()
                        .filter(node -> node instanceof javafx.scene.control.ToggleButton)
                        .count()))
                .as("no controls in the stand-in")
                .isZero();
        double standInHeight = onFx(() -> {
            layOut();
            return standIn.getHeight();
        });

        connect.countDown();
        waitUntil(() -> desktop.panesShownProperty().get());
        Region bar = onFx(this::filterBar);
        assertThat(bar.getStyleClass()).doesNotContain("bar-placeholder");
        assertThat(onFx(() -> bar.lookup("#filter-tool-calls-only"))).isNotNull();
        assertThat(onFx(() -> {
                    layOut();
                    return bar.getHeight();
                }))
                .as("the bar as tall as its stand-in")
                .isEqualTo(standInHeight);
    }

    private Region filterBar() {
        return (Region) desktop.mainView().lookup(".transcript-filter-bar");
    }

    private int splitPanes() {
        return desktop.mainView().lookupAll("*").stream()
                .filter(SplitPane.class::isInstance)
                .toList()
                .size();
    }

    /** Where the transcript's side starts: the stand-in's space or the split pane's second item. */
    private double listSpaceWidth() {
        layOut();
        Node transcriptSide = desktop.mainView().getCenter() instanceof SplitPane split
                ? split.getItems().get(1)
                : desktop.mainView().getCenter().lookupAll(".pane-placeholder").stream()
                        .filter(node -> !node.getStyleClass().contains("list-placeholder"))
                        .findFirst()
                        .orElseThrow();
        return transcriptSide.localToScene(0, 0).getX();
    }

    private void layOut() {
        // The same size both times, whatever size the test stage had before.
        desktop.mainView().resize(1200, 800);
        desktop.mainView().applyCss();
        desktop.mainView().layout();
    }

    /** The tool-bar items the stand-ins have; feature buttons are added beside them, in the spacer's room. */
    private static final List<String> STAND_IN_ITEMS =
            List.of("app-title", "id-box", "accent", "source-badge", "theme-toggle", "settings-button");

    /** Where the two bars are in the window, and where each of the stand-ins' tool-bar items is in it. */
    private List<Bounds> barLayout() {
        layOut();
        Parent bars = (Parent) desktop.mainView().getTop();
        List<Bounds> layout = new ArrayList<>();
        layout.add(bars.getBoundsInParent());
        for (Node bar : bars.getChildrenUnmodifiable()) {
            layout.add(bar.getBoundsInParent());
        }
        Parent toolBar = (Parent) bars.getChildrenUnmodifiable().get(1);
        for (String styleClass : STAND_IN_ITEMS) {
            List<Node> items = toolBar.getChildrenUnmodifiable().stream()
                    .filter(item -> item.getStyleClass().contains(styleClass))
                    .toList();
            assertThat(items).as(styleClass).hasSize(1);
            layout.add(items.get(0).getBoundsInParent());
        }
        return layout;
    }

    private <T extends Node> List<Node> lookupAll(Class<T> type) {
        return desktop.mainView().getTop().lookupAll("*").stream()
                .filter(type::isInstance)
                .toList();
    }
}
