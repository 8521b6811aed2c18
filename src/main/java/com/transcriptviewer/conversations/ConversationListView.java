package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.ui.ChoiceConverter;
import com.transcriptviewer.ui.Icons;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The left pane: a "Browse" tab (search box, a collapsible set of filters, the list, "Load more") and a "Recent" tab
 * (the conversations opened lately, clearable). A click or Enter on a row opens it; hovering the filters shows the
 * API query they make.
 */
public final class ConversationListView extends BorderPane {

    private final ConversationListViewModel viewModel;
    private final ListView<Conversation> list = new ListView<>();
    private final ListView<RecentConversation> recentList = new ListView<>();
    private final TextField search = new TextField();

    public ConversationListView(
            ConversationListViewModel viewModel,
            RecentConversationsViewModel recents,
            Consumer<Conversation> open,
            Consumer<RecentConversation> openRecent,
            TimeFormat times) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(recents, "recents");
        getStyleClass().add("conversation-browser");
        getStylesheets()
                .add(Objects.requireNonNull(ConversationListView.class.getResource("browser.css"), "browser.css")
                        .toExternalForm());
        setMinWidth(240);

        Tab browse = new Tab("Browse", browsePane(open, times));
        Tab recent = new Tab("Recent", recentPane(recents, openRecent, times));
        recent.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> recents.items().isEmpty()
                                ? "Recent"
                                : "Recent (" + recents.items().size() + ")",
                        recents.items()));
        TabPane tabs = new TabPane(browse, recent);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("browser-tabs");
        setCenter(tabs);
    }

    // ---- browse --------------------------------------------------------------------------------------------------

    private Node browsePane(Consumer<Conversation> open, TimeFormat times) {
        search.setId("conversation-search");
        search.setPromptText("Search names");
        search.textProperty().bindBidirectional(viewModel.nameProperty());
        search.setOnAction(e -> viewModel.refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Button refresh = new Button(null, Icons.retry());
        refresh.getStyleClass().addAll("flat", "button-icon");
        refresh.setTooltip(new Tooltip("Reload the list"));
        refresh.setOnAction(e -> viewModel.refresh());
        HBox searchRow = new HBox(6, search, busy, refresh);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        TitledPane filters = new TitledPane();
        filters.setId("conversation-filters");
        filters.setExpanded(false);
        filters.setAnimated(false);
        // The filter controls are a third of the window's nodes and nobody sees them until the pane opens:
        // build them then, so they cost nothing before the first frame.
        filters.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded && filters.getContent() == null) {
                filters.setContent(filterGrid());
            }
        });
        filters.getStyleClass().add("browser-filters");
        filters.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            int active = viewModel.filter().activeCount();
                            return active == 0 ? "Filters and sort" : "Filters and sort (" + active + " set)";
                        },
                        viewModel.queryTextProperty()));
        Tooltip queryTip = new Tooltip();
        queryTip.textProperty().bind(Bindings.concat("GET /ai/conversations?", viewModel.queryTextProperty()));
        queryTip.setWrapText(true);
        queryTip.setMaxWidth(520);
        filters.setTooltip(queryTip);
        search.setTooltip(queryTip);

        VBox top = new VBox(6, searchRow, filters);
        top.setPadding(new Insets(8, 8, 6, 8));

        list.setId("conversation-list");
        list.setItems(viewModel.conversations());
        list.setCellFactory(view -> new ConversationCell(times));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected(list, open);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(list, open);
            }
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("browser-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            if (!viewModel.errorMessageProperty().get().isEmpty()) {
                                return viewModel.errorMessageProperty().get();
                            }
                            return viewModel.loadingProperty().get()
                                    ? "Loading conversations…"
                                    : "No conversations match.";
                        },
                        viewModel.errorMessageProperty(),
                        viewModel.loadingProperty()));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("browser-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorMessageProperty());
        // With rows on screen the placeholder is hidden, so a failed "Load more" speaks here.
        error.visibleProperty()
                .bind(viewModel
                        .errorMessageProperty()
                        .isNotEmpty()
                        .and(Bindings.isNotEmpty(viewModel.conversations())));
        error.managedProperty().bind(error.visibleProperty());

        Label count = new Label();
        count.getStyleClass().add("browser-count");
        count.textProperty().bind(viewModel.countTextProperty());
        Button more = new Button("Load more");
        more.setId("load-more");
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(viewModel.loadingProperty());
        more.setOnAction(e -> viewModel.loadMore());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, count, spacer, more);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 8, 8, 12));
        footer.getStyleClass().add("browser-footer");

        VBox pane = new VBox(top, list, error, footer);
        return pane;
    }

    private Node filterGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("filter-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        int row = 0;
        row = addRow(
                grid, row, "Phone", textField("filter-phone", "+1312… agent or caller", viewModel.phoneProperty()));
        row = addRow(
                grid, row, "Assistant", textField("filter-assistant", "assistant-…", viewModel.assistantIdProperty()));

        ComboBox<String> channel = new ComboBox<>();
        channel.setId("filter-channel");
        channel.getItems().setAll("", "phone_call", "sms_chat", "web_chat", "sms");
        channel.setConverter(ChoiceConverter.of(value -> value.isEmpty() ? "Any channel" : value, "Any channel"));
        channel.valueProperty().bindBidirectional(viewModel.channelProperty());
        channel.setMaxWidth(Double.MAX_VALUE);
        row = addRow(grid, row, "Channel", channel);

        ComboBox<BrowseFilter.DateField> dateField = dateFieldBox("filter-date-field", viewModel.dateFieldProperty());
        row = addRow(grid, row, "Dates of", dateField);
        DatePicker from = datePicker("filter-from", "from", viewModel.fromProperty());
        DatePicker to = datePicker("filter-to", "to", viewModel.toProperty());
        HBox range = new HBox(4, from, to);
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);
        row = addRow(grid, row, "Between", range);

        TextField key = textField("filter-metadata-key", "key", viewModel.metadataKeyProperty());
        TextField value = textField("filter-metadata-value", "value", viewModel.metadataValueProperty());
        key.setPrefColumnCount(6);
        value.setPrefColumnCount(6);
        Label equals = new Label("=");
        HBox metadata = new HBox(4, key, equals, value);
        metadata.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(key, Priority.ALWAYS);
        HBox.setHgrow(value, Priority.ALWAYS);
        row = addRow(grid, row, "Metadata", metadata);

        ComboBox<BrowseFilter.DateField> sort = dateFieldBox("filter-sort", viewModel.sortProperty());
        row = addRow(grid, row, "Newest by", sort);

        Button clear = new Button("Clear filters");
        clear.getStyleClass().add("small");
        clear.setOnAction(e -> viewModel.clearFilters());
        grid.add(clear, 1, row);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(0);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static int addRow(GridPane grid, int row, String text, Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("filter-label");
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }

    private TextField textField(String id, String prompt, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> viewModel.refresh());
        return field;
    }

    private static DatePicker datePicker(
            String id, String prompt, javafx.beans.property.ObjectProperty<java.time.LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.valueProperty().bindBidirectional(property);
        picker.setPrefWidth(120);
        picker.setMinWidth(0);
        return picker;
    }

    private static ComboBox<BrowseFilter.DateField> dateFieldBox(
            String id, javafx.beans.property.ObjectProperty<BrowseFilter.DateField> property) {
        ComboBox<BrowseFilter.DateField> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(BrowseFilter.DateField.values());
        box.setConverter(ChoiceConverter.of(BrowseFilter.DateField::displayName));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static <T> void openSelected(ListView<T> view, Consumer<T> open) {
        T selected = view.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open.accept(selected);
        }
    }

    // ---- recent --------------------------------------------------------------------------------------------------

    private Node recentPane(RecentConversationsViewModel recents, Consumer<RecentConversation> open, TimeFormat times) {
        recentList.setId("recent-list");
        recentList.setItems(recents.items());
        recentList.setCellFactory(view -> new RecentConversationCell(times));
        recentList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected(recentList, open);
            }
        });
        recentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(recentList, open);
            }
        });
        Label placeholder = new Label("Conversations you open appear here.");
        placeholder.getStyleClass().add("browser-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        recentList.setPlaceholder(placeholder);
        VBox.setVgrow(recentList, Priority.ALWAYS);

        Button clear = new Button("Clear recent");
        clear.setId("clear-recent");
        clear.disableProperty().bind(Bindings.isEmpty(recents.items()));
        clear.setOnAction(e -> recents.clear());
        HBox footer = new HBox(clear);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(6, 8, 8, 8));
        footer.getStyleClass().add("browser-footer");
        return new VBox(recentList, footer);
    }

    public ListView<Conversation> list() {
        return list;
    }

    public ListView<RecentConversation> recentList() {
        return recentList;
    }

    public TextField searchField() {
        return search;
    }
}
