package com.transcriptviewer.conversations;

import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Both lists of the left pane open a conversation the same way: a left click on a row, or Enter on the selected one. */
final class OpenOnClickOrEnter {

    private OpenOnClickOrEnter() {}

    static <T> void install(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected(list, open);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(list, open);
            }
        });
    }

    private static <T> void openSelected(ListView<T> list, Consumer<T> open) {
        T selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open.accept(selected);
        }
    }
}
