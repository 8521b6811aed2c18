package com.transcriptviewer.conversations;

import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The content of the Recent tab: the conversations opened lately, newest first, and "Clear recent" below them. Before
 * anything was opened the list says where its rows come from.
 */
final class RecentPane extends VBox {

    private final ListView<RecentConversation> list = new ListView<>();

    RecentPane(
            RecentConversationsViewModel recents,
            Consumer<RecentConversation> open,
            TimeFormat times,
            CurrentMask mask) {
        list.setId("recent-list");
        list.setItems(recents.items());
        list.setCellFactory(view -> new RecentConversationCell(times, mask));
        mask.listen(shown -> list.refresh());
        OpenOnClickOrEnter.install(list, open);
        Label placeholder = new Label("Conversations you open appear here.");
        placeholder.getStyleClass().add("browser-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button clear = new Button("Clear recent");
        clear.setId("clear-recent");
        clear.disableProperty().bind(Bindings.isEmpty(recents.items()));
        clear.setOnAction(e -> recents.clear());
        HBox footer = new HBox(clear);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(6, 8, 8, 8));
        footer.getStyleClass().add("browser-footer");
        getChildren().addAll(list, footer);
    }

    ListView<RecentConversation> list() {
        return list;
    }
}
