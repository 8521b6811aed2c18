package com.transcriptviewer.conversations;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.TimeFormat;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;

/**
 * The left pane: a "Browse" tab (search box, a collapsible set of filters, the list, "Load more") and a "Recent" tab
 * (the conversations opened lately, clearable), whose title counts them. A click or Enter on a row opens it; hovering
 * the filters shows the API query they make.
 */
public final class ConversationListView extends BorderPane {

    private final BrowsePane browse;
    private final RecentPane recent;

    public ConversationListView(
            ConversationListViewModel viewModel,
            RecentConversationsViewModel recents,
            Consumer<Conversation> open,
            Consumer<RecentConversation> openRecent,
            TimeFormat times) {
        this(viewModel, recents, open, openRecent, times, new CurrentMask());
    }

    /** @param mask privacy mode: names and numbers are shown through it */
    public ConversationListView(
            ConversationListViewModel viewModel,
            RecentConversationsViewModel recents,
            Consumer<Conversation> open,
            Consumer<RecentConversation> openRecent,
            TimeFormat times,
            CurrentMask mask) {
        Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(recents, "recents");
        getStyleClass().add("conversation-browser");
        getStylesheets()
                .add(Objects.requireNonNull(ConversationListView.class.getResource("browser.css"), "browser.css")
                        .toExternalForm());
        setMinWidth(240);

        browse = new BrowsePane(viewModel, open, times, mask);
        recent = new RecentPane(recents, openRecent, times, mask);
        Tab browseTab = new Tab("Browse", browse);
        Tab recentTab = new Tab("Recent", recent);
        recentTab
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> recents.items().isEmpty()
                                ? "Recent"
                                : "Recent (" + recents.items().size() + ")",
                        recents.items()));
        TabPane tabs = new TabPane(browseTab, recentTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("browser-tabs");
        setCenter(tabs);
    }

    public ListView<Conversation> list() {
        return browse.list();
    }

    public ListView<RecentConversation> recentList() {
        return recent.list();
    }

    public TextField searchField() {
        return browse.searchBar().searchField();
    }
}
