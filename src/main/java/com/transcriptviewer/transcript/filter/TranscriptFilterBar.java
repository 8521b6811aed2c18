package com.transcriptviewer.transcript.filter;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.transcript.TranscriptView;
import com.transcriptviewer.ui.NarrowBars;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import javafx.util.converter.IntegerStringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The slim bar above the transcript list: role toggles, "Tool calls only", "Calls with problems", the function names
 * to show (a check list that stays open while several are chosen), the silence threshold, how many messages are shown,
 * and "Clear filters". Binds to {@link TranscriptFilterViewModel}.
 */
public final class TranscriptFilterBar extends HBox {

    private static final String STYLESHEET = Objects.requireNonNull(
                    TranscriptFilterBar.class.getResource("filter.css"), "filter.css")
            .toExternalForm();
    /** AtlantaFX's {@code .ikonli-font-icon { -fx-icon-size: 18px }}: the size of the toggles' icons. */
    private static final double ICON_SIZE = 18;
    /** Longest silence threshold offered, in seconds (an hour). */
    static final int MAX_SILENCE_SECONDS = 3600;

    private final TranscriptFilterViewModel viewModel;
    private final FunctionList functions = new FunctionList();
    /** "book_appointment (3)" by function name: what the function list shows for each of its items. */
    private final Map<String, String> functionLabels = new HashMap<>();
    /** True while the bar itself sets the function list's items or checks: those changes are not the user's. */
    private boolean syncingFunctions;
    /** True when the function counts changed since the list's items were last set: rebuilt when the list opens. */
    private boolean functionsStale;

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
        callsOnly.getStyleClass().addAll("small", "left-pill");
        callsOnly.setMinWidth(USE_PREF_SIZE);
        callsOnly.selectedProperty().bindBidirectional(viewModel.toolCallsOnlyProperty());
        callsOnly.setTooltip(new Tooltip("Show only messages that call tools, and the results answering them"));

        // "Problems" beside "Tool calls only" reads as the calls with problems; the short word leaves the bar room for
        // the count at its end.
        ToggleButton problems = new ToggleButton("Problems", new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        problems.setId("filter-calls-with-problems");
        problems.getStyleClass().addAll("small", "right-pill");
        problems.setMinWidth(USE_PREF_SIZE);
        problems.selectedProperty().bindBidirectional(viewModel.callsWithProblemsProperty());
        problems.setTooltip(new Tooltip("Calls with problems: show only tool calls whose check against the assistant's"
                + " tool definitions found a problem, and the results answering them"));
        // One pill: both narrow the transcript to tool calls.
        HBox callToggles = new HBox(callsOnly, problems);
        callToggles.getStyleClass().add("call-toggles");

        functions.setId("filter-functions");
        functions.setMinWidth(USE_PREF_SIZE);
        functions.setMaxHeight(Double.MAX_VALUE);
        functions.setTooltip(new Tooltip("Show only calls of the chosen functions, and their results"));
        functions.setShowCheckedCount(false);
        functions.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : functionLabels.getOrDefault(name, name);
            }

