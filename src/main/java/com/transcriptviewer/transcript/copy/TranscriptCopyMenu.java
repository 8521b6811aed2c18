package com.transcriptviewer.transcript.copy;

import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.ui.SystemClipboard;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Copying from the transcript list: its context menu (Copy text, Copy as Markdown, Copy conversation id) and the keys
 * Ctrl+C and Ctrl+Shift+C, all acting on the selected messages through {@link TranscriptCopyViewModel}.
 *
 * <p>The menu items carry no accelerators on purpose: a context menu's accelerators apply to the whole window, and
 * Ctrl+C must keep copying from text fields and the conversation list.
 */
public final class TranscriptCopyMenu {

    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_MARKDOWN =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ListView<TranscriptRow> list;
    private final TranscriptCopyViewModel copy;
    private final Consumer<String> clipboard;
    private final MenuItem copyText = new MenuItem("Copy text");
    private final MenuItem copyMarkdown = new MenuItem("Copy as Markdown");
    private final MenuItem copyId = new MenuItem("Copy conversation id");

    /** Gives the transcript's list the copy menu and keys, copying to the system clipboard. */
    public static void install(TranscriptView view, TranscriptCopyViewModel copy) {
        TranscriptCopyMenu menu = new TranscriptCopyMenu(view.list(), copy, SystemClipboard::putText);
        view.list().addEventFilter(KeyEvent.KEY_PRESSED, menu::handle);
    }

    TranscriptCopyMenu(ListView<TranscriptRow> list, TranscriptCopyViewModel copy, Consumer<String> clipboard) {
        this.list = Objects.requireNonNull(list, "list");
        this.copy = Objects.requireNonNull(copy, "copy");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        copyText.setId("copy-text");
        copyMarkdown.setId("copy-markdown");
        copyId.setId("copy-conversation-id");
        copyText.setOnAction(e -> copyText());
        copyMarkdown.setOnAction(e -> copyMarkdown());
        copyId.setOnAction(e -> copy.copyConversationId(clipboard));
        ContextMenu menu = new ContextMenu(copyText, copyMarkdown, new SeparatorMenuItem(), copyId);
        menu.getStyleClass().add("transcript-menu");
        menu.setOnShowing(e -> updateItems());
        list.setContextMenu(menu);
        // Right-clicking a message that is not selected (its text area takes the mouse press) selects it first, so
        // the menu acts on the message under the pointer.
        list.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::selectRowUnderPointer);
    }

    /** Handles the copy keys; true when the event was one of them (it is then consumed). */
    boolean handle(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return false; // a field inside a row (a note) copies its own selection
        }
        if (COPY_MARKDOWN.match(event)) {
            copyMarkdown();
        } else if (COPY.match(event)) {
            copyText();
        } else {
            return false;
        }
        event.consume();
        return true;
    }

    private void copyText() {
        copy.copyText(selection(), clipboard);
    }

    private void copyMarkdown() {
        copy.copyMarkdown(selection(), clipboard);
    }

    private List<TranscriptRow> selection() {
        return List.copyOf(list.getSelectionModel().getSelectedItems());
    }

    private void updateItems() {
        int messages = TranscriptCopyViewModel.messageRows(selection()).size();
        String count = messages > 1 ? " (" + messages + " messages)" : "";
        copyText.setText("Copy text" + count);
        copyMarkdown.setText("Copy as Markdown" + count);
        copyText.setDisable(messages == 0);
        copyMarkdown.setDisable(messages == 0);
        copyId.setDisable(!copy.hasConversation());
    }

    private void selectRowUnderPointer(ContextMenuEvent event) {
        Node picked =
                event.getPickResult() == null ? null : event.getPickResult().getIntersectedNode();
        for (Node node = picked; node != null && node != list; node = node.getParent()) {
            if (node instanceof ListCell<?> cell) {
                if (!cell.isEmpty()
                        && cell.getItem() instanceof TranscriptRow.MessageRow
                        && !list.getSelectionModel().isSelected(cell.getIndex())) {
                    list.getSelectionModel().clearAndSelect(cell.getIndex());
                }
                return;
            }
        }
    }
}
