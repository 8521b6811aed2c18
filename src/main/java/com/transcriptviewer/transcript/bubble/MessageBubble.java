package com.transcriptviewer.transcript.bubble;

import com.transcriptviewer.model.Role;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonOffsets;
import com.transcriptviewer.ui.Icons;
import com.transcriptviewer.ui.MarkStyles;
import com.transcriptviewer.ui.json.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One message as a chat bubble, meant as the graphic of a transcript {@code ListView} cell. The node tree is built
 * once; {@link #bind} re-points it at another message (cell reuse) by changing texts, style classes and the number
 * of visible tool cards, reusing card nodes.
 *
 * <p>Layout: assistant (and unknown-role) bubbles on the left, user bubbles on the right, both at most
 * {@link #MAX_WIDTH_FRACTION} of the row; tool results span the full width.
 *
 * <p>A little over 400 lines: binding and the swap between a cheap label and a selectable, markable text area are one
 * piece of state (which node shows the text, with which marks) and stay together; measuring, sizing and finding the
 * current mark on screen live beside it.
 */
public final class MessageBubble extends HBox {

    public static final double MAX_WIDTH_FRACTION = 0.8;

    /**
     * The role as a pseudo-class of the bubble ({@code .bubble:user}), not a style class: a cell shows messages of
     * every role in turn, and changing a style class makes JavaFX match every node of the bubble's tree against the
     * stylesheets again (its text area, JSON views and tool cards), while a pseudo-class only restyles the nodes whose
     * rules name it.
     */
    private static final List<PseudoClass> ROLES = Stream.of("assistant", "user", "tool", "unknown")
            .map(PseudoClass::getPseudoClass)
            .toList();

    private final Supplier<ToolCallCard> cardFactory;
    private final VBox bubble = new VBox();
    private final FontIcon roleIcon = Icons.role(Role.Kind.UNKNOWN);
    private final Label roleLabel = new Label();
    private final Label timeLabel = new Label();
    private final Label offsetLabel = new Label();
    private final Tooltip timeTooltip = new Tooltip();
    private final HBox header;
    /** Shows the text: a plain wrapped label is far cheaper to lay out and re-bind than a text area. */
    private final Label messageLabel = new Label();
    /**
     * Takes the label's place while the pointer is over the text (so it can be selected), for long texts and to show
     * marks; null until this bubble first needs it: a text area is a virtualised list of its own, which most bubbles
     * never show, and which the first page would otherwise build, style and lay out for every row.
     */
    private StyleClassedTextArea messageText;

    private boolean areaInUse;
    /** Find marks drawn in the text area's current text. */
    private TextMarks drawnMarks = TextMarks.NONE;
    /** Privacy mode's hidden and revealed items drawn in the text area's current text. */
    private TextMarks drawnHidden = TextMarks.NONE;

    private TextMarks drawnRevealed = TextMarks.NONE;
    /** The area replaced the label only to show find marks: the label comes back when they go. */
    private boolean areaForMarks;

    private final Label resultLabel = new Label(null, Icons.pairing());
    /** Makes the result's JSON view the first time this bubble shows a JSON result (most bubbles never do). */
    private final Supplier<JsonView> resultJsonFactory;
    /** Null until a JSON result is shown: a JSON view is a text area of its own, too costly for every row. */
    private JsonView resultJson;

    private final VBox cards = new VBox();
    /** The cards made so far, all in {@link #cards}; the first {@link #cardsShown} show the message's calls. */
    private final List<ToolCallCard> cardPool = new ArrayList<>();

    private int cardsShown;
    private final List<Runnable> unbinders = new ArrayList<>();
    /** Drawn above the bubble, outside it, when the message followed a long pause (see {@link #showSilence}). */
    private final SilenceDivider silence = new SilenceDivider();

    private final BubbleSizer sizer;

    private MessageBubbleViewModel viewModel;

    public MessageBubble() {
        this(ToolCallCard::new, JsonView::new);
    }

    /** @param cardFactory makes tool-call card nodes (pooled and reused across binds) */
    public MessageBubble(Supplier<ToolCallCard> cardFactory, JsonView resultJson) {
        this(cardFactory, () -> Objects.requireNonNull(resultJson, "resultJson"));
    }

    /**
     * @param cardFactory makes tool-call card nodes (pooled and reused across binds)
     * @param resultJsonFactory makes the view of a tool result's JSON, once, when the bubble first shows one
     */
    public MessageBubble(Supplier<ToolCallCard> cardFactory, Supplier<JsonView> resultJsonFactory) {
        this.cardFactory = Objects.requireNonNull(cardFactory, "cardFactory");
        this.resultJsonFactory = Objects.requireNonNull(resultJsonFactory, "resultJsonFactory");
        getStyleClass().add("bubble-row");
        bubble.getStyleClass().add("bubble");
        bubble.setMinWidth(0);

        roleLabel.getStyleClass().add("role-label");
        roleLabel.setMinWidth(USE_PREF_SIZE);
        timeLabel.getStyleClass().add("bubble-time");
        timeLabel.setMinWidth(USE_PREF_SIZE);
        timeTooltip.setShowDelay(Duration.millis(300));
        timeLabel.setTooltip(timeTooltip);
        offsetLabel.getStyleClass().add("bubble-offset");
        offsetLabel.setMinWidth(USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spacer.setMinWidth(8);
        header = new HBox(roleIcon, roleLabel, spacer, timeLabel, offsetLabel);
        header.getStyleClass().add("bubble-header");
        sizer = new BubbleSizer(bubble, header, roleLabel, messageLabel);
        Icons.sizeWith(roleIcon, roleLabel, 1.15);
        Icons.sizeWith((FontIcon) resultLabel.getGraphic(), resultLabel, 1.0);

        messageLabel.getStyleClass().addAll("message-text", "message-label");
        messageLabel.setWrapText(true);
        messageLabel.setTextOverrun(OverrunStyle.CLIP);
        messageLabel.setOnMouseEntered(e -> beginSelection());

        resultLabel.getStyleClass().add("result-label");
        resultLabel.setWrapText(true);
        Tooltip pairing = new Tooltip(MessageBubbleViewModel.PAIRING_NOTE);
        pairing.setShowDelay(Duration.millis(300));
        resultLabel.setTooltip(pairing);

        cards.getStyleClass().add("tool-cards");
        cards.setSpacing(6);

        bubble.getChildren().addAll(header, resultLabel, messageLabel, cards);
        getChildren().add(bubble);
        silence.setManaged(false);
        silence.setVisible(false);
        getChildren().add(silence);
        widthProperty().addListener((obs, old, now) -> applyWidth(getWidth()));
    }

    /** Shows {@code model}; cheap enough to call on every cell update. */
    public void bind(MessageBubbleViewModel model) {
        // The list binds a cell to the same message again on many a layout (after the press that selects it, for
        // one): the text area under the pointer, or holding a selection, stays, or the click would land on nothing.
        boolean keepArea = model == viewModel
                && areaInUse
                && messageText != null
                && (messageText.isHover() || areaBusy())
                && messageText.getText().equals(model.text());
        unbind();
        viewModel = Objects.requireNonNull(model, "model");
        Role.Kind kind = model.roleKind();
        PseudoClass role = PseudoClass.getPseudoClass(model.roleStyleClass());
        for (PseudoClass each : ROLES) {
            bubble.pseudoClassStateChanged(each, each == role);
        }
        roleIcon.setIconCode(Icons.roleIkon(kind));
        roleLabel.setText(model.roleLabel());
        timeLabel.setText(model.timeText());
        timeTooltip.setText(model.timeTooltip());
        offsetLabel.setText(model.offsetText());
        setShown(offsetLabel, !model.offsetText().isEmpty());
        setAlignment(kind == Role.Kind.USER ? Pos.TOP_RIGHT : Pos.TOP_LEFT);

        // Long texts go straight to the (virtualised) area; the rest show in the label until pointed at. Find marks
        // need the area too: a label cannot colour part of its text.
        boolean tooLong = BubbleTextMeasure.tooLong(model.text());
        areaForMarks = !tooLong && needsArea(model);
        if (keepArea) {
            // Same text: the area keeps it, its selection and the marks drawn in it.
            messageLabel.setText("");
        } else {
            areaInUse = tooLong || areaForMarks;
            messageLabel.setText(areaInUse ? "" : model.text());
            setAreaText(areaInUse ? model.text() : "");
        }
        showMessageText(model.hasText());
        InvalidationListener marksChanged = observable -> showMarks();
        model.textMarksProperty().addListener(marksChanged);
        unbinders.add(() -> model.textMarksProperty().removeListener(marksChanged));

        setShown(resultLabel, model.isToolResult());
        resultLabel.setText(model.resultLabel());
        bindResultJson(model);
        bindCards(model.toolCards());
        showMarks();
        applyWidth(getWidth());
    }

    /**
     * Shows a silence marker ("12 s of silence") above the bubble, or none for an empty text. The bubble moves down by
     * the marker's height through its margin, so the row's preferred height includes the marker.
     */
    public void showSilence(String text) {
        silence.setText(text);
        silence.setVisible(!text.isEmpty());
        reserveSilenceSpace();
    }

    /** The silence marker's text while one is shown, else "". */
    public String getSilenceText() {
        return silence.isVisible() ? silence.getText() : "";
    }

    private void reserveSilenceSpace() {
        double space = silence.isVisible() ? Math.ceil(silence.prefHeight(-1)) : 0;
        Insets margin = HBox.getMargin(bubble);
        if ((margin == null ? 0 : margin.getTop()) != space) {
            HBox.setMargin(bubble, space == 0 ? null : new Insets(space, 0, 0, 0));
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (silence.isVisible()) {
            double left = snappedLeftInset();
            double width = getWidth() - left - snappedRightInset();
            silence.resizeRelocate(left, snappedTopInset(), width, Math.ceil(silence.prefHeight(width)));
        }
    }

    /** Detaches from the current view-model (listeners removed, cards unbound). */
    public void unbind() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        for (ToolCallCard card : cardPool) {
            card.unbind();
        }
        cardsShown = 0;
        viewModel = null;
    }

    public MessageBubbleViewModel getViewModel() {
        return viewModel;
    }

    /** The styled bubble inside the row (carries {@code .bubble} and the role's pseudo-class). */
    public VBox getBubble() {
        return bubble;
    }

    /**
     * The selectable text area, which holds the text while it is shown (see {@link #beginSelection()}); null while
     * this bubble has not needed one.
     */
    public StyleClassedTextArea getMessageText() {
        return messageText;
    }

    /** The text area, made and put under the label the first time it is needed (hidden until it is shown). */
    private StyleClassedTextArea area() {
        if (messageText != null) {
            return messageText;
        }
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.getStyleClass().add("message-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setFocusTraversable(false);
        // New text must not take on the find marks of the text it replaces (cell reuse).
        area.setUseInitialStyleForInsertion(true);
        area.setOnMouseExited(e -> endSelectionIfIdle());
        // Privacy mode: a click on a hidden item reveals it (a drag that selects text does not).
        area.setOnMouseClicked(e -> {
            if (viewModel != null
                    && e.isStillSincePress()
                    && area.getSelection().getLength() == 0) {
                viewModel.revealAt(area.hit(e.getX(), e.getY()).getInsertionIndex());
            }
        });
        // The area is as tall as its text, so it has nothing to scroll; yet it takes every wheel event, which would
        // stop the transcript under the pointer. Hand the wheel to the row instead, so the list scrolls on.
        area.addEventFilter(ScrollEvent.SCROLL, event -> {
            event.consume();
            fireEvent(event.copyFor(this, this));
        });
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                endSelectionIfIdle();
            }
        });
        setShown(area, false);
        messageText = area;
        sizer.attachArea(area);
        bubble.getChildren().add(bubble.getChildren().indexOf(messageLabel) + 1, area);
        return area;
    }

    /** The label that shows a message's text while nobody is selecting in it. */
    public Label getMessageLabel() {
        return messageLabel;
    }

    /** Swaps the label for the selectable area, same text and size (the pointer entered the text). */
    public void beginSelection() {
        if (areaInUse || viewModel == null || !viewModel.hasText()) {
            return;
        }
        areaInUse = true;
        setAreaText(viewModel.text());
        showMessageText(true);
        showPrivacyMarks(viewModel);
    }

    /** Back to the cheap label once the pointer has left and nothing is selected. */
    private void endSelectionIfIdle() {
        if (!areaInUse
                || viewModel == null
                || BubbleTextMeasure.tooLong(viewModel.text())
                || needsArea(viewModel)
                || areaBusy()) {
            return;
        }
        areaInUse = false;
        areaForMarks = false;
        setAreaText("");
        messageLabel.setText(viewModel.text());
        showMessageText(viewModel.hasText());
    }

    /** Whether the user is working in the text area: it has the focus or a selection. */
    private boolean areaBusy() {
        return messageText != null
                && (messageText.isFocused() || messageText.getSelection().getLength() > 0);
    }

    private void setAreaText(String text) {
        // An empty text needs no area: one never made has nothing to empty.
        if (messageText != null || !text.isEmpty()) {
            area().replaceText(text);
        }
        drawnMarks = TextMarks.NONE;
        drawnHidden = TextMarks.NONE;
        drawnRevealed = TextMarks.NONE;
    }

    /** Find marks, and items the reviewer revealed, are drawn in the area: a label cannot colour part of its text. */
    private static boolean needsArea(MessageBubbleViewModel model) {
        return !model.textMarksProperty().get().isEmpty()
                || !model.mask().revealedMarks(model.realText()).isEmpty();
    }

    /** Privacy mode's items in the area: hidden ones show they can be clicked, revealed ones that they were. */
    private void showPrivacyMarks(MessageBubbleViewModel model) {
        if (!areaInUse) {
            return;
        }
        TextMarks hidden = model.mask().hiddenMarks(model.realText());
        TextMarks revealed = model.mask().revealedMarks(model.realText());
        MarkStyles.apply(area(), drawnHidden, hidden, MarkStyles.MASKED, null);
        drawnHidden = hidden;
        MarkStyles.apply(area(), drawnRevealed, revealed, MarkStyles.REVEALED, null);
        drawnRevealed = revealed;
    }

    /**
     * Draws the view-model's find marks: in the text area (taking the label's place, same size), or in the formatted
     * JSON of a tool result. Without marks the label comes back unless the area is otherwise needed.
     */
    private void showMarks() {
        MessageBubbleViewModel model = viewModel;
        if (model == null) {
            return;
        }
        TextMarks marks = model.textMarksProperty().get();
        boolean textShown = messageLabel.isVisible() || (messageText != null && messageText.isVisible());
        if (needsArea(model) && !areaInUse) {
            areaInUse = true;
            areaForMarks = true;
            messageLabel.setText("");
            setAreaText(model.text());
            showMessageText(textShown);
        }
        if (!marks.equals(drawnMarks)) {
            MarkStyles.apply(area(), drawnMarks, marks);
            drawnMarks = marks;
            // Should the area ever be shorter than its text (a style the measurement does not foresee), bring the
            // current mark into its viewport.
            marks.currentRange()
                    .filter(range -> areaInUse && range.end() <= messageText.getLength())
                    .ifPresent(range -> {
                        messageText.moveTo(range.end());
                        messageText.requestFollowCaret();
                    });
        }
        showPrivacyMarks(model);
        if (!needsArea(model) && areaForMarks && (messageText == null || !messageText.isHover()) && !areaBusy()) {
            areaForMarks = false;
            areaInUse = false;
            setAreaText("");
            messageLabel.setText(model.text());
            showMessageText(textShown);
        }
        if (resultJson != null && model.hasJsonResult() && model.resultFormat().getState() == FormatState.DONE) {
            resultJson.setMarks(
                    marks.isEmpty()
                            ? marks
                            : JsonOffsets.toFormatted(
                                    model.realText(),
                                    model.resultFormat().getFormatted().text(),
                                    marks));
        }
    }

    /**
     * Where the current find mark of this message is on screen (in its text, its result JSON or one of its cards),
     * or the bounds of the part holding it until that part has laid the mark out; empty without a current mark.
     */
    public Optional<Bounds> currentMarkBoundsOnScreen() {
        return CurrentMarkBounds.onScreen(viewModel, messageText, resultJson, getCards());
    }

    private void showMessageText(boolean shown) {
        setShown(messageLabel, shown && !areaInUse);
        if (messageText != null) {
            setShown(messageText, shown && areaInUse);
        }
    }

    public Label getRoleLabel() {
        return roleLabel;
    }

    public Label getResultLabel() {
        return resultLabel;
    }

    /** The view of a tool result's JSON, made now if this bubble has not shown one yet. */
    public JsonView getResultJson() {
        return resultJson();
    }

    private JsonView resultJson() {
        if (resultJson == null) {
            resultJson = Objects.requireNonNull(resultJsonFactory.get(), "resultJsonFactory made no view");
            resultJson.getStyleClass().add("result-json");
            // Privacy mode: a click on a hidden item of the result reveals it.
            resultJson.setOnAreaClicked(e -> {
                MessageBubbleViewModel model = viewModel;
                if (model != null && model.hasJsonResult() && e.isStillSincePress()) {
                    FormattedJson real = model.resultFormat().getFormatted();
                    if (real != null) {
                        model.revealIn(
                                real.text(),
                                resultJson.getArea().hit(e.getX(), e.getY()).getInsertionIndex());
                    }
                }
            });
            setShown(resultJson, false);
            // Between the text and the cards, where the result's JSON reads.
            bubble.getChildren().add(bubble.getChildren().indexOf(cards), resultJson);
        }
        return resultJson;
    }

    /** The card nodes currently shown, in call order. */
    public List<ToolCallCard> getCards() {
        return List.copyOf(cardPool.subList(0, cardsShown));
    }

    private void bindCards(List<ToolCallCardViewModel> models) {
        // Every card this bubble ever made stays in the scene, the ones not needed hidden: a card taken out and put
        // back is matched against the stylesheets again, its whole tree, and the list binds its cells (the one it
        // measures rows with above all) to messages with and without calls all the time while scrolling. Staying
        // also keeps the focus on a card (a note being typed) when the cell is bound to the same message again.
        while (cardPool.size() < models.size()) {
            ToolCallCard card = cardFactory.get();
            cardPool.add(card);
            cards.getChildren().add(card);
        }
        for (int i = 0; i < cardPool.size(); i++) {
            ToolCallCard card = cardPool.get(i);
            boolean used = i < models.size();
            if (used) {
                card.bind(models.get(i));
            }
            setShown(card, used);
        }
        cardsShown = models.size();
        setShown(cards, !models.isEmpty());
    }

    private void bindResultJson(MessageBubbleViewModel model) {
        if (resultJson != null) {
            setShown(resultJson, false);
        }
        if (!model.hasJsonResult()) {
            return;
        }
        AsyncJsonFormat format = model.resultFormat();
        InvalidationListener refresh = observable -> showResult(format);
        format.stateProperty().addListener(refresh);
        model.resultMaskingProperty().addListener(refresh);
        unbinders.add(() -> {
            format.stateProperty().removeListener(refresh);
            model.resultMaskingProperty().removeListener(refresh);
        });
        format.start();
        showResult(format);
    }

    private void showResult(AsyncJsonFormat format) {
        // Privacy mode: a long result is masked off the FX thread first; its plain text (masked) shows meanwhile.
        FormattedJson shown = viewModel == null ? format.getFormatted() : viewModel.shownResult();
        boolean done = format.getState() == FormatState.DONE && shown != null;
        if (done) {
            FormattedJson real = format.getFormatted();
            resultJson().showFormatted(shown);
            if (viewModel != null) {
                resultJson.setPrivacyMarks(
                        viewModel.mask().hiddenMarks(real.text()),
                        viewModel.mask().revealedMarks(real.text()));
            }
        }
        if (resultJson != null) {
            setShown(resultJson, done);
        }
        // Until the JSON is ready (or when it is invalid) the plain text stays visible.
        showMessageText(!done && viewModel != null && viewModel.hasText());
        if (done) {
            showMarks();
        }
    }

    /**
     * A list cell asks for the height at the width it will have before this node is laid out at that width: size the
     * bubble for that width first, so the answer is the final height (a cell sized too small would clip the bubble).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width > 0) {
            applyWidth(width);
        }
        // The marker's height follows its font, which CSS may set after showSilence().
        reserveSilenceSpace();
        return super.computePrefHeight(width);
    }

    private void applyWidth(double totalWidth) {
        if (viewModel != null) {
            sizer.size(viewModel, this, totalWidth);
        }
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
