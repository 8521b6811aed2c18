package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.ToolKind;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonOffsets;
import com.transcriptviewer.text.json.JsonSyntaxError;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.SystemClipboard;
import com.transcriptviewer.ui.json.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One tool call. Collapsed: chevron, tool icon, function name, the check's badge once the call has been checked,
 * one-line arguments preview, call id. Click or Space/Enter toggles. Expanded: Copy, Raw toggle, a "not valid JSON"
 * badge with the error position (until a check says so in the header instead), a progress indicator while formatting
 * (and in privacy mode while long arguments are masked, off the FX thread),
 * the arguments in a {@link JsonView} with the check's problems marked on them, and the check under them (a
 * {@link ToolCallCheckPane}, made the first time an expanded card has a check), then what features add (see
 * {@link ToolCardPart}); all of it in a {@link ToolCardBody} made when the card is first expanded. Re-bindable with
 * {@link #bind}.
 */
public final class ToolCallCard extends VBox {

    private static final PseudoClass EXPANDED = PseudoClass.getPseudoClass("expanded");
    private static final PseudoClass FIND_MATCH = PseudoClass.getPseudoClass("find-match");
    private static final PseudoClass FIND_CURRENT = PseudoClass.getPseudoClass("find-current");

    private final Consumer<String> clipboard;
    private final FontIcon chevron = Icons.expand();
    private final FontIcon toolIcon = Icons.tool(ToolKind.WEBHOOK);
    private final Label functionName = new Label();
    private final Label preview = new Label();
    private final Label callId = new Label();
    private final CheckBadge checkBadge = new CheckBadge();
    private final List<ToolCardPart> parts;
    private final HBox header;
    /** Makes the arguments' view the first time the card is expanded: most cards are only ever seen collapsed. */
    private final Supplier<JsonView> jsonViewFactory;
    /** Null until the card is first expanded: a JSON view is a text area of its own, too costly for every card. */
    private JsonView jsonView;

    /** Null until the card is first expanded (see {@link ToolCardBody}). */
    private ToolCardBody body;

    private final Tooltip previewTooltip = new Tooltip();
    private final List<Runnable> unbinders = new ArrayList<>();
    /** The check under the arguments; null until an expanded card first has one to show. */
    private ToolCallCheckPane checkPane;

    private ToolCallCardViewModel viewModel;
    /** What the JSON view currently holds, so repeated updates don't rebuild the same document. */
    private Object shownContent;

    public ToolCallCard() {
        this(JsonView::new, SystemClipboard::putText, List.of());
    }

    public ToolCallCard(JsonView jsonView, Consumer<String> clipboard) {
        this(jsonView, clipboard, List.of());
    }

    public ToolCallCard(JsonView jsonView, Consumer<String> clipboard, List<? extends ToolCardPart> parts) {
        this(() -> Objects.requireNonNull(jsonView, "jsonView"), clipboard, parts);
    }

    /**
     * @param jsonViewFactory makes the arguments' view, once, when the card is first expanded
     * @param parts what features add to the card (see {@link ToolCardPart}), in the order they are shown
     */
    public ToolCallCard(
            Supplier<JsonView> jsonViewFactory, Consumer<String> clipboard, List<? extends ToolCardPart> parts) {
        this.jsonViewFactory = Objects.requireNonNull(jsonViewFactory, "jsonViewFactory");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.parts = List.copyOf(parts);
        List<Label> badges = new ArrayList<>();
        badges.add(checkBadge);
        this.parts.stream()
                .map(ToolCardPart::headerBadge)
                .filter(Objects::nonNull)
                .forEach(badges::add);
        header = new ToolCardHeader(chevron, toolIcon, functionName, badges, preview, callId);
        getStyleClass().add("tool-card");
        setFocusTraversable(true);

        header.getStyleClass().add("tool-card-header");
        Icons.sizeWith(chevron, functionName, 1.1);
        Icons.sizeWith(toolIcon, functionName, 1.15);
        functionName.getStyleClass().add("function-name");
        preview.getStyleClass().add("arguments-preview");
        preview.setTooltip(previewTooltip);
        callId.getStyleClass().add("call-id");

        getChildren().add(header);

        header.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && viewModel != null) {
                viewModel.toggleExpanded();
                requestFocus();
            }
        });
        setOnKeyPressed(event -> {
            if ((event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER)
                    && viewModel != null
                    && event.getTarget() == this) {
                viewModel.toggleExpanded();
                event.consume();
            }
        });
        ToolCallCardMenu.install(this, clipboard);
        showExpanded(false);
    }

    /** Shows {@code model}, dropping every link to the previous one (cells reuse cards). */
    public void bind(ToolCallCardViewModel model) {
        unbind();
        viewModel = Objects.requireNonNull(model, "model");
        chevron.setIconCode(model.isExpanded() ? Icons.collapseIkon() : Icons.expandIkon());
        toolIcon.setIconCode(Icons.toolIkon(model.toolKind()));
        functionName.setText(model.functionName());
        callId.setText(model.callId());
        if (body != null) {
            bindBody(model);
        }

        InvalidationListener refresh = (Observable o) -> refresh();
        model.expandedProperty().addListener(refresh);
        model.stateProperty().addListener(refresh);
        model.showingRawProperty().addListener(refresh);
        model.nameMarksProperty().addListener(refresh);
        model.argumentMarksProperty().addListener(refresh);
        model.checkProperty().addListener(refresh);
        model.definitionShownProperty().addListener(refresh);
        model.maskingProperty().addListener(refresh);
        unbinders.add(() -> {
            model.expandedProperty().removeListener(refresh);
            model.stateProperty().removeListener(refresh);
            model.showingRawProperty().removeListener(refresh);
            model.nameMarksProperty().removeListener(refresh);
            model.argumentMarksProperty().removeListener(refresh);
            model.checkProperty().removeListener(refresh);
            model.definitionShownProperty().removeListener(refresh);
            model.maskingProperty().removeListener(refresh);
        });
        refresh();
        for (ToolCardPart part : parts) {
            part.bind(model, this);
        }
    }

    /** The body's controls follow {@code model} (now, or when the body is made while the card shows it). */
    private void bindBody(ToolCallCardViewModel model) {
        ToolCardBody shown = body;
        shown.sizeLabel.setText(model.argumentsSize());
        shown.rawToggle.selectedProperty().bindBidirectional(model.rawProperty());
        unbinders.add(() -> shown.rawToggle.selectedProperty().unbindBidirectional(model.rawProperty()));
    }

    /** The expanded card's body, made now (hidden) if the card has not been expanded yet. */
    private ToolCardBody body() {
        if (body == null) {
            body = new ToolCardBody(
                    () -> {
                        if (viewModel != null) {
                            clipboard.accept(viewModel.copyText());
                        }
                    },
                    parts);
            setShown(body, false);
            getChildren().add(body);
            if (viewModel != null) {
                bindBody(viewModel);
            }
        }
        return body;
    }

    /** Detaches from the current view-model, if any. */
    public void unbind() {
        if (viewModel != null) {
            parts.forEach(ToolCardPart::unbind);
        }
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        viewModel = null;
        shownContent = null;
    }

    public ToolCallCardViewModel getViewModel() {
        return viewModel;
    }

    /** The arguments' view; null until the card is first expanded. */
    public JsonView getJsonView() {
        return jsonView;
    }

    private JsonView jsonView() {
        if (jsonView == null) {
            jsonView = Objects.requireNonNull(jsonViewFactory.get(), "jsonViewFactory made no view");
            setShown(jsonView, false);
            // Privacy mode: a click on a hidden item of the arguments reveals it.
            JsonView view = jsonView;
            view.setOnAreaClicked(e -> {
                if (viewModel != null
                        && e.isStillSincePress()
                        && view.getArea().getSelection().getLength() == 0) {
                    viewModel.revealAt(
                            viewModel.showingRawProperty().get(),
                            view.getArea().hit(e.getX(), e.getY()).getInsertionIndex());
                }
            });
            // Under the toolbar, above the check and what features add.
            ToolCardBody holder = body();
            holder.getChildren().add(holder.getChildren().indexOf(holder.toolbar) + 1, jsonView);
        }
        return jsonView;
    }

    /** The "not valid JSON" badge of the expanded card (its body made now if the card has not been expanded). */
    public Label getInvalidBadge() {
        return body().invalidBadge;
    }

    /** The expanded card's formatting progress (its body made now if the card has not been expanded). */
    public ProgressIndicator getProgress() {
        return body().progress;
    }

    public HBox getHeader() {
        return header;
    }

    /** What features added to the card, in order. */
    public List<ToolCardPart> getParts() {
        return parts;
    }

    /** The check's verdict in the header; hidden until the call has been checked. */
    public Label getCheckBadge() {
        return checkBadge;
    }

    /** The check under the arguments, or null while none has been shown. */
    ToolCallCheckPane getCheckPane() {
        return checkPane;
    }

    public Label getFunctionName() {
        return functionName;
    }

    /** Where the current find mark of this card is on screen: in the arguments, or the function name. */
    public Optional<Bounds> currentMarkBoundsOnScreen() {
        ToolCallCardViewModel model = viewModel;
        if (model == null) {
            return Optional.empty();
        }
        if (model.argumentMarksProperty().get().hasCurrent() && jsonView != null && jsonView.isVisible()) {
            return jsonView.currentMarkBoundsOnScreen()
                    .or(() -> Optional.ofNullable(jsonView.localToScreen(jsonView.getLayoutBounds())));
        }
        if (model.nameMarksProperty().get().hasCurrent()) {
            return Optional.ofNullable(functionName.localToScreen(functionName.getLayoutBounds()));
        }
        return Optional.empty();
    }

    private void refresh() {
        ToolCallCardViewModel model = viewModel;
        if (model == null) {
            return;
        }
        String shownPreview = model.preview();
        preview.setText(shownPreview);
        previewTooltip.setText(shownPreview);
        TextMarks names = model.nameMarksProperty().get();
        functionName.pseudoClassStateChanged(FIND_MATCH, !names.isEmpty());
        functionName.pseudoClassStateChanged(FIND_CURRENT, names.hasCurrent());
        boolean expanded = model.isExpanded();
        chevron.setIconCode(expanded ? Icons.collapseIkon() : Icons.expandIkon());
        showExpanded(expanded);
        FormatState state = model.getState();
        JsonSyntaxError error = model.errorProperty().get();
        boolean invalid = state == FormatState.INVALID && error != null;
        ToolCallCheck check = model.getCheck();
        checkBadge.show(check, error, model.mask());
        if (body == null) {
            return;
        }
        boolean ready = state == FormatState.DONE || state == FormatState.INVALID;
        FormattedJson formatted = model.formattedProperty().get();
        boolean plain = model.showingRawProperty().get() || formatted == null;
        // Privacy mode: null while long arguments are masked off the FX thread; the progress shows meanwhile, and
        // nothing of the arguments until they are masked.
        Object shown = !expanded || !ready ? null : plain ? model.shownRaw() : model.shownFormatted();
        setShown(body.progress, expanded && (state == FormatState.FORMATTING || (ready && shown == null)));
        // Once checked, the header's badge says it (and where, in its tooltip and under the arguments): not twice.
        setShown(body.invalidBadge, invalid && check == null);
        if (invalid) {
            body.invalidBadge.setText("Not valid JSON · " + error.position());
            body.invalidTooltip.setText(error.message());
        }
        body.rawToggle.setDisable(invalid);
        if (!expanded) {
            return;
        }
        JsonView jsonView = jsonView();
        showCheck(model, check);
        setShown(jsonView, shown != null);
        if (shown == null) {
            return;
        }
        String raw = model.toolCall().arguments();
        TextMarks marks = model.argumentMarksProperty().get();
        // Privacy mode shows them masked, the same length: marks and colours made on the real text still fit.
        if (plain) {
            if (shownContent != shown) {
                jsonView.showPlain((String) shown);
                shownContent = shown;
            }
            jsonView.setMarks(marks);
            jsonView.setPrivacyMarks(model.mask().hiddenMarks(raw), model.mask().revealedMarks(raw));
        } else {
            if (shownContent != shown) {
                jsonView.showFormatted((FormattedJson) shown);
                shownContent = shown;
            }
            jsonView.setPrivacyMarks(
                    model.mask().hiddenMarks(formatted.text()), model.mask().revealedMarks(formatted.text()));
            // Marks are made on the raw arguments; the view shows them pretty-printed.
            jsonView.setMarks(marks.isEmpty() ? marks : JsonOffsets.toFormatted(raw, formatted.text(), marks));
        }
        jsonView.setProblemMarks(model.problemMarks());
    }

    /** The check under the arguments: made the first time there is one to show, hidden while there is none. */
    private void showCheck(ToolCallCardViewModel model, ToolCallCheck check) {
        if (check == null) {
            if (checkPane != null) {
                setShown(checkPane, false);
            }
            return;
        }
        if (checkPane == null) {
            checkPane = new ToolCallCheckPane(clipboard, this::revealProblem);
            // Under the arguments, above what features add: the check is about the arguments.
            ToolCardBody holder = body();
            holder.getChildren().add(holder.getChildren().indexOf(jsonView()) + 1, checkPane);
        }
        checkPane.show(model);
        setShown(checkPane, true);
    }

    /** Scrolls the arguments to where problem {@code index} is marked. */
    private void revealProblem(int index) {
        ToolCallCardViewModel model = viewModel;
        if (model == null) {
            return;
        }
        List<Optional<TextMarks.Range>> ranges = model.problemRanges();
        if (index < ranges.size()) {
            ranges.get(index).ifPresent(jsonView()::reveal);
        }
    }

    private void showExpanded(boolean expanded) {
        if (expanded || body != null) {
            setShown(body(), expanded);
        }
        pseudoClassStateChanged(EXPANDED, expanded);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
