package com.transcriptviewer.transcript.filter;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.TranscriptViewModel;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

/**
 * Which messages of the transcript are shown: role toggles, "tool calls only", "calls with problems", and a choice of
 * function names (with how often each occurs in what is loaded, kept up to date as pages arrive). The trailing
 * loading, error or end row is always shown.
 *
 * <p>"Tool calls only" shows the messages that make tool calls and the tool results answering them (as paired by
 * {@link com.transcriptviewer.text.ToolResultPairing}), so a call is read with what came back. "Calls with problems"
 * narrows that to the calls whose check found a problem, and choosing function names to the calls of those functions
 * (a call must pass both). Checks arrive after the bubbles: whoever applies them fires the {@code checksChanged}
 * observable, and the filter looks again. Filters apply together: a message shows when its role is on and it passes
 * the tool-call filters. Call on the FX thread.
 */
public final class TranscriptFilterViewModel {

    /** How a call without a function name is listed. */
    public static final String UNNAMED_FUNCTION = "(unnamed)";

    private final TranscriptViewModel transcript;
    private final BooleanProperty showUser = new SimpleBooleanProperty(this, "showUser", true);
    private final BooleanProperty showAssistant = new SimpleBooleanProperty(this, "showAssistant", true);
    private final BooleanProperty showTool = new SimpleBooleanProperty(this, "showTool", true);
    private final BooleanProperty showOther = new SimpleBooleanProperty(this, "showOther", true);
    private final BooleanProperty toolCallsOnly = new SimpleBooleanProperty(this, "toolCallsOnly", false);
    private final BooleanProperty callsWithProblems = new SimpleBooleanProperty(this, "callsWithProblems", false);
    /** The card of each loaded call, by the call itself: a tool result knows the call it answers, not its card. */
    private final Map<ToolCall, ToolCallCardViewModel> cards = new IdentityHashMap<>();

    private final ObservableSet<String> selectedFunctions = FXCollections.observableSet(new TreeSet<>());
    private final ObservableList<FunctionCount> functionCounts = FXCollections.observableArrayList();
    private final Map<String, Integer> counts = new TreeMap<>();
    private int otherRoleMessages;
    private final ReadOnlyBooleanWrapper otherRolesPresent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper shownMessages = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper("");
    private final FilteredList<TranscriptRow> visibleRows;
    private boolean clearing;

    /** Without checks: "calls with problems" then shows no call until checks are applied elsewhere. */
    public TranscriptFilterViewModel(TranscriptViewModel transcript) {
        this(transcript, new SimpleBooleanProperty());
    }

