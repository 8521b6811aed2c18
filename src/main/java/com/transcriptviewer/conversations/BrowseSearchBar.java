package com.transcriptviewer.conversations;

import com.transcriptviewer.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The top of the Browse tab: the name search with a busy spinner and a reload button, and below it the collapsible
 * "Filters and sort" pane, whose title counts the filters set. Hovering the search box or the filters shows the API
 * query they make.
 */
final class BrowseSearchBar extends VBox {

    /** The name search, with a button that clears it once there is text. */
    private final TextField search = TextFields.createClearableTextField();

    BrowseSearchBar(ConversationListViewModel viewModel) {
        super(6);
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

        getChildren().addAll(searchRow, filters);
        setPadding(new Insets(8, 8, 6, 8));
    }

    TextField searchField() {
        return search;
    }
}