            @Override
            public String fromString(String label) {
                return label;
            }
        });
        // Added before the list's skin adds its own: the title is right by the time the skin redraws it.
        functions.getCheckModel().getCheckedIndices().addListener((ListChangeListener<Integer>)
                change -> functionsChecked());
        // The list is a control of its own, not a combo box: open it from the keyboard as the menu button opened.
        functions.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE
                    || event.getCode() == KeyCode.ENTER
                    || event.getCode() == KeyCode.F4
                    || (event.getCode() == KeyCode.DOWN && !event.isShortcutDown())) {
                functions.show();
                event.consume();
            }
        });
        // Counts change with every page, and twice as a conversation opens: rebuilding the check list's items each
        // time cost the first page's pulse about a tenth of its time. The items are only seen in the open list, so
        // they are set as it opens, or at once while it is open.
        viewModel.functionCounts().addListener((ListChangeListener<FunctionCount>) change -> functionsChanged());
        functions.addEventFilter(ComboBoxBase.ON_SHOWING, event -> rebuildFunctionsIfStale());
        viewModel.selectedFunctions().addListener((SetChangeListener<String>) change -> {
            checkSelectedFunctions();
            updateFunctionsTitle();
        });
        rebuildFunctions();

        Label shown = new Label();
        shown.setId("filter-shown");
        shown.getStyleClass().add("filter-shown");
        shown.textProperty().bind(viewModel.shownTextProperty());
        shown.setMinWidth(0);
        // In a narrow window the count is cut short first: the whole of it on hover.
        Tooltip shownTip = new Tooltip();
        shownTip.textProperty().bind(viewModel.shownTextProperty());
        shown.setTooltip(shownTip);
        Button clear = new Button(null, new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId("filter-clear");
        clear.setAccessibleText("Clear filters");
        clear.setTooltip(new Tooltip("Clear filters: show every message"));
        clear.getStyleClass().addAll("flat", "small");
        clear.setMinWidth(USE_PREF_SIZE);
        clear.setOnAction(e -> viewModel.clear());
        clear.disableProperty().bind(viewModel.activeProperty().not());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren()
                .addAll(roles, other, callToggles, functions, silenceControl(silenceThreshold), spacer, shown, clear);
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

    private void functionsChanged() {
        functionsStale = true;
        if (functions.isOpen()) {
            rebuildFunctionsIfStale();
        }
    }

    private void rebuildFunctionsIfStale() {
        if (functionsStale) {
            rebuildFunctions();
        }
    }

    /**
     * Lists the loaded functions with their counts, checked as the view-model has them. Counts change with every
     * page: the checks are cleared before the items change (the check model keeps indices, not names) and set again
     * after, none of it passed back to the view-model.
     */
    private void rebuildFunctions() {
        functionsStale = false;
        List<FunctionCount> counts = viewModel.functionCounts();
        List<String> names = counts.stream().map(FunctionCount::name).toList();
        functionLabels.clear();
        counts.forEach(count -> functionLabels.put(count.name(), count.label()));
        boolean was = syncingFunctions;
        syncingFunctions = true;
        try {
            functions.getCheckModel().clearChecks();
            functions.getItems().setAll(names);
            for (String name : names) {
                if (viewModel.selectedFunctions().contains(name)) {
                    functions.getCheckModel().check(name);
                }
            }
        } finally {
            syncingFunctions = was;
        }
        updateFunctionsTitle();
    }

    /** Checks what the view-model has chosen (changed elsewhere, as by "Clear filters"), and only that. */
    private void checkSelectedFunctions() {
        boolean was = syncingFunctions;
        syncingFunctions = true;
        try {
            List<String> names = List.copyOf(functions.getItems());
            for (int i = 0; i < names.size(); i++) {
                boolean chosen = viewModel.selectedFunctions().contains(names.get(i));
                if (chosen != functions.getCheckModel().isChecked(i)) {
                    if (chosen) {
                        functions.getCheckModel().check(i);
                    } else {
                        functions.getCheckModel().clearCheck(i);
                    }
                }
            }
        } finally {
            syncingFunctions = was;
        }
    }

    /** A check set or cleared: retitles the list and, when the user did it, tells the view-model. */
    private void functionsChecked() {
        updateFunctionsTitle();
        if (syncingFunctions) {
            return;
        }
        // Read from the check model's bits, not its item list, and settled before the view-model reacts.
        List<String> names = List.copyOf(functions.getItems());
        boolean[] checked = new boolean[names.size()];
        for (int i = 0; i < checked.length; i++) {
            checked[i] = functions.getCheckModel().isChecked(i);
        }
        for (int i = 0; i < checked.length; i++) {
            viewModel.setFunctionSelected(names.get(i), checked[i]);
        }
    }

    /** Counted from the view-model: the list's own items may wait for the list to open. */
    private void updateFunctionsTitle() {
        int chosen = viewModel.selectedFunctions().size();
        functions.setTitle(chosen == 0 ? "Functions" : "Functions (" + chosen + ")");
    }

    /**
     * The function check list. As wide as its title, as the menu button it replaced was: a combo box takes the width
     * of its widest row, which would leave blank room after "Functions" and change with the counts as pages load (the
     * open list still takes the width its rows need). Opened with no functions loaded, it says so.
     */
    private static final class FunctionList extends CheckComboBox<String> {

        FunctionList() {
            skinProperty().addListener((obs, old, skin) -> {
                if (inner() != null) {
                    inner().setPlaceholder(new Label("No tool calls loaded"));
                }
            });
        }

        /** True while the drop-down list is open. */
        boolean isOpen() {
            ComboBox<?> inner = inner();
            return inner != null && inner.isShowing();
        }

        /** The combo box the skin draws through, its only child; null before the skin is made. */
        private ComboBox<?> inner() {
            return !getChildren().isEmpty() && getChildren().get(0) instanceof ComboBox<?> combo ? combo : null;
        }

        @Override
        protected double computePrefWidth(double height) {
            // The combo box's button cell and arrow, without its rows.
            ComboBox<?> inner = inner();
            ListCell<?> title = inner == null ? null : inner.getButtonCell();
            Node arrow = inner == null ? null : inner.lookup(".arrow-button");
            if (title == null || arrow == null) {
                return super.computePrefWidth(height);
            }
            Insets insets = inner.getInsets();
            return snapSizeX(insets.getLeft() + title.prefWidth(height) + arrow.prefWidth(height) + insets.getRight());
        }
    }

    /** Puts a filter bar above the transcript list and makes the list show the filtered rows. */
    public static TranscriptFilterBar install(
            TranscriptView view, TranscriptFilterViewModel viewModel, IntegerProperty silenceThreshold) {
        TranscriptFilterBar bar = new TranscriptFilterBar(viewModel, silenceThreshold);
        view.addBar(bar);
        view.showRows(viewModel.visibleRows());
        return bar;
    }

    /**
     * Shows the rows the filters let through in {@code view} now, and in the bar's place a stand-in as tall as the bar
     * (see {@link #standIn}); {@link #installFor} puts the bar there later. The filters apply from the first page on
     * (the rows do not change lists when the bar comes); only building the bar's controls waits.
     */
    public static Node placeFor(TranscriptView view, TranscriptFilterViewModel viewModel) {
        Node standIn = standIn();
        view.addBar(standIn);
        view.showRows(viewModel.visibleRows());
        return standIn;
    }

    /** The bar in the place {@code standIn} held (see {@link #placeFor}). */
    public static TranscriptFilterBar installFor(
            Node standIn, TranscriptView view, TranscriptFilterViewModel viewModel, IntegerProperty silenceThreshold) {
        TranscriptFilterBar bar = new TranscriptFilterBar(viewModel, silenceThreshold);
        view.replaceBar(standIn, bar);
        return bar;
    }

    /**
     * The bar's strip without its controls: its background and border, and as tall as the bar, which its tallest
     * controls decide (the pill toggles, a small toggle button with an icon beside its text); an invisible look-alike
     * of one, a label with the same style classes and an icon-sized square, gives the strip that height.
     */
    static Region standIn() {
        Region icon = new Region();
        icon.setMinSize(ICON_SIZE, ICON_SIZE);
        icon.setPrefSize(ICON_SIZE, ICON_SIZE);
        icon.setMaxSize(ICON_SIZE, ICON_SIZE);
        Label pill = new Label("Tool calls only", icon);
        pill.getStyleClass().addAll("toggle-button", "small", "left-pill");
        pill.setVisible(false);
        HBox strip = new HBox(pill);
        strip.getStyleClass().addAll("transcript-filter-bar", "bar-placeholder");
        strip.getStylesheets().add(STYLESHEET);
        strip.setAlignment(Pos.CENTER_LEFT);
        return strip;
    }

    CheckComboBox<String> functionMenu() {
        return functions;
    }
}