    /**
     * @param checksChanged fired whenever checks were applied to the transcript's tool cards; the filter then looks
     *                      again at which calls have problems
     */
    public TranscriptFilterViewModel(TranscriptViewModel transcript, Observable checksChanged) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        visibleRows = new FilteredList<>(transcript.rows());
        InvalidationListener refilter = observable -> refilter();
        for (BooleanProperty toggle :
                List.of(showUser, showAssistant, showTool, showOther, toolCallsOnly, callsWithProblems)) {
            toggle.addListener(refilter);
        }
        checksChanged.addListener(observable -> {
            // A property tells of a change only once until it is read again: read it, to hear of the next one.
            if (observable instanceof ObservableValue<?> value) {
                value.getValue();
            }
            if (callsWithProblems.get()) {
                refilter();
            }
        });
        selectedFunctions.addListener((SetChangeListener<String>) change -> {
            publishCounts();
            refilter();
        });
        transcript.rows().addListener((ListChangeListener<TranscriptRow>) this::rowsChanged);
        visibleRows.addListener((ListChangeListener<TranscriptRow>) change -> updateShown());
        transcript.loadedMessagesProperty().addListener(observable -> updateShown());
        recount();
        updateShown();
    }

    // ---- the filter ----------------------------------------------------------------------------------------------

    /** True when {@code row} passes the current filters. */
    public boolean shows(TranscriptRow.MessageRow row) {
        Message message = row.message();
        if (!roleShown(message.role().kind())) {
            return false;
        }
        boolean callsOnly = toolCallsOnly.get() || callsWithProblems.get() || !selectedFunctions.isEmpty();
        if (!callsOnly) {
            return true;
        }
        if (message.hasToolCalls()) {
            return message.toolCalls().stream().anyMatch(this::callShown);
        }
        ToolCall answered = row.bubble().answeredCall();
        return message.role().kind() == Role.Kind.TOOL && answered != null && callShown(answered);
    }

    /** A call passes the tool-call filters: of a chosen function (if any are chosen), with a problem (if asked). */
    private boolean callShown(ToolCall call) {
        if (!selectedFunctions.isEmpty() && !selectedFunctions.contains(nameOf(call))) {
            return false;
        }
        if (!callsWithProblems.get()) {
            return true;
        }
        ToolCallCardViewModel card = cards.get(call);
        return card != null && card.hasProblem();
    }

    private boolean roleShown(Role.Kind kind) {
        return switch (kind) {
            case USER -> showUser.get();
            case ASSISTANT -> showAssistant.get();
            case TOOL -> showTool.get();
            case UNKNOWN -> showOther.get();
        };
    }

    /** Shows every message again. */
    public void clear() {
        clearing = true;
        try {
            showUser.set(true);
            showAssistant.set(true);
            showTool.set(true);
            showOther.set(true);
            toolCallsOnly.set(false);
            callsWithProblems.set(false);
            selectedFunctions.clear();
        } finally {
            clearing = false;
        }
        refilter();
    }

    /** Checks or unchecks one function name in the function filter. */
    public void setFunctionSelected(String name, boolean selected) {
        if (selected) {
            selectedFunctions.add(name);
        } else {
            selectedFunctions.remove(name);
        }
    }

    static String nameOf(ToolCall call) {
        return call.functionName().isBlank() ? UNNAMED_FUNCTION : call.functionName();
    }

    private void refilter() {
        if (clearing) {
            return;
        }
        boolean on = !showUser.get()
                || !showAssistant.get()
                || !showTool.get()
                || !showOther.get()
                || toolCallsOnly.get()
                || callsWithProblems.get()
                || !selectedFunctions.isEmpty();
        active.set(on);
        // No predicate when nothing is filtered: the list then passes changes through without testing rows.
        Predicate<TranscriptRow> predicate =
                on ? row -> !(row instanceof TranscriptRow.MessageRow message) || shows(message) : null;
        visibleRows.setPredicate(predicate);
        updateShown();
    }

    // ---- counts --------------------------------------------------------------------------------------------------

    private void rowsChanged(ListChangeListener.Change<? extends TranscriptRow> change) {
        boolean recount = false;
        boolean added = false;
        while (change.next()) {
            if (change.wasRemoved()
                    && change.getRemoved().stream().anyMatch(TranscriptRow.MessageRow.class::isInstance)) {
                recount = true;
            }
            if (change.wasAdded() && !recount) {
                for (TranscriptRow row : change.getAddedSubList()) {
                    if (row instanceof TranscriptRow.MessageRow message) {
                        count(message);
                        added = true;
                    }
                }
            }
        }
        if (recount) {
            // Messages only go away when another conversation is opened: count what is left from scratch.
            recount();
        } else if (added) {
            publishCounts();
        }
    }

    private void recount() {
        counts.clear();
        cards.clear();
        otherRoleMessages = 0;
        for (TranscriptRow row : transcript.rows()) {
            if (row instanceof TranscriptRow.MessageRow message) {
                count(message);
            }
        }
        publishCounts();
    }

    private void count(TranscriptRow.MessageRow row) {
        Message message = row.message();
        for (ToolCallCardViewModel card : row.bubble().toolCards()) {
            counts.merge(nameOf(card.toolCall()), 1, Integer::sum);
            cards.put(card.toolCall(), card);
        }
        if (message.role().isUnknown()) {
            otherRoleMessages++;
        }
    }

    /** The loaded function names in name order; a chosen name not in this conversation is listed with 0. */
    private void publishCounts() {
        Map<String, Integer> listed = new TreeMap<>(counts);
        for (String chosen : selectedFunctions) {
            listed.putIfAbsent(chosen, 0);
        }
        List<FunctionCount> next = new ArrayList<>(listed.size());
        listed.forEach((name, count) -> next.add(new FunctionCount(name, count)));
        if (!next.equals(functionCounts)) {
            functionCounts.setAll(next);
        }
        otherRolesPresent.set(otherRoleMessages > 0);
    }

    private void updateShown() {
        List<TranscriptRow> rows = transcript.rows();
        boolean trailing = !rows.isEmpty() && !(rows.get(rows.size() - 1) instanceof TranscriptRow.MessageRow);
        int shown = visibleRows.size() - (trailing ? 1 : 0);
        int loaded = transcript.loadedMessagesProperty().get();
        shownMessages.set(shown);
        if (loaded == 0) {
            shownText.set("");
        } else if (active.get()) {
            shownText.set("Showing " + SizeFormat.count(shown) + " of " + SizeFormat.count(loaded) + " loaded");
        } else {
            shownText.set("Showing all " + SizeFormat.count(loaded) + " loaded");
        }
    }

    // ---- state for the view --------------------------------------------------------------------------------------

    /** The rows to show: the transcript's rows that pass the filters, and the trailing status row. */
    public ObservableList<TranscriptRow> visibleRows() {
        return visibleRows;
    }

    public BooleanProperty showUserProperty() {
        return showUser;
    }

    public BooleanProperty showAssistantProperty() {
        return showAssistant;
    }

    public BooleanProperty showToolProperty() {
        return showTool;
    }

    /** Messages whose role is none of user, assistant and tool (e.g. "system"). */
    public BooleanProperty showOtherProperty() {
        return showOther;
    }

    /** True once a loaded message has a role other than user, assistant and tool. */
    public ReadOnlyBooleanProperty otherRolesPresentProperty() {
        return otherRolesPresent.getReadOnlyProperty();
    }

    public BooleanProperty toolCallsOnlyProperty() {
        return toolCallsOnly;
    }

    /** Only the calls whose check found a problem, and the results answering them. */
    public BooleanProperty callsWithProblemsProperty() {
        return callsWithProblems;
    }

    /** The chosen function names; empty shows every message (as far as the other filters allow). */
    public ObservableSet<String> selectedFunctions() {
        return selectedFunctions;
    }

    /** Function names in the loaded messages with their call counts, by name; updated as pages arrive. */
    public ObservableList<FunctionCount> functionCounts() {
        return functionCounts;
    }

    /** True while any filter hides messages. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Loaded messages that pass the filters. */
    public ReadOnlyIntegerProperty shownMessagesProperty() {
        return shownMessages.getReadOnlyProperty();
    }

    /** "Showing 14 of 300 loaded", "Showing all 300 loaded", or "" while nothing is loaded. */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }
}
