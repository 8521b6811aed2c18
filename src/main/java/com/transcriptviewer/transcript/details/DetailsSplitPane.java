package com.transcriptviewer.transcript.details;

import com.transcriptviewer.transcript.TranscriptRow;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The transcript list with the details pane on its right while the pane is open. The pane follows the list's
 * selection, Ctrl+I shows and hides it, and the divider stays where the user left it when the pane comes back. The
 * pane's nodes are built the first time it opens, so a window that never shows it pays nothing for it.
 */
final class DetailsSplitPane extends SplitPane {

    static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private final Node transcript;
    private final ListView<TranscriptRow> list;
    private final MessageDetailsViewModel viewModel;
    private final Consumer<String> clipboard;
    private MessageDetailsView details;
    private double divider = 0.58;

    DetailsSplitPane(
            Node transcript,
            ListView<TranscriptRow> list,
            MessageDetailsViewModel viewModel,
            Consumer<String> clipboard) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.list = Objects.requireNonNull(list, "list");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        getStyleClass().add("details-split");
        getItems().add(transcript);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.show(row));
        viewModel.show(list.getSelectionModel().getSelectedItem());
        viewModel.openProperty().addListener((obs, was, open) -> place(open));
        place(viewModel.isOpen());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(TOGGLE);
            }
            if (scene != null) {
                scene.getAccelerators().put(TOGGLE, viewModel::toggleOpen);
            }
        });
    }

    /** The pane, or null until it has been opened once. */
    MessageDetailsView details() {
        return details;
    }

    private void place(boolean open) {
        if (open) {
            if (details == null) {
                details = new MessageDetailsView(viewModel, clipboard);
                SplitPane.setResizableWithParent(details, false);
            }
            if (!getItems().contains(details)) {
                getItems().setAll(transcript, details);
                setDividerPositions(divider);
            }
        } else if (details != null && getItems().contains(details)) {
            boolean focusInside = getScene() != null && isInside(getScene().getFocusOwner(), details);
            divider = getDividerPositions()[0];
            getItems().setAll(transcript);
            if (focusInside) {
                list.requestFocus();
            }
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
