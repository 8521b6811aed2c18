package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The content of the Browse tab: the search bar, the list of conversations found, an error line when "Load more"
 * fails, and a footer with the count and "Load more". An empty list says whether it is loading, failed or found
 * nothing.
 */
final class BrowsePane extends VBox {

    private final BrowseSearchBar searchBar;
    private final ListView<Conversation> list = new ListView<>();

    BrowsePane(ConversationListViewModel viewModel, Consumer<Conversation> open, TimeFormat times, CurrentMask mask) {
        searchBar = new BrowseSearchBar(viewModel);

        list.setId("conversation-list");
        list.setItems(viewModel.conversations());
        list.setCellFactory(view -> new ConversationCell(times, viewModel.reviewProgress(), mask));
        mask.listen(shown -> list.refresh());
        OpenOnClickOrEnter.install(list, open);
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

        getChildren().addAll(searchBar, list, error, footer);
    }

    ListView<Conversation> list() {
        return list;
    }

    BrowseSearchBar searchBar() {
        return searchBar;
    }
}
