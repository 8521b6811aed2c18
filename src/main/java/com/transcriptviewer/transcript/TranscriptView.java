package com.transcriptviewer.transcript;

import com.transcriptviewer.text.ChannelNames;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.bubble.ToolCardPart;
import com.transcriptviewer.ui.DialogService;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.LayoutPulses;
import com.transcriptviewer.ui.SystemClipboard;
import com.transcriptviewer.ui.json.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The transcript: a header (name, channel, count, copyable id), a virtualised list of bubbles, and in place of the
 * list a spinner while the first page loads or the error in the user's words. Binds to {@link TranscriptViewModel}.
 */
public final class TranscriptView extends BorderPane {

    private final TranscriptViewModel viewModel;
    private final ListView<TranscriptRow> list = new ListView<>();
    /** Privacy mode's mask, as a property the header's title follows. */
    private final ObjectProperty<TextMask> shownMask = new SimpleObjectProperty<>(this, "shownMask", TextMask.NONE);

    private VirtualFlow<?> flow;
    /**
     * The header's second line: channel, message count, and what features add there (see {@link #addHeaderItem}). It
     * wraps onto a further line when the pane is too narrow for all of them, rather than cutting each one short.
     */
    private final FlowPane headerLine = new FlowPane(8, 2);
    /** Slim bars under the header (filters, jump to time), added by their owners. */
    private final VBox bars = new VBox();
    /** The header's title, a line a feature may put under it, then channel and count. */
    private final VBox titles = new VBox(2);
    /** What features add to every tool card (see {@link #addCardPart}). */
    private final List<Supplier<? extends ToolCardPart>> cardParts = new ArrayList<>();

