package com.transcriptviewer.transcript.bubble;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;

/**
 * A tool-call card's context menu: Copy arguments (pretty), Copy raw arguments (byte for byte as the assistant wrote
 * them), Copy call id. It replaces the transcript's message menu while the pointer is over a card.
 */
final class ToolCallCardMenu {

    private final ToolCallCard card;
    private final Consumer<String> clipboard;
    private final MenuItem copyPretty = new MenuItem("Copy arguments (pretty)");
    private final MenuItem copyRaw = new MenuItem("Copy raw arguments");
    private final MenuItem copyId = new MenuItem("Copy call id");
    private final ContextMenu menu = new ContextMenu(copyPretty, copyRaw, copyId);

    private ToolCallCardMenu(ToolCallCard card, Consumer<String> clipboard) {
        this.card = card;
        this.clipboard = clipboard;
        menu.getStyleClass().add("tool-card-menu");
        copyPretty.setId("copy-arguments-pretty");
        copyRaw.setId("copy-arguments-raw");
        copyId.setId("copy-call-id");
        copyPretty.setOnAction(e -> withModel(model -> model.prettyArguments(clipboard)));
        copyRaw.setOnAction(
                e -> withModel(model -> clipboard.accept(model.toolCall().arguments())));
        copyId.setOnAction(e -> withModel(model -> clipboard.accept(model.callId())));
        menu.setOnShowing(
                e -> withModel(model -> copyId.setDisable(model.callId().isEmpty())));
    }

    /**
     * Gives {@code card} its menu, made when it is first asked for (a pop-up window on every card of a page would
     * cost the page's first frame); copied text goes to {@code clipboard}.
     */
    static void install(ToolCallCard card, Consumer<String> clipboard) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(clipboard, "clipboard");
        ToolCallCardMenu[] made = new ToolCallCardMenu[1];
        card.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (made[0] == null) {
                made[0] = new ToolCallCardMenu(card, clipboard);
            }
            made[0].show(event);
        });
    }

    private void show(ContextMenuEvent event) {
        if (card.getViewModel() == null) {
            return;
        }
        menu.show(card, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private void withModel(Consumer<ToolCallCardViewModel> action) {
        ToolCallCardViewModel model = card.getViewModel();
        if (model != null) {
            action.accept(model);
        }
    }
}
