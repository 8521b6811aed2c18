package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.ReviewProgress;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.ReviewTexts;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.ui.Icons;
import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A row of the Browse list: name (or a readable fallback), channel icon, the current reviewer's progress ("5/12
 * reviewed · Wrong"), numbers, created and last-message times. Hovering a time shows it in full; hovering the row shows
 * the conversation id and channel.
 */
final class ConversationCell extends ListCell<Conversation> {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label created = new Label();
    private final Label last = new Label();
    private final Tooltip createdTip = new Tooltip();
    private final Tooltip lastTip = new Tooltip();
    private final Tooltip rowTip = new Tooltip();
    private final Label review = new Label();
    private final Tooltip reviewTip = new Tooltip();
    private final VBox box;
    private final TimeFormat times;
    private final ObservableMap<String, ReviewProgress> progress;
    /** Privacy mode: names and numbers are shown through it. */
    private final CurrentMask mask;

    ConversationCell(TimeFormat times) {
        this(times, FXCollections.observableHashMap(), new CurrentMask());
    }

    /** @param progress the current reviewer's progress by conversation id, shown at the end of the title line */
    ConversationCell(TimeFormat times, ObservableMap<String, ReviewProgress> progress, CurrentMask mask) {
        this.times = times;
        this.mask = mask;
        this.progress = progress;
        review.getStyleClass().add("conversation-review");
        review.setTooltip(reviewTip);
        review.setMinWidth(USE_PREF_SIZE);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox titleRow = new HBox(6, title, review);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        progress.addListener((MapChangeListener<String, ReviewProgress>) change -> {
            Conversation item = getItem();
            if (item != null && item.id().equals(change.getKey())) {
                showReview(item);
            }
        });
        title.getStyleClass().add("conversation-title");
        detail.getStyleClass().add("conversation-detail");
        created.getStyleClass().add("conversation-time");
        last.getStyleClass().add("conversation-time");
        created.setTooltip(createdTip);
        last.setTooltip(lastTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox timesRow = new HBox(6, created, spacer, last);
        box = new VBox(2, titleRow, detail, timesRow);
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
        title.setText(mask.get().apply(ConversationTitles.of(item)));
        title.setGraphic(Icons.channel(item.channel()));
        detail.setText(mask.get().apply(ConversationTitles.numbers(item)));
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
        showReview(item);
        setGraphic(box);
    }

    /** "5/12 reviewed" with the overall verdict's icon (or a clipboard before one), nothing before any review. */
    private void showReview(Conversation item) {
        ReviewProgress shown = progress.get(item.id());
        String text = ReviewTexts.browser(shown);
        review.setVisible(!text.isEmpty());
        review.setManaged(!text.isEmpty());
        if (text.isEmpty()) {
            return;
        }
        Verdict overall = shown.overall();
        review.setText(overall == null ? text : text + " · " + overall.label());
        review.setGraphic(
                overall == null
                        ? Icons.icon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, "review-icon")
                        : Icons.verdict(overall));
        review.getStyleClass().removeAll(VERDICT_CLASSES);
        if (overall != null) {
            review.getStyleClass().add("verdict-" + overall.wireName());
        }
        reviewTip.setText("Your review: "
                + (shown.totalKnown()
                        ? shown.reviewedCalls() + " of " + shown.totalCalls() + " tool calls"
                        : shown.reviewedCalls() + " tool calls (the total is known once the conversation was loaded"
                                + " whole)")
                + (overall == null ? "" : "; the conversation as a whole: " + overall.label()));
    }

    private static final List<String> VERDICT_CLASSES = List.of("verdict-correct", "verdict-wrong", "verdict-unsure");
}
