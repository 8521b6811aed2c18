package com.transcriptviewer.transcript.details;

import com.transcriptviewer.transcript.SidePanes;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.transcript.bubble.MessageBubbleViewModel;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.SystemClipboard;
import com.transcriptviewer.ui.json.JsonView;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The details pane beside the transcript: everything about the selected message that the bubble leaves out (raw role
 * name, both timestamps in full, metadata, call ids, its JSON as sent). Values are read-only text fields, so any of
 * them can be selected and copied. Binds to {@link MessageDetailsViewModel}.
 */
public final class MessageDetailsView extends BorderPane {

    static final String EMPTY_TEXT = "Select a message to see its details";
    static final String NO_RAW_JSON_TEXT =
            "This message has no raw JSON: it was not read from the API's response (for example, built by the viewer).";

    private final MessageDetailsViewModel viewModel;
    private final Consumer<String> clipboard;
    private final Label title = new Label("Details");
    private final Label empty = new Label(EMPTY_TEXT);
    private final GridPane facts = grid("details-facts");
    private final VBox callsSection;
    private final GridPane calls = grid("details-calls");
    private final VBox metadataSection;
    private final GridPane metadata = grid("details-metadata");
    private final Label rawJsonNote = new Label();
    private final Button copyRawJson = new Button("Copy raw JSON", Icons.copy());
    private final JsonView rawJsonView = new JsonView();
    private final ScrollPane scroll;

    public MessageDetailsView(MessageDetailsViewModel viewModel, Consumer<String> clipboard) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        getStyleClass().add("details-pane");
        getStylesheets()
                .add(Objects.requireNonNull(MessageDetailsView.class.getResource("details.css"), "details.css")
                        .toExternalForm());
        setMinWidth(260);
        setPrefWidth(420);

        title.getStyleClass().add("details-title");
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll("flat", "details-close");
        close.setTooltip(new Tooltip("Hide details (Ctrl+I)"));
        close.setOnAction(e -> viewModel.openProperty().set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("details-header");
        setTop(header);

        callsSection = section("Tool calls", calls);
        metadataSection = section("Metadata", metadata);
        rawJsonNote.getStyleClass().add("details-note");
        rawJsonNote.setWrapText(true);
        copyRawJson.getStyleClass().addAll("small", "copy-raw-json");
        copyRawJson.setFocusTraversable(false);
        copyRawJson.setOnAction(e -> {
            String raw = viewModel.rawJsonText();
            if (raw != null) {
                clipboard.accept(raw);
            }
        });
        rawJsonView.getStyleClass().add("details-json");
        rawJsonView.maxVisibleHeightProperty().set(Math.ceil(Font.getDefault().getSize() * 1.4 * 30));
        Label rawTitle = sectionTitle("Raw JSON");
        Region rawSpacer = new Region();
        HBox.setHgrow(rawSpacer, Priority.ALWAYS);
        HBox rawHeader = new HBox(8, rawTitle, rawSpacer, copyRawJson);
        rawHeader.setAlignment(Pos.CENTER_LEFT);
        VBox rawSection = new VBox(6, rawHeader, rawJsonNote, rawJsonView);
        rawSection.getStyleClass().add("details-section");

        VBox content = new VBox(14, facts, callsSection, metadataSection, rawSection);
        content.getStyleClass().add("details-content");
        content.setPadding(new Insets(10, 12, 14, 12));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");

        empty.getStyleClass().add("details-empty");
        empty.setWrapText(true);
        StackPane body = new StackPane(scroll, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        StackPane.setMargin(empty, new Insets(24));
        setCenter(body);

        viewModel.detailsProperty().addListener((obs, old, now) -> showDetails(now));
        viewModel.rawJsonStateProperty().addListener((obs, old, now) -> showRawJson());
        viewModel.rawJsonProperty().addListener((obs, old, now) -> showRawJson());
        showDetails(viewModel.getDetails());
    }

    /** Ctrl+I shows and hides the pane. */
    static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    /**
     * Puts the details pane on the transcript's right (see {@link SidePanes}), shown while the view-model says it is
     * open (Ctrl+I), and keeps it describing the selected message.
     */
    public static void installBeside(TranscriptView transcript, MessageDetailsViewModel viewModel) {
        ListView<TranscriptRow> list = transcript.list();
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.show(row));
        viewModel.show(list.getSelectionModel().getSelectedItem());
        SidePanes.of(transcript)
                .add(
                        () -> new MessageDetailsView(viewModel, SystemClipboard::putText),
                        viewModel.openProperty(),
                        TOGGLE);
    }

