package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.TimeFormat;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The side list of recent conversations; a click or Enter opens one. */
public final class ConversationListView extends BorderPane {

    private final ListView<Conversation> list = new ListView<>();

    public ConversationListView(ConversationListViewModel viewModel, Consumer<Conversation> open, TimeFormat times) {
        Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("conversation-list");

        Label heading = new Label("Conversations");
        heading.getStyleClass().add("pane-heading");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        Button refresh = new Button(null, Icons.retry());
        refresh.getStyleClass().add("flat");
        refresh.setTooltip(new Tooltip("Reload the list"));
        refresh.setOnAction(e -> viewModel.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, heading, spacer, busy, refresh);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 8, 6, 12));
        setTop(top);

        list.setItems(viewModel.conversations());
        list.setCellFactory(view -> new ConversationCell(times));
        list.setOnMouseClicked(e -> openSelected(open));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(open);
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.errorMessageProperty().isEmpty())
                .then("No conversations yet.").otherwise(viewModel.errorMessageProperty()));
        list.setPlaceholder(placeholder);
        setCenter(list);
    }

    private void openSelected(Consumer<Conversation> open) {
        Conversation selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open.accept(selected);
        }
    }

    public ListView<Conversation> list() {
        return list;
    }

    /** Name (or a readable fallback), channel icon, numbers, and when it last had a message. */
    private static final class ConversationCell extends ListCell<Conversation> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Label when = new Label();
        private final VBox box = new VBox(2, title, detail, when);
        private final TimeFormat times;

        ConversationCell(TimeFormat times) {
            this.times = times;
            title.getStyleClass().add("conversation-title");
            detail.getStyleClass().add("conversation-detail");
            when.getStyleClass().add("conversation-time");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Conversation item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            title.setText(ConversationTitles.of(item));
            title.setGraphic(Icons.channel(item.channel()));
            detail.setText(ConversationTitles.numbers(item));
            detail.setVisible(!detail.getText().isEmpty());
            detail.setManaged(detail.isVisible());
            java.time.Instant last = item.lastMessageAt() != null ? item.lastMessageAt() : item.createdAt();
            when.setText(last == null ? "" : times.relative(last));
            when.setTooltip(last == null ? null : new Tooltip(times.absolute(last)));
            setTooltip(new Tooltip(item.id()));
            setGraphic(box);
        }
    }
}
