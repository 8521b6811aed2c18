package com.transcriptviewer.conversations;

import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A row of the Recent list: name and when it was opened; hovering shows the id and the full time. */
final class RecentConversationCell extends ListCell<RecentConversation> {
    private final Label title = new Label();
    private final Label when = new Label();
    private final Tooltip tip = new Tooltip();
    private final VBox box = new VBox(2, title, when);
    private final TimeFormat times;
    private final CurrentMask mask;

    RecentConversationCell(TimeFormat times) {
        this(times, new CurrentMask());
    }

    /** @param mask privacy mode: the title is shown through it */
    RecentConversationCell(TimeFormat times, CurrentMask mask) {
        this.times = times;
        this.mask = mask;
        title.getStyleClass().add("conversation-title");
        when.getStyleClass().add("conversation-time");
        box.getStyleClass().add("conversation-row");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RecentConversation item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(mask.get().apply(item.title()));
        when.setText("Opened " + times.relative(item.openedAt()));
        tip.setText(item.id() + "\nOpened " + times.absolute(item.openedAt()));
        setTooltip(tip);
        setGraphic(box);
    }
}
