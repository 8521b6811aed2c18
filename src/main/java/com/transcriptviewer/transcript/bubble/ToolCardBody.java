package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.ui.Icons;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What an expanded {@link ToolCallCard} shows under its header: the toolbar (Copy, Raw, the "not valid JSON" badge,
 * the formatting progress, the size), then the arguments, their check and what features add, which the card puts in
 * as it first needs them. The card makes it the first time it is expanded: most cards are only ever seen collapsed,
 * and a dozen controls on every card of the first page would delay it.
 */
final class ToolCardBody extends VBox {

    final Button copyButton = new Button("Copy", Icons.copy());
    final ToggleButton rawToggle = new ToggleButton("Raw");
    final Label invalidBadge = new Label(null, Icons.error());
    final Tooltip invalidTooltip = new Tooltip();
    final ProgressIndicator progress = new ProgressIndicator();
    final Label sizeLabel = new Label();
    final HBox toolbar = new HBox(copyButton, rawToggle, invalidBadge, progress, sizeLabel);

    /**
     * @param copy  what the Copy button does
     * @param parts what features add to the card: their bodies go last
     */
    ToolCardBody(Runnable copy, List<ToolCardPart> parts) {
        Objects.requireNonNull(copy, "copy");
        getStyleClass().add("tool-card-body");
        setSpacing(6);
        copyButton.getStyleClass().add("copy-button");
        copyButton.setFocusTraversable(false);
        copyButton.setOnAction(event -> copy.run());
        rawToggle.getStyleClass().add("raw-toggle");
        rawToggle.setFocusTraversable(false);
        invalidBadge.getStyleClass().addAll("badge", "invalid-json");
        invalidBadge.setTooltip(invalidTooltip);
        progress.getStyleClass().add("formatting-progress");
        progress.setMaxSize(20, 20);
        progress.setPrefSize(20, 20);
        sizeLabel.getStyleClass().add("size-label");
        toolbar.getStyleClass().add("tool-card-toolbar");
        getChildren().add(toolbar);
        parts.stream().map(ToolCardPart::body).filter(Objects::nonNull).forEach(getChildren()::add);
    }
}
