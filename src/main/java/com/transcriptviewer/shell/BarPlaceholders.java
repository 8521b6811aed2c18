package com.transcriptviewer.shell;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Stand-ins for the menu bar and the tool bar in the window's first frame: labels and regions with the real bars'
 * style classes, text and spacing, so they look and measure the same, but without the controls' skins, behaviours,
 * pop-ups and icon font, which take a noticeable part of a second to load before anything is on screen.
 * {@link MainView#buildBars} puts the real bars in their place right after the first frame.
 */
final class BarPlaceholders {

    /** AtlantaFX's {@code .ikonli-font-icon { -fx-icon-size: 18px }}: the size of the tool bar's icons. */
    private static final double ICON_SIZE = 18;

    private static final PseudoClass PROMPT = PseudoClass.getPseudoClass("prompt");

    private BarPlaceholders() {}

    /** The menu bar's frame and its one menu title. */
    static Node menuBar() {
        Label file = new Label("File");
        file.getStyleClass().add("menu-button");
        HBox container = new HBox(file);
        container.getStyleClass().add("container");
        HBox bar = new HBox(container);
        bar.getStyleClass().addAll("menu-bar", "main-menu", "bar-placeholder");
        return bar;
    }

    /** The tool bar as {@link MainView}'s {@code toolBar()} lays it out, with inert look-alikes of its controls. */
    static Node toolBar(MainViewModel viewModel, int idColumns) {
        Label title = new Label("Transcript Viewer");
        title.getStyleClass().add("app-title");

        Label idBox = new TextFieldSpace(idColumns);
        idBox.getStyleClass().addAll("text-input", "text-field", "id-box");
        // Listeners rather than fluent bindings throughout: see MainView#follow.
        MainView.follow(viewModel.idTextProperty(), text -> {
            boolean empty = text == null || text.isEmpty();
            idBox.setText(empty ? "Conversation id or link  (Ctrl+L)" : text);
            idBox.pseudoClassStateChanged(PROMPT, empty);
        });
        HBox.setHgrow(idBox, Priority.SOMETIMES);

        Label open = new Label("Open");
        open.getStyleClass().addAll("button", "accent");

        Label badge = new Label();
        badge.getStyleClass().add("source-badge");
        MainView.follow(viewModel.sourceBadgeProperty(), text -> {
            badge.setText(text);
            badge.setVisible(text != null && !text.isEmpty());
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(
                8, title, idBox, open, spacer, badge, iconButton("theme-toggle"), iconButton("settings-button"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().addAll("tool-bar-main", "bar-placeholder");
        MainView.fitToolBar(bar, title, idBox, open, badge);
        return bar;
    }

    /** A flat icon button's frame with an empty square where the icon goes. */
    private static Label iconButton(String styleClass) {
        Region icon = new Region();
        icon.setMinSize(ICON_SIZE, ICON_SIZE);
        icon.setPrefSize(ICON_SIZE, ICON_SIZE);
        icon.setMaxSize(ICON_SIZE, ICON_SIZE);
        Label button = new Label(null, icon);
        button.getStyleClass().addAll("button", "flat", styleClass);
        return button;
    }

    /** As wide as a text field of {@code columns} columns: that many widths of "W" in its font, plus its padding. */
    private static final class TextFieldSpace extends Label {

        private final int columns;
        private final Text measure = new Text("W");

        TextFieldSpace(int columns) {
            this.columns = columns;
        }

        @Override
        protected double computePrefWidth(double height) {
            measure.setFont(getFont());
            return columns * measure.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset();
        }
    }
}
