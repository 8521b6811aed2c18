package com.transcriptviewer.library.view;

import com.transcriptviewer.library.SearchHit;
import com.transcriptviewer.library.SyncRequest;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.ui.ScreenFit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The library's window: a search box over every kept conversation with its results (conversation, time, the message's
 * snippet with the matches marked; Enter or a double click opens the transcript at that message; how many are shown of
 * how many match, and "Show more" under the list), what is kept and removing it, and Sync (a date range, an
 * assistant, a channel, or the browser's current filters). In privacy mode the results' names and snippets are masked.
 */
public final class LibraryWindow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Stage stage = new Stage();
    private final LibraryViewModel viewModel;
    private final ListView<SearchHit> results = new ListView<>();

    /**
     * @param openHit        opens the transcript at a result's message, with find's marks on the query's words
     * @param browserFilters the browser's current filters, as a sync request
     * @param mask           privacy mode's mask: the results' names and snippets are shown through it
     */
    public LibraryWindow(
            Window owner,
            LibraryViewModel viewModel,
            ZoneId zone,
            Consumer<SearchHit> openHit,
            Supplier<SyncRequest> browserFilters,
            CurrentMask mask) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        stage.initOwner(owner);
        stage.setTitle("Library");

        TextField search = new TextField();
        search.setId("library-search");
        search.setPromptText("Search every kept conversation: words, \"phrases\", prefix*, role:user,"
                + " function:name, channel:, assistant:, since:2026-03-01, until:");
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        search.setOnAction(e -> viewModel.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button go = new Button("Search");
        go.setDefaultButton(true);
        go.setOnAction(e -> viewModel.search());
        HBox searchRow = new HBox(8, search, go);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        Label searchMessage = new Label();
        searchMessage.setId("library-search-message");
        searchMessage.textProperty().bind(viewModel.searchMessageProperty());

        results.setId("library-results");
        results.setItems(viewModel.results());
        results.setCellFactory(list -> new HitCell(zone, mask));
        // Privacy mode switched, or an item revealed: the results are shown again through the new mask.
        mask.listen(now -> results.refresh());
        results.setPlaceholder(new Label("Search the conversations kept on this computer."));
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                openHit.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                openHit.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        Button more = new Button("Show " + LibraryViewModel.RESULTS + " more");
        more.setId("library-show-more");
        more.setTooltip(new Tooltip("Adds the next results to the list"));
        more.visibleProperty().bind(viewModel.moreResultsProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(viewModel.loadingMoreProperty());
        more.setOnAction(e -> viewModel.showMore());
        HBox moreRow = new HBox(8, more);
        moreRow.setAlignment(Pos.CENTER);
        moreRow.managedProperty().bind(more.visibleProperty());
        VBox center = new VBox(6, results, moreRow);

        Label counts = new Label();
        counts.setId("library-counts");
        counts.textProperty().bind(viewModel.countsTextProperty());
        Button removeOne = new Button("Remove this conversation");
        removeOne.setTooltip(new Tooltip("Removes the selected result's conversation from the library"));
        removeOne
                .disableProperty()
                .bind(results.getSelectionModel().selectedItemProperty().isNull());
        removeOne.setOnAction(e ->
                viewModel.remove(results.getSelectionModel().getSelectedItem().conversationId()));
        Spinner<Integer> days = new Spinner<>(1, 3650, 30);
        days.setEditable(true);
        days.setPrefWidth(90);
        Button removeOlder = new Button("Remove kept before");
        removeOlder.setOnAction(e -> viewModel.removeOlderThan(days.getValue()));
        Button removeAll = new Button("Remove all");
        removeAll.setOnAction(e -> viewModel.removeAll());
        HBox removeRow = new HBox(8, removeOne, removeOlder, days, new Label("days ago"), spacer(), removeAll);
        removeRow.setAlignment(Pos.CENTER_LEFT);

        DatePicker since = new DatePicker(LocalDate.now(zone).minusDays(30));
        since.setPrefWidth(160);
        DatePicker until = new DatePicker();
        until.setPrefWidth(160);
        TextField assistant = new TextField();
        assistant.setPromptText("any assistant (its id)");
        assistant.setPrefColumnCount(24);
        ComboBox<String> channel = new ComboBox<>();
        channel.getItems().setAll("", "phone_call", "web_chat", "sms_chat", "sms");
        channel.setPromptText("any channel");
        Button sync = new Button("Sync");
        sync.setId("library-sync");
        sync.disableProperty().bind(viewModel.syncRunningProperty());
        sync.setOnAction(e -> viewModel.sync(new SyncRequest(
                since.getValue() == null
                        ? null
                        : since.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : endOf(until.getValue(), zone),
                assistant.getText(),
                channel.getValue() == null ? "" : channel.getValue(),
                "",
                "",
                "",
                "")));
        Button syncBrowsed = new Button("Sync the browser's filters");
        syncBrowsed.disableProperty().bind(viewModel.syncRunningProperty());
        syncBrowsed.setOnAction(e -> viewModel.sync(browserFilters.get()));
        Label from = new Label("Sync conversations created from");
        Label to = new Label("to");
        for (Label label : new Label[] {from, to}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Button button : new Button[] {sync, syncBrowsed, removeOne, removeOlder, removeAll}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox syncDates = new HBox(8, from, since, to, until);
        syncDates.setAlignment(Pos.CENTER_LEFT);
        HBox syncRow = new HBox(8, assistant, channel, sync, spacer(), syncBrowsed);
        syncRow.setAlignment(Pos.CENTER_LEFT);
        Label syncText = new Label();
        syncText.textProperty().bind(viewModel.syncTextProperty());

        VBox top = new VBox(6, searchRow, searchMessage);
        VBox bottom = new VBox(8, counts, removeRow, syncDates, syncRow, syncText);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(center, top, null, bottom, null);
        BorderPane.setMargin(center, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("library-window");
        Scene scene = new Scene(root, 980, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
    }

    /** Shows the window (in front, if it already is), its counts read again. */
    public void show() {
        viewModel.refreshCounts();
        stage.show();
        ScreenFit.keepOnScreen(stage, 0, 0);
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The search results' list (for the tests). */
    public ListView<SearchHit> results() {
        return results;
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /**
     * A result: conversation and time on the first line, the snippet with the matches in bold below; the name and the
     * snippet through privacy mode's mask (the same length, so the matches' marks stay on their words).
     */
    private static final class HitCell extends ListCell<SearchHit> {
        private final ZoneId zone;
        private final CurrentMask mask;

        HitCell(ZoneId zone, CurrentMask mask) {
            this.zone = zone;
            this.mask = mask;
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            TextMask shown = mask.get();
            String name =
                    hit.conversationName() == null || hit.conversationName().isBlank()
                            ? hit.conversationId()
                            : shown.apply(hit.conversationName());
            Label title = new Label(name);
            title.getStyleClass().add("library-hit-title");
            title.setStyle("-fx-font-weight: bold;");
            Label where = new Label(
                    (hit.sentAt() == null ? "—" : WHEN.format(hit.sentAt().atZone(zone))) + " · "
                            + hit.role() + " · message " + (hit.messageIndex() + 1)
                            + (hit.channel() == null || hit.channel().isEmpty() ? "" : " · " + hit.channel()));
            where.getStyleClass().add("library-hit-where");
            where.setStyle("-fx-opacity: 0.75;");
            HBox head = new HBox(10, title, where);
            head.setAlignment(Pos.BASELINE_LEFT);
            TextFlow snippet = new TextFlow();
            int at = 0;
            String text = shown.apply(hit.snippet());
            for (SearchHit.Mark mark : hit.marks()) {
                snippet.getChildren().add(plain(text.substring(at, mark.start())));
                Text marked = new Text(text.substring(mark.start(), mark.end()));
                marked.getStyleClass().addAll("text", "library-hit-mark");
                marked.setStyle("-fx-font-weight: bold; -fx-underline: true;");
                snippet.getChildren().add(marked);
                at = mark.end();
            }
            snippet.getChildren().add(plain(text.substring(at)));
            snippet.setMaxWidth(getListView() == null ? 900 : getListView().getWidth() - 40);
            VBox box = new VBox(2, head, snippet);
            setText(null);
            setGraphic(box);
        }

        private static Text plain(String text) {
            Text node = new Text(text);
            node.getStyleClass().add("text");
            return node;
        }
    }
}
