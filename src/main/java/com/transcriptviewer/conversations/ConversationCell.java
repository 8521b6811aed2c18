package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.ui.Icons;
import java.time.Instant;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A row of the Browse list: name (or a readable fallback), channel icon, numbers, created and last-message times.
 * Hovering a time shows it in full; hovering the row shows the conversation id and channel.
 */
final class ConversationCell extends ListCell<Conversation> {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label created = new Label();
    private final Label last = new Label();
    private final Tooltip createdTip = new Tooltip();
    private final Tooltip lastTip = new Tooltip();
    private final Tooltip rowTip = new Tooltip();
    private final VBox box;
    private final TimeFormat times;

    ConversationCell(TimeFormat times) {
        this.times = times;
        title.getStyleClass().add("conversation-title");
        detail.getStyleClass().add("conversation-detail");
        created.getStyleClass().add("conversation-time");
        last.getStyleClass().add("conversation-time");
        created.setTooltip(createdTip);
        last.setTooltip(lastTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox timesRow = new HBox(6, created, spacer, last);
        box = new VBox(2, title, detail, timesRow);
        box.getStyleClass().add("conversation-row");
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
        created.setText("Created " + times.relative(item.createdAt()));
        createdTip.setText("Created " + times.absolute(item.createdAt()));
        Instant lastAt = item.lastMessageAt();
        last.setText(lastAt == null ? "" : "Last " + times.relative(lastAt));
        lastTip.setText(lastAt == null ? "" : "Last message " + times.absolute(lastAt));
        last.setVisible(lastAt != null);
        rowTip.setText(item.id() + (item.channel() == null ? "" : "\n" + item.channel()));
        setTooltip(rowTip);
        setGraphic(box);
    }
}
