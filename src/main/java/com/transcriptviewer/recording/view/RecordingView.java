package com.transcriptviewer.recording.view;

import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.ui.DialogService;
import java.time.ZoneId;
import java.util.Map;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Puts the recording player on the transcript: its bar under the header, the list following the message that plays
 * (selected and scrolled to, until the user scrolls away; Follow brings it back), a click on a bubble's time to seek
 * there, "Play from here" in the list's context menu, and the player's keys (Ctrl+P, Alt+Left/Right, Alt+, and
 * Alt+.), which no other part of the window uses.
 */
public final class RecordingView {

    static final KeyCombination PLAY_PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination FORWARD = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    static final KeyCombination SLOWER = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.ALT_DOWN);
    static final KeyCombination FASTER = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.ALT_DOWN);

    private static final String TIME_CLASS = "bubble-time";

    private RecordingView() {}

    /** Adds the player to {@code view} and returns its bar. */
    public static PlayerBar install(TranscriptView view, RecordingViewModel model, DialogService dialogs, ZoneId zone) {
        PlayerBar bar = new PlayerBar(model, dialogs, zone);
        view.addBar(bar);
        view.addHeaderItem(bar.line);
        view.getStylesheets()
                .add(RecordingView.class
                        .getResource("/com/transcriptviewer/recording/view/recording.css")
                        .toExternalForm());
        ListView<TranscriptRow> list = view.list();
        model.readyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                list.getStyleClass().add("recording-ready");
            } else {
                list.getStyleClass().remove("recording-ready");
            }
        });
        model.currentMessageProperty().addListener((obs, old, now) -> {
            if (model.followingProperty().get() && now.intValue() >= 0) {
                view.reveal(now.intValue());
            }
        });
        model.followingProperty().addListener((obs, was, following) -> {
            int current = model.currentMessageProperty().get();
            if (following && current >= 0) {
                view.reveal(current);
            }
        });
        // Scrolling away while it plays: the list stops following, the Follow button appears.
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (model.playingProperty().get()) {
                model.stopFollowing();
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (model.playingProperty().get() && ancestor(e.getTarget(), ScrollBar.class) != null) {
                model.stopFollowing();
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !model.readyProperty().get()) {
                return;
            }
            int index = timeClicked(e.getTarget());
            if (index >= 0) {
                model.follow();
                long offset = model.timelineProperty().get().offsetOf(index);
                if (offset >= 0) {
                    model.seek(offset);
                    e.consume();
                }
            }
        });
        addPlayFromHere(list, model);
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                keys(model).keySet().forEach(old.getAccelerators()::remove);
            }
            if (scene != null) {
                installKeys(scene, model);
            }
        });
        if (view.getScene() != null) {
            installKeys(view.getScene(), model);
        }
        return bar;
    }

    private static void installKeys(Scene scene, RecordingViewModel model) {
        ObservableMap<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        keys(model).forEach(accelerators::putIfAbsent);
    }

    static Map<KeyCombination, Runnable> keys(RecordingViewModel model) {
        return Map.of(
                PLAY_PAUSE, model::togglePlay,
                BACK, model::back,
                FORWARD, model::forward,
                SLOWER, model::slower,
                FASTER, model::faster);
    }

    private static void addPlayFromHere(ListView<TranscriptRow> list, RecordingViewModel model) {
        MenuItem playFromHere = new MenuItem("Play from here");
        playFromHere.setId("recording-play-from-here");
        playFromHere.setOnAction(e -> {
            if (list.getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row) {
                model.playFrom(row.index());
            }
        });
        ContextMenu menu = list.getContextMenu();
        if (menu == null) {
            menu = new ContextMenu();
            list.setContextMenu(menu);
        }
        SeparatorMenuItem separator = new SeparatorMenuItem();
        menu.getItems().addAll(separator, playFromHere);
        menu.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, e -> {
            boolean usable = model.readyProperty().get()
                    && list.getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row
                    && model.timelineProperty().get().offsetOf(row.index()) >= 0;
            playFromHere.setVisible(model.selectedProperty().get() != null);
            separator.setVisible(playFromHere.isVisible());
            playFromHere.setDisable(!usable);
        });
    }

    /** The message whose time label was clicked, or -1 when the click was elsewhere. */
    static int timeClicked(Object target) {
        Node node = target instanceof Node n ? n : null;
        boolean onTime = false;
        while (node != null) {
            if (node.getStyleClass().contains(TIME_CLASS)) {
                onTime = true;
            }
            if (node instanceof ListCell<?> cell) {
                return onTime && cell.getItem() instanceof TranscriptRow.MessageRow row ? row.index() : -1;
            }
            node = node.getParent();
        }
        return -1;
    }

    private static <T> T ancestor(Object target, Class<T> type) {
        Node node = target instanceof Node n ? n : null;
        while (node != null) {
            if (type.isInstance(node)) {
                return type.cast(node);
            }
            node = node.getParent();
        }
        return null;
    }
}
