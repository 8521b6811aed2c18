package com.transcriptviewer.assistant.view;

import com.transcriptviewer.assistant.view.InsightsViewModel.State;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.text.TimeFormat;
import com.transcriptviewer.transcript.SidePanes;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.ui.Icons;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The insights panel beside the transcript: what Telnyx's insights concluded about the open conversation, one card
 * per insight, and above them where things stand in one sentence (loading, none, still being generated, failed, or
 * the error with Retry). Privacy mode masks the cards' texts, as it masks the transcript. Binds to
 * {@link InsightsViewModel}.
 */
public final class InsightsView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
                    InsightsView.class.getResource("insights.css"), "insights.css")
            .toExternalForm();

    static final double MIN_WIDTH = 240;
    static final double PREF_WIDTH = 360;

    private final InsightsViewModel viewModel;
    private final TimeFormat time;
    private final Label message = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button again = new Button();
    private final HBox status;
    private final VBox cards = new VBox(10);
    private final Button refresh = new Button(null, new FontIcon(MaterialDesignC.CACHED));

    public InsightsView(InsightsViewModel viewModel, TimeFormat time) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.time = Objects.requireNonNull(time, "time");
        getStyleClass().add("insights-pane");
        getStylesheets().add(STYLESHEET);
        setMinWidth(MIN_WIDTH);
        setPrefWidth(PREF_WIDTH);
        setTop(header());

        spinner.setMaxSize(18, 18);
        spinner.setMinSize(18, 18);
        message.getStyleClass().add("insights-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        again.getStyleClass().addAll("small", "insights-again");
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setGraphic(Icons.retry());
        again.setOnAction(e -> viewModel.refresh());
        status = new HBox(8, spinner, message, again);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("insights-status");

        cards.getStyleClass().add("insights-cards");
        VBox content = new VBox(12, status, cards);
        content.setPadding(new Insets(10, 12, 14, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("insights-scroll");
        setCenter(scroll);

        viewModel.stateProperty().addListener((obs, old, now) -> showState());
        viewModel.messageProperty().addListener((obs, old, now) -> showState());
        viewModel.insightsProperty().addListener((obs, old, now) -> showCards(now));
        // Privacy mode switched, or an item revealed: the cards show their texts again through the new mask.
        viewModel.mask().listen(mask -> showCards(viewModel.current()));
        showState();
        showCards(viewModel.current());
    }

    /** Ctrl+Shift+I shows and hides the panel. */
    static final KeyCombination TOGGLE =
            new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /**
     * Puts the panel on the transcript's right (see {@link SidePanes}: below the details pane when both are open),
     * shown while the view-model says it is open (Ctrl+Shift+I); and the conversation's summary as a line under the
     * transcript's title.
     */
    public static void installBeside(TranscriptView transcript, InsightsViewModel viewModel, TimeFormat time) {
        SidePanes.of(transcript).add(() -> new InsightsView(viewModel, time), viewModel.openProperty(), TOGGLE);
        InsightSummaryLine.install(transcript, viewModel);
    }

    /** The tool-bar button that shows and hides the panel. */
    public static ToggleButton toggleButton(InsightsViewModel viewModel) {
        ToggleButton toggle = new ToggleButton(null, new FontIcon(MaterialDesignL.LIGHTBULB_OUTLINE));
        toggle.getStyleClass().addAll("flat", "insights-toggle");
        toggle.setTooltip(new Tooltip("Insights (Ctrl+Shift+I)"));
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(viewModel.openProperty());
        return toggle;
    }

    /** The sentence above the cards (loading, none, pending, failed, the error). */
    public Label message() {
        return message;
    }

    /** Retry after an error, Refresh while pending; hidden otherwise. */
    public Button againButton() {
        return again;
    }

    public Button refreshButton() {
        return refresh;
    }

    /** The cards, one per insight, in order. */
    public List<Node> cards() {
        return cards.getChildren();
    }

    private Node header() {
        Label title = new Label("Insights");
        title.getStyleClass().add("insights-title");
        refresh.getStyleClass().addAll("flat", "insights-refresh");
        refresh.setTooltip(new Tooltip("Ask Telnyx again"));
        refresh.setOnAction(e -> viewModel.refresh());
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll("flat", "insights-close");
        close.setTooltip(new Tooltip("Hide insights (Ctrl+Shift+I)"));
        close.setOnAction(e -> viewModel.openProperty().set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, refresh, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("insights-header");
        return header;
    }

    private void showState() {
        State state = viewModel.getState();
        String text = viewModel.messageProperty().get();
        message.setText(text);
        message.getStyleClass().removeAll("quiet", "problem");
        message.getStyleClass().add(state == State.FAILED || state == State.ERROR ? "problem" : "quiet");
        shown(spinner, state == State.LOADING);
        shown(message, !text.isEmpty());
        again.setText(state == State.ERROR ? "Retry" : "Refresh");
        shown(again, state == State.ERROR || state == State.PENDING);
        shown(status, state != State.COMPLETED);
        refresh.setDisable(state == State.NO_CONVERSATION || state == State.FROM_FILE || state == State.LOADING);
    }

    private void showCards(ConversationInsights insights) {
        cards.getChildren().clear();
        for (InsightResult result : insights.results()) {
            cards.getChildren().add(new InsightCard(result, time, viewModel.mask()));
        }
    }

    private static void shown(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
