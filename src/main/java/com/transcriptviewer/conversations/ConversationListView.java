package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.ui.Icons;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
                filters.setContent(new BrowseFilterGrid(viewModel));
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
