package com.transcriptviewer.transcript.filter;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.ui.NarrowBars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.converter.IntegerStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The slim bar above the transcript list: role toggles, "Tool calls only", the function-name menu, the silence
 * threshold, how many messages are shown, and "Clear filters". Binds to {@link TranscriptFilterViewModel}.
 */
public final class TranscriptFilterBar extends HBox {

    private static final String STYLESHEET = Objects.requireNonNull(
                    TranscriptFilterBar.class.getResource("filter.css"), "filter.css")
            .toExternalForm();
    /** Longest silence threshold offered, in seconds (an hour). */
    static final int MAX_SILENCE_SECONDS = 3600;

    private final TranscriptFilterViewModel viewModel;
    private final MenuButton functions = new MenuButton("Functions");

    /**
     * @param silenceThreshold the transcript's silence threshold in seconds, edited by the bar's spinner
     */
    public TranscriptFilterBar(TranscriptFilterViewModel viewModel, IntegerProperty silenceThreshold) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("transcript-filter-bar");
        getStylesheets().add(STYLESHEET);
        setAlignment(Pos.CENTER_LEFT);

        ToggleButton user = roleToggle("User", Role.Kind.USER, viewModel.showUserProperty(), "left-pill");
        ToggleButton assistant =
                roleToggle("Assistant", Role.Kind.ASSISTANT, viewModel.showAssistantProperty(), "center-pill");
        ToggleButton tool = roleToggle("Tool", Role.Kind.TOOL, viewModel.showToolProperty(), "right-pill");
        ToggleButton other = roleToggle("Other", Role.Kind.UNKNOWN, viewModel.showOtherProperty(), "");
        other.setTooltip(new Tooltip("Show messages with other roles (such as system)"));
        other.visibleProperty().bind(viewModel.otherRolesPresentProperty());
        other.managedProperty().bind(other.visibleProperty());
        HBox roles = new HBox(user, assistant, tool);
        roles.getStyleClass().add("role-toggles");

        ToggleButton callsOnly = new ToggleButton("Tool calls only", new FontIcon(MaterialDesignF.FUNCTION_VARIANT));
        callsOnly.setId("filter-tool-calls-only");
        callsOnly.getStyleClass().add("small");
        callsOnly.setMinWidth(USE_PREF_SIZE);
        callsOnly.selectedProperty().bindBidirectional(viewModel.toolCallsOnlyProperty());
        callsOnly.setTooltip(new Tooltip("Show only messages that call tools, and the results answering them"));

        functions.setId("filter-functions");
        functions.getStyleClass().add("small");
        functions.setMinWidth(USE_PREF_SIZE);
        functions.setTooltip(new Tooltip("Show only calls of the chosen functions, and their results"));
        viewModel.functionCounts().addListener((ListChangeListener<FunctionCount>) change -> rebuildFunctionMenu());
        viewModel.selectedFunctions().addListener((SetChangeListener<String>) change -> rebuildFunctionMenu());
        rebuildFunctionMenu();

        Label shown = new Label();
        shown.setId("filter-shown");
        shown.getStyleClass().add("filter-shown");
        shown.textProperty().bind(viewModel.shownTextProperty());
        shown.setMinWidth(0);
        Button clear = new Button("Clear filters");
        clear.setId("filter-clear");
        clear.getStyleClass().addAll("flat", "small");
        clear.setMinWidth(USE_PREF_SIZE);
        clear.setOnAction(e -> viewModel.clear());
        clear.disableProperty().bind(viewModel.activeProperty().not());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren()
                .addAll(roles, other, callsOnly, functions, silenceControl(silenceThreshold), spacer, shown, clear);
        NarrowBars.clipWhenNarrow(this);
    }

    private static ToggleButton roleToggle(String text, Role.Kind kind, BooleanProperty shown, String pill) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId("filter-role-" + kind.name().toLowerCase(Locale.ROOT));
        toggle.getStyleClass().addAll("small", "role-toggle");
        if (!pill.isEmpty()) {
            toggle.getStyleClass().add(pill);
        }
        toggle.setMinWidth(USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(shown);
        if (kind != Role.Kind.UNKNOWN) {
            toggle.setTooltip(new Tooltip("Show " + text.toLowerCase(Locale.ROOT) + " messages"));
        }
        return toggle;
    }

    private Node silenceControl(IntegerProperty threshold) {
        Label before = new Label("Silence ≥");
        before.setMinWidth(USE_PREF_SIZE);
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId("filter-silence");
        spinner.getStyleClass().add("silence-spinner");
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, MAX_SILENCE_SECONDS, threshold.get());
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.setPrefWidth(72);
        spinner.setMinWidth(72);
        // Typed text that is no number goes back to the last good value instead of throwing.
        values.setConverter(new IntegerStringConverter() {
            @Override
            public Integer fromString(String text) {
                try {
                    int value = Integer.parseInt(text.strip());
                    return Math.max(0, Math.min(MAX_SILENCE_SECONDS, value));
                } catch (NumberFormatException e) {
                    return values.getValue();
                }
            }
        });
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
        values.valueProperty().addListener((obs, old, now) -> threshold.set(now == null ? 0 : now));
        threshold.addListener((obs, old, now) -> values.setValue(now.intValue()));
        Label after = new Label("s");
        Tooltip tip = new Tooltip("Mark pauses between messages at least this long; 0 turns the markers off");
        spinner.setTooltip(tip);
        before.setTooltip(tip);
        HBox box = new HBox(4, before, spinner, after);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("silence-control");
        return box;
    }

    private void rebuildFunctionMenu() {
        List<MenuItem> items = new ArrayList<>();
        for (FunctionCount count : viewModel.functionCounts()) {
            CheckMenuItem item = new CheckMenuItem(count.label());
            item.setSelected(viewModel.selectedFunctions().contains(count.name()));
            item.setOnAction(e -> viewModel.setFunctionSelected(count.name(), item.isSelected()));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No tool calls loaded");
            none.setDisable(true);
            items.add(none);
        }
        functions.getItems().setAll(items);
        int chosen = viewModel.selectedFunctions().size();
        functions.setText(chosen == 0 ? "Functions" : "Functions (" + chosen + ")");
    }

    /** Puts a filter bar above the transcript list and makes the list show the filtered rows. */
    public static TranscriptFilterBar install(
            TranscriptView view, TranscriptFilterViewModel viewModel, IntegerProperty silenceThreshold) {
        TranscriptFilterBar bar = new TranscriptFilterBar(viewModel, silenceThreshold);
        view.addBar(bar);
        view.showRows(viewModel.visibleRows());
        return bar;
    }

    MenuButton functionMenu() {
        return functions;
    }
}