    /** The tool-bar button that shows and hides the pane. */
    public static ToggleButton toggleButton(MessageDetailsViewModel viewModel) {
        ToggleButton toggle = new ToggleButton(null, new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
        toggle.getStyleClass().addAll("flat", "details-toggle");
        toggle.setTooltip(new Tooltip("Message details (Ctrl+I)"));
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(viewModel.openProperty());
        return toggle;
    }

    public JsonView rawJsonView() {
        return rawJsonView;
    }

    /** The value fields of the top grid, in order: role, sent at, created at, offset, and "answers" for a result. */
    public GridPane facts() {
        return facts;
    }

    public GridPane toolCalls() {
        return calls;
    }

    public GridPane metadata() {
        return metadata;
    }

    public Label rawJsonNote() {
        return rawJsonNote;
    }

    public Label emptyLabel() {
        return empty;
    }

    private void showDetails(MessageDetails details) {
        boolean none = details == null;
        empty.setVisible(none);
        scroll.setVisible(!none);
        if (none) {
            title.setText("Details");
            return;
        }
        title.setText(details.title());
        facts.getChildren().clear();
        int row = 0;
        addRow(facts, row++, "Role", details.roleLabel());
        addRow(facts, row++, "Raw role", details.rawRoleText());
        addRow(facts, row++, "Sent at", details.sentAt());
        addRow(facts, row++, "Created at", details.createdAt());
        addRow(facts, row++, "Offset", details.offset())
                .setTooltip(new Tooltip("Time since the first message of the conversation"));
        if (details.toolResult()) {
            MessageDetails.Call answers = details.answers();
            addRow(
                            facts,
                            row++,
                            "Answers",
                            answers == null
                                    ? "an unknown call (no unanswered call precedes it)"
                                    : functionName(answers))
                    .setTooltip(new Tooltip(MessageBubbleViewModel.PAIRING_NOTE));
            if (answers != null) {
                addRow(facts, row, "Call id", answers.id().isEmpty() ? "(no call id)" : answers.id());
            }
        }

        calls.getChildren().clear();
        List<MessageDetails.Call> toolCalls = details.toolCalls();
        int callRow = 0;
        for (int i = 0; i < toolCalls.size(); i++) {
            // Name above id: call ids are long, and the pane is narrow.
            MessageDetails.Call call = toolCalls.get(i);
            addRow(calls, callRow++, "Function", functionName(call));
            if (i > 0) {
                // A gap between calls, so several read as separate pairs.
                int size = calls.getChildren().size();
                calls.getChildren().subList(size - 2, size).forEach(n -> GridPane.setMargin(n, new Insets(8, 0, 0, 0)));
            }
            addRow(calls, callRow++, "Call id", call.id().isEmpty() ? "(no call id)" : call.id());
            if (!call.identity().isEmpty()) {
                // Reviews cannot go by the id: say what they go by instead.
                Label identity = new Label(call.identity());
                identity.getStyleClass().addAll("details-note", "details-call-identity");
                identity.setWrapText(true);
                calls.add(identity, 0, callRow++, 2, 1);
            }
        }
        setShown(callsSection, !toolCalls.isEmpty());

        metadata.getChildren().clear();
        List<MessageDetails.Entry> entries = details.metadata();
        for (int i = 0; i < entries.size(); i++) {
            addRow(metadata, i, entries.get(i).key(), entries.get(i).value());
        }
        setShown(metadataSection, !entries.isEmpty());
        scroll.setVvalue(0);
        showRawJson();
    }

    private void showRawJson() {
        MessageDetails details = viewModel.getDetails();
        MessageDetailsViewModel.RawJsonState state = viewModel.getRawJsonState();
        RawJsonPreview preview = viewModel.getRawJson();
        copyRawJson.setDisable(details == null || !details.hasRawJson() || viewModel.rawJsonText() == null);
        boolean ready = state == MessageDetailsViewModel.RawJsonState.READY && preview != null;
        setShown(rawJsonView, ready);
        String note = switch (state) {
            case ABSENT -> NO_RAW_JSON_TEXT;
            case FORMATTING -> "Formatting the message's JSON…";
            case NONE -> "";
            case READY -> readyNote(preview);
            case UNREADABLE -> viewModel.rawJsonProblem();
        };
        rawJsonNote.setText(note);
        setShown(rawJsonNote, !note.isEmpty());
        if (!ready) {
            rawJsonView.clear();
        } else if (preview.isValidJson()) {
            rawJsonView.showFormatted(preview.formatted());
        } else {
            rawJsonView.showPlain(preview.plain());
        }
    }

    private static String readyNote(RawJsonPreview preview) {
        if (preview == null) {
            return "";
        }
        String note = preview.isValidJson() ? "" : "Not valid JSON; shown as received.";
        if (preview.shortenedStrings() > 0) {
            note += (note.isEmpty() ? "" : " ")
                    + (preview.shortenedStrings() == 1
                            ? "One long string is"
                            : preview.shortenedStrings() + " long strings are")
                    + " shortened here; Copy raw JSON copies "
                    + "the message exactly.";
        }
        return note;
    }

    private static String functionName(MessageDetails.Call call) {
        return call.functionName().isEmpty() ? "(unnamed function)" : call.functionName();
    }

    private static GridPane grid(String styleClass) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("details-grid", styleClass);
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        keys.setMaxWidth(180);
        keys.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(60);
        grid.getColumnConstraints().setAll(keys, values);
        return grid;
    }

    /** Adds a key and its read-only value; returns the key's label. */
    private static Label addRow(GridPane grid, int row, String key, String value) {
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add("details-key");
        TextField valueField = new TextField(value);
        valueField.setEditable(false);
        valueField.setFocusTraversable(false);
        valueField.getStyleClass().add("details-value");
        valueField.setTooltip(value.length() > 40 ? new Tooltip(value) : null);
        grid.addRow(row, keyLabel, valueField);
        return keyLabel;
    }

    private static VBox section(String name, Node content) {
        VBox box = new VBox(4, sectionTitle(name), content);
        box.getStyleClass().add("details-section");
        return box;
    }

    private static Label sectionTitle(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("details-section-title");
        return label;
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