    /** @param dialogs opens Settings from the "key rejected" pane */
    public TranscriptView(TranscriptViewModel viewModel, DialogService dialogs) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        shownMask.set(viewModel.mask().get());
        viewModel.mask().listen(shownMask::set);
        getStyleClass().add("transcript-view");
        setTop(new VBox(header(), bars));
        Objects.requireNonNull(dialogs, "dialogs");
        setCenter(body(dialogs::showSettings));
    }

    public ListView<TranscriptRow> list() {
        return list;
    }

    /** Adds an item to the header's second line, after the channel and the message count. */
    public void addHeaderItem(Node item) {
        headerLine.getChildren().add(item);
    }

    /**
     * Gives every tool card a part made by {@code part} (each card gets its own, kept for the card's life). The list
     * makes its cells anew, so cells made before carry it too.
     */
    public void addCardPart(Supplier<? extends ToolCardPart> part) {
        cardParts.add(Objects.requireNonNull(part, "part"));
        list.setCellFactory(view -> newCell());
    }

    private TranscriptCell newCell() {
        List<Supplier<? extends ToolCardPart>> parts = List.copyOf(cardParts);
        return new TranscriptCell(
                viewModel::retry,
                viewModel.silenceThresholdSecondsProperty(),
                () -> new ToolCallCard(
                        JsonView::new,
                        SystemClipboard::putText,
                        parts.stream().<ToolCardPart>map(Supplier::get).toList()));
    }

    /** Adds a bar under the header, above the list. */
    public void addBar(Node bar) {
        bars.getChildren().add(bar);
    }

    /**
     * Puts {@code bar} where {@code standIn} was added (see {@link #addBar}), or under the others when it is not
     * there: a bar built after the first page takes the place its stand-in held.
     */
    public void replaceBar(Node standIn, Node bar) {
        int at = bars.getChildren().indexOf(standIn);
        if (at < 0) {
            addBar(bar);
        } else {
            bars.getChildren().set(at, bar);
        }
    }

    /**
     * Puts {@code line} under the conversation's title, replacing any line put there before: one line that says
     * what the conversation was about. Its owner keeps it up to date and hides it when there is nothing to say.
     */
    public void setSubtitle(Node line) {
        Objects.requireNonNull(line, "line");
        if (titles.getChildren().size() > 2) {
            titles.getChildren().set(1, line);
        } else {
            titles.getChildren().add(1, line);
        }
    }

    /** Shows {@code shown} (a filtered view of the view-model's rows) instead of all rows. */
    public void showRows(ObservableList<TranscriptRow> shown) {
        list.setItems(shown);
        // A filter that hides rows can leave the end of the list on screen: check whether to page on.
        shown.addListener((ListChangeListener<TranscriptRow>) change -> afterNextLayout(this::reportVisible));
    }

    /**
     * Selects message {@code messageIndex} and scrolls it into view, and within it the current find mark (see
     * {@link RowReveal}); false when the list does not show that message.
     */
    public boolean reveal(int messageIndex) {
        return RowReveal.reveal(
                list,
                () -> {
                    if (flow == null) {
                        hookScrolling();
                    }
                    return flow;
                },
                messageIndex);
    }

    /** Index of the selected message in the conversation, or -1 when no message is selected. */
    public int selectedMessageIndex() {
        return list.getSelectionModel().getSelectedItem() instanceof TranscriptRow.MessageRow row ? row.index() : -1;
    }

    // ---- header --------------------------------------------------------------------------------------------------

    private Node header() {
        Label title = new Label();
        title.getStyleClass().add("transcript-title");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            String name = viewModel.conversationNameProperty().get();
                            if (!name.isBlank()) {
                                return shownMask.get().apply(name);
                            }
                            return viewModel.conversationIdProperty().get().isBlank()
                                    ? "No conversation open"
                                    : "Conversation";
                        },
                        viewModel.conversationNameProperty(),
                        viewModel.conversationIdProperty(),
                        shownMask));

        Label channel = new Label();
        channel.getStyleClass().add("channel-chip");
        channel.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> ChannelNames.display(viewModel.channelProperty().get()), viewModel.channelProperty()));
        channel.graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> Icons.channel(viewModel.channelProperty().get()), viewModel.channelProperty()));
        channel.visibleProperty().bind(viewModel.channelProperty().isNotEmpty());
        channel.managedProperty().bind(channel.visibleProperty());

        Label count = new Label();
        count.getStyleClass().add("message-count");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            long total = viewModel.totalMessagesProperty().get();
                            return total < 0 ? "" : Counts.messages(total);
                        },
                        viewModel.totalMessagesProperty()));

        // A read-only text field: the id can be selected and copied by hand, or with the button.
        TextField id = new TextField();
        id.setEditable(false);
        id.getStyleClass().add("conversation-id");
        id.textProperty().bind(viewModel.conversationIdProperty());
        id.setPrefColumnCount(36);
        id.setFocusTraversable(false);
        Button copyId = new Button(null, Icons.copy());
        copyId.getStyleClass().addAll("flat", "copy-id");
        copyId.setTooltip(new Tooltip("Copy conversation id"));
        copyId.setOnAction(
                e -> SystemClipboard.putText(viewModel.conversationIdProperty().get()));
        copyId.disableProperty().bind(viewModel.conversationIdProperty().isEmpty());

        headerLine.getChildren().setAll(channel, count);
        headerLine.setAlignment(Pos.CENTER_LEFT);
        headerLine.setRowValignment(VPos.CENTER);
        titles.getChildren().setAll(title, headerLine);
        // The titles take the room the id leaves, so a line under the title ellipsises at the id, not before.
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(8, titles, id, copyId);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("transcript-header");
        header.setPadding(new Insets(10, 14, 10, 14));
        return header;
    }

    // ---- body ----------------------------------------------------------------------------------------------------

    private Node body(Runnable openSettings) {
        list.setItems(viewModel.rows());
        list.getStyleClass().add("transcript-list");
        list.setCellFactory(view -> newCell());
        // Cells read the threshold as they update; a new one changes row heights, so re-create them.
        viewModel.silenceThresholdSecondsProperty().addListener((obs, old, now) -> list.refresh());
        // Privacy mode switched, or an item revealed: every text is shown again through the new mask.
        viewModel.mask().listen(mask -> list.refresh());
        list.setPlaceholder(new Label(""));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        WheelScrolling.install(list, this::textFont);
        list.skinProperty().addListener((obs, old, skin) -> hookScrolling());
        viewModel.rows().addListener((ListChangeListener<TranscriptRow>) change -> reportVisible());
        // Rows arrive before the state says READY, so the report above comes too early to prefetch; check again once
        // the new rows are laid out, or a page that does not fill the list would never be followed by the next.
        viewModel.stateProperty().addListener((obs, old, now) -> {
            if (now == TranscriptState.READY) {
                afterNextLayout(this::reportVisible);
            }
        });

        Node loading = loadingPane();
        Node error = errorPane(openSettings);
        Node empty = emptyPane();
        loading.visibleProperty().bind(viewModel.stateProperty().isEqualTo(TranscriptState.LOADING_FIRST));
        error.visibleProperty().bind(viewModel.stateProperty().isEqualTo(TranscriptState.FAILED_FIRST));
        empty.visibleProperty().bind(viewModel.stateProperty().isEqualTo(TranscriptState.EMPTY));
        list.visibleProperty()
                .bind(loading.visibleProperty()
                        .or(error.visibleProperty())
                        .or(empty.visibleProperty())
                        .not());
        // Hidden panes must not take part in layout: their minimum widths would widen the whole window.
        for (Node pane : new Node[] {loading, error, empty, list}) {
            pane.managedProperty().bind(pane.visibleProperty());
        }
        return new StackPane(list, loading, error, empty);
    }

    private Node loadingPane() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label("Loading conversation…");
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("transcript-loading");
        return box;
    }

    private Node errorPane(Runnable openSettings) {
        Label icon = new Label(null, Icons.error());
        icon.getStyleClass().add("error-icon");
        Label message = new Label();
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        // Centred like the icon and buttons above and below it, also when the text wraps.
        message.setTextAlignment(TextAlignment.CENTER);
        message.setAlignment(Pos.CENTER);
        message.textProperty().bind(viewModel.errorMessageProperty());
        Button retry = new Button("Retry", Icons.retry());
        retry.setDefaultButton(false);
        retry.setOnAction(e -> viewModel.retry());
        Button settings = new Button("Open Settings");
        settings.getStyleClass().add("accent");
        settings.setOnAction(e -> openSettings.run());
        settings.visibleProperty().bind(viewModel.keyProblemProperty());
        settings.managedProperty().bind(settings.visibleProperty());
        HBox actions = new HBox(8, settings, retry);
        actions.setAlignment(Pos.CENTER);
        VBox box = new VBox(14, icon, message, actions);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        box.getStyleClass().add("transcript-error");
        return box;
    }

    private Node emptyPane() {
        Label text = new Label("Open a conversation: paste its id above (Ctrl+L) or pick one on the left.");
        text.setWrapText(true);
        text.getStyleClass().add("transcript-empty");
        VBox box = new VBox(text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    // ---- scrolling and keys --------------------------------------------------------------------------------------

    /** Finds the list's VirtualFlow once the skin exists and reports the last visible row whenever it scrolls. */
    private void hookScrolling() {
        if (list.getSkin() == null) {
            return;
        }
        list.applyCss();
        Node node = list.lookup(".virtual-flow");
        if (node instanceof VirtualFlow<?> found && found != flow) {
            flow = found;
            flow.positionProperty().addListener((obs, old, now) -> reportVisible());
            flow.heightProperty().addListener((obs, old, now) -> reportVisible());
        }
        for (Node bar : list.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar) {
                scrollBar.valueProperty().addListener((obs, old, now) -> reportVisible());
            }
        }
    }

    /** The font the rows' text is in (a cell's, as CSS set it), or null before any row is laid out. */
    private Font textFont() {
        IndexedCell<?> cell = flow == null ? null : flow.getFirstVisibleCell();
        return cell == null ? null : cell.getFont();
    }

    private void reportVisible() {
        if (flow == null) {
            hookScrolling();
        }
        if (flow == null) {
            return;
        }
        var last = flow.getCellCount() == 0 ? null : flow.getLastVisibleCell();
        int index = VisibleRows.prefetchIndex(
                list.getItems(),
                last == null ? -1 : last.getIndex(),
                viewModel.loadedMessagesProperty().get());
        if (index != VisibleRows.UNKNOWN) {
            viewModel.onLastVisibleRow(index);
        }
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return; // a field inside a row (a note being typed) keeps its own keys
        }
        TranscriptRow selected = list.getSelectionModel().getSelectedItem();
        if (event.getCode() == KeyCode.SPACE && selected instanceof TranscriptRow.MessageRow row) {
            row.bubble().toggleCards();
            event.consume();
        } else if (event.getCode() == KeyCode.END) {
            // End jumps to the last loaded message; the prefetch then brings the next page.
            // clearAndSelect, not selectLast: with multiple selection that would add to the selection.
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().clearAndSelect(list.getItems().size() - 1);
            }
            scrollToEnd();
            event.consume();
        } else if (event.getCode() == KeyCode.HOME) {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().clearAndSelect(0);
            }
            list.scrollTo(0);
            event.consume();
        }
    }

    /**
     * Scrolls to the very bottom. {@code ListView.scrollTo(last)} relies on estimated cell heights and stops short
     * when a tall message (a 50,000-character line) sits above the end, so after it the flow is scrolled by real
     * pixels, a screen at a time, until it reports that it cannot move further.
     */
    private void scrollToEnd() {
        int last = list.getItems().size() - 1;
        list.scrollTo(last);
        if (flow == null) {
            hookScrolling();
        }
        if (flow == null) {
            return;
        }
        list.layout();
        for (int step = 0; step < 200; step++) {
            double moved = flow.scrollPixels(Math.max(100, flow.getHeight()));
            if (moved <= 0) {
                break;
            }
        }
    }

    /** Runs {@code work} once, right after the next layout pass (the scene's next pulse). */
    private void afterNextLayout(Runnable work) {
        if (getScene() != null) {
            LayoutPulses.afterNext(getScene(), work);
        }
    }
}
