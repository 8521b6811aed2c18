package com.transcriptviewer.privacy.view;

import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** Privacy mode's controls: the tool bar's toggle and Ctrl+Shift+P anywhere in the window. */
public final class PrivacyView {

    /** Ctrl+Shift+P switches privacy mode. */
    public static final KeyCombination TOGGLE =
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    static final String ON_TIP =
            "Privacy mode is on: personal data is masked; click an item to reveal it (Ctrl+Shift+P)";
    static final String OFF_TIP =
            "Privacy mode: mask phone numbers, e-mail addresses, cards and secrets (Ctrl+Shift+P)";

    private PrivacyView() {}

    /** The tool-bar toggle: an eye, struck through while personal data is masked. */
    public static ToggleButton toggleButton(PrivacyViewModel viewModel) {
        FontIcon icon = new FontIcon(MaterialDesignE.EYE_OUTLINE);
        ToggleButton toggle = new ToggleButton(null, icon);
        toggle.setId("privacy-toggle");
        toggle.getStyleClass().addAll("flat", "privacy-toggle");
        Tooltip tip = new Tooltip();
        toggle.setTooltip(tip);
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(viewModel.onProperty());
        Runnable show = () -> {
            boolean on = viewModel.isOn();
            icon.setIconCode(on ? MaterialDesignE.EYE_OFF_OUTLINE : MaterialDesignE.EYE_OUTLINE);
            tip.setText(on ? ON_TIP : OFF_TIP);
        };
        viewModel.onProperty().addListener((obs, was, now) -> show.run());
        show.run();
        return toggle;
    }

    /** Ctrl+Shift+P switches privacy mode in whatever window {@code anyNode} is shown in. */
    public static void installKey(Node anyNode, PrivacyViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        EventHandler<KeyEvent> keys = event -> {
            if (!event.isConsumed() && TOGGLE.match(event)) {
                viewModel.toggle();
                event.consume();
            }
        };
        anyNode.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            listen(scene, keys);
        });
        listen(anyNode.getScene(), keys);
    }

    private static void listen(Scene scene, EventHandler<KeyEvent> keys) {
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }
}
