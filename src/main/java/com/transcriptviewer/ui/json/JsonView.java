package com.transcriptviewer.ui.json;

import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.concurrent.NewestRequest;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.TextMarks;
import com.transcriptviewer.text.json.FormattedJson;
import com.transcriptviewer.text.json.JsonHighlights;
import com.transcriptviewer.ui.MarkStyles;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * Read-only, selectable, syntax-coloured JSON (or plain text) in a monospace RichTextFX {@link CodeArea}.
 *
 * <p>Until the area is needed, a text that fits shows in a {@link JsonPreview} of plain text nodes that looks the same:
 * a tool result on the first page or in a row scrolled to then costs a few text nodes, not an area. The area takes its
 * place when the text is pointed at (to select it), focused, marked (find, a check's problems, privacy mode), revealed,
 * or asked for ({@link #getArea()}); and from the start for a text that scrolls (taller than the view, or huge).
 *
 * <p>Huge texts show their first {@link #PREVIEW_LINES} lines with a "Show all (N lines)" button: building the
 * full document (paragraphs and style segments) runs on the background executor, and the FX thread only swaps the
 * finished document in; the area virtualises paragraphs, so only visible lines get nodes.
 */
public final class JsonView extends VBox {

    public static final int PREVIEW_LINES = 200;

    private final Executor background;
    private final Executor fxThread;
    /** Null until the area is needed (see the class comment); then for good. */
    private CodeArea area;

    private VirtualizedScrollPane<CodeArea> scrollPane;
    /** Shows the text until the area is made; null once it is. */
    private JsonPreview preview = new JsonPreview();

    private EventHandler<? super MouseEvent> onAreaClicked;
    private final Label truncationNote = new Label();
    private final Button showAllButton = new Button();
    private final HBox truncationBar = new HBox(truncationNote, showAllButton);
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper(this, "truncated", false);
    private final ReadOnlyBooleanWrapper loadingAll = new ReadOnlyBooleanWrapper(this, "loadingAll", false);
    private final DoubleProperty maxVisibleHeight = new SimpleDoubleProperty(this, "maxVisibleHeight", 0);

    private String fullText = "";
    private JsonHighlights fullHighlights;
    private int fullLines;
    /** A new request whenever the content changes, so a late "show all" result for old content is dropped. */
    private final NewestRequest shownContent;
    /** Find marks on the whole text (see {@link #setMarks}), and those drawn in the area's current document. */
    private TextMarks marks = TextMarks.NONE;

    private TextMarks drawnMarks = TextMarks.NONE;
    /** A check's problems on the whole text (see {@link #setProblemMarks}), and those drawn in the current document. */
    private TextMarks problemMarks = TextMarks.NONE;

    private TextMarks drawnProblemMarks = TextMarks.NONE;
    /** Privacy mode's hidden and revealed items of the text, and those drawn. */
    private TextMarks hiddenMarks = TextMarks.NONE;

    private TextMarks revealedMarks = TextMarks.NONE;
    private TextMarks drawnHidden = TextMarks.NONE;
    private TextMarks drawnRevealed = TextMarks.NONE;
    /** A range to bring into view once "Show all" has loaded the text it lies in; null for none. */
    private TextMarks.Range pendingReveal;

    /** Background work on a fresh daemon thread per "Show all"; results applied with Platform.runLater. */
    public JsonView() {
        this(JsonView::runOnDaemonThread, Platform::runLater);
    }

    public JsonView(Executor background, Executor fxThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.shownContent = new NewestRequest(fxThread);
        getStyleClass().add("json-view");
        truncationNote.getStyleClass().add("truncation-note");
        showAllButton.getStyleClass().add("show-all-button");
        showAllButton.setOnAction(event -> showAll());
        showAllButton.disableProperty().bind(loadingAll.getReadOnlyProperty());
        truncationBar.setSpacing(8);
        truncationBar.getStyleClass().add("truncation-bar");
        truncationBar.visibleProperty().bind(truncated.getReadOnlyProperty());
        truncationBar.managedProperty().bind(truncated.getReadOnlyProperty());
        getChildren().addAll(preview, truncationBar);
        // Pointing at the text (to select it) or tabbing to it brings the area.
        preview.setOnMouseEntered(event -> area());
        preview.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                area().requestFocus();
            }
        });
        // Fit the content's height up to a limit; longer content scrolls inside the view.
        // About 22 lines of monospace text at the platform's default font size (which follows display scaling).
        maxVisibleHeight.set(Math.ceil(Font.getDefault().getSize() * 1.4 * 22));
        maxVisibleHeight.addListener((obs, old, now) -> {
            if (area == null && !fitsUnscrolled(fullLines)) {
                area();
            }
            fitHeight();
        });
        fitHeight();
    }

    /** The area in the preview's place, made now if it was not, holding the text, its marks and the caret at 0. */
    private CodeArea area() {
        if (area != null) {
            return area;
        }
        CodeArea made = new CodeArea();
        made.getStyleClass().add("json-area");
        made.setEditable(false);
        made.setWrapText(false);
        made.setFocusTraversable(true);
        made.totalHeightEstimateProperty().addListener((obs, old, now) -> fitHeight());
        // The area takes every wheel event, even with nothing left to scroll that way, which would stop the list
        // around it under the pointer: past its ends (or when it all fits) the wheel goes on to what holds the view.
        made.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() != 0 && event.getDeltaX() == 0 && !canScroll(event.getDeltaY())) {
                event.consume();
                fireEvent(event.copyFor(this, this));
            }
        });
        if (onAreaClicked != null) {
            made.setOnMouseClicked(onAreaClicked);
        }
        area = made;
        scrollPane = new VirtualizedScrollPane<>(made);
        getChildren().set(getChildren().indexOf(preview), scrollPane);
        preview = null;
        showInArea();
        drawPrivacyMarks();
        drawProblemMarks();
        drawMarks();
        fitHeight();
        return made;
    }

    /** What a click on the area does (privacy mode reveals what was clicked): set on the area now or once it is made. */
    public void setOnAreaClicked(EventHandler<? super MouseEvent> handler) {
        onAreaClicked = handler;
        if (area != null) {
            area.setOnMouseClicked(handler);
        }
    }

    /** Shows formatted JSON with colours (first screenful when huge). Call on the FX thread. */
    public void showFormatted(FormattedJson json) {
        Objects.requireNonNull(json, "json");
        setContent(json.text(), json.highlights(), json.lineCount());
    }

    /** Shows text as-is, uncoloured (raw mode, invalid JSON). Call on the FX thread. */
    public void showPlain(String text) {
        String value = text == null ? "" : text;
        setContent(value, null, countLines(value));
    }

    public void clear() {
        setContent("", null, 1);
    }

    /** The text currently displayed (a prefix while truncated). */
    public String getDisplayedText() {
        return area != null ? area.getText() : preview.text();
    }

    /** The whole text this view holds, shown or not (what Copy should take). */
    public String getFullText() {
        return fullText;
    }

    public ReadOnlyBooleanProperty truncatedProperty() {
        return truncated.getReadOnlyProperty();
    }

    public boolean isTruncated() {
        return truncated.get();
    }

    public ReadOnlyBooleanProperty loadingAllProperty() {
        return loadingAll.getReadOnlyProperty();
    }

    /** Height in pixels beyond which the view scrolls instead of growing. */
    public DoubleProperty maxVisibleHeightProperty() {
        return maxVisibleHeight;
    }

    /** The area, which takes the preview's place now if it has not yet (see the class comment). */
    public CodeArea getArea() {
        return area();
    }

    public Button getShowAllButton() {
        return showAllButton;
    }

    /** Loads the whole text: document built in the background, swapped in on the FX thread. */
    public void showAll() {
        if (!truncated.get() || loadingAll.get()) {
            return;
        }
        loadingAll.set(true);
        NewestRequest.Ticket ticket = shownContent.next();
        String text = fullText;
        JsonHighlights highlights = fullHighlights;
        background.execute(() -> {
            JsonDocuments.Doc doc = JsonDocuments.build(text, highlights, text.length());
            // Dropped when the view was given other content meanwhile.
            ticket.apply(() -> {
                area.replace(0, area.getLength(), doc.document);
                area.moveTo(0);
                area.requestFollowCaret();
                loadingAll.set(false);
                truncated.set(false);
                drawnMarks = TextMarks.NONE;
                drawnProblemMarks = TextMarks.NONE;
                drawnHidden = TextMarks.NONE;
                drawnRevealed = TextMarks.NONE;
                drawPrivacyMarks();
                drawProblemMarks();
                drawMarks();
                TextMarks.Range reveal = pendingReveal;
                pendingReveal = null;
                if (reveal != null) {
                    reveal(reveal);
                }
            });
        });
    }

    /**
     * Marks ranges of the displayed text (find results) and scrolls the current one into view, loading the whole
     * text first when it lies beyond the first screenful. New content drops the marks.
     */
    public void setMarks(TextMarks value) {
        TextMarks next = value == null ? TextMarks.NONE : value;
        if (next.equals(marks)) {
            return;
        }
        marks = next;
        if (area == null && next.isEmpty()) {
            return;
        }
        area();
        drawMarks();
        if (next.currentRange().map(range -> range.end() > area.getLength()).orElse(false) && truncated.get()) {
            showAll();
        }
    }

    public TextMarks getMarks() {
        return marks;
    }

    /**
     * Marks ranges of the displayed text as a check's problems ({@link MarkStyles#PROBLEM}), beside and beneath the
     * find marks, which keep their look where both fall. New content drops them.
     */
    public void setProblemMarks(TextMarks value) {
        TextMarks next = value == null ? TextMarks.NONE : value;
        if (next.equals(problemMarks)) {
            return;
        }
        problemMarks = next;
        if (area != null || !next.isEmpty()) {
            area();
            drawProblemMarks();
        }
    }

    public TextMarks getProblemMarks() {
        return problemMarks;
    }

    /**
     * Selects {@code range} of the text and scrolls it into view, loading the whole text first when it lies beyond
     * the first screenful.
     */
    public void reveal(TextMarks.Range range) {
        area();
        if (range.end() > area.getLength()) {
            if (truncated.get()) {
                pendingReveal = range;
                showAll();
            }
            return;
        }
        area.selectRange(range.start(), range.end());
        area.requestFollowCaret();
    }

    /** Where the current mark is on screen, once the area has laid it out. */
    public Optional<Bounds> currentMarkBoundsOnScreen() {
        if (area == null) {
            return Optional.empty();
        }
        return drawnMarks
                .currentRange()
                .filter(range -> range.start() < area.getLength())
                .flatMap(range -> area.getCharacterBoundsOnScreen(
                        range.start(), Math.min(area.getLength(), Math.max(range.end(), range.start() + 1))));
    }

    /**
     * Marks privacy mode's items of the displayed text: those hidden ({@link MarkStyles#MASKED}) and those revealed
     * ({@link MarkStyles#REVEALED}). New content drops them.
     */
    public void setPrivacyMarks(TextMarks hidden, TextMarks revealed) {
        hiddenMarks = hidden == null ? TextMarks.NONE : hidden;
        revealedMarks = revealed == null ? TextMarks.NONE : revealed;
        if (area != null || !hiddenMarks.isEmpty() || !revealedMarks.isEmpty()) {
            area();
            drawPrivacyMarks();
        }
    }

    private void drawPrivacyMarks() {
        MarkStyles.apply(area, drawnHidden, hiddenMarks, MarkStyles.MASKED, null);
        drawnHidden = hiddenMarks;
        MarkStyles.apply(area, drawnRevealed, revealedMarks, MarkStyles.REVEALED, null);
        drawnRevealed = revealedMarks;
    }

    private void drawProblemMarks() {
        MarkStyles.apply(area, drawnProblemMarks, problemMarks, MarkStyles.PROBLEM, null);
        drawnProblemMarks = problemMarks;
    }

    private void drawMarks() {
        MarkStyles.apply(area, drawnMarks, marks);
        drawnMarks = marks;
        // The caret after the mark: following it scrolls (also sideways, lines never wrap) until the whole mark shows.
        marks.currentRange().filter(range -> range.end() <= area.getLength()).ifPresent(range -> {
            area.moveTo(range.end());
            area.requestFollowCaret();
        });
    }

    private void setContent(String text, JsonHighlights highlights, int lines) {
        shownContent.dropAll();
        marks = TextMarks.NONE;
        drawnMarks = TextMarks.NONE;
        problemMarks = TextMarks.NONE;
        drawnProblemMarks = TextMarks.NONE;
        hiddenMarks = TextMarks.NONE;
        revealedMarks = TextMarks.NONE;
        drawnHidden = TextMarks.NONE;
        drawnRevealed = TextMarks.NONE;
        pendingReveal = null;
        fullText = text;
        fullHighlights = highlights;
        fullLines = lines;
        loadingAll.set(false);
        boolean huge = lines > PREVIEW_LINES;
        truncated.set(huge);
        if (huge) {
            truncationNote.setText("Showing the first " + PREVIEW_LINES + " of " + SizeFormat.count(fullLines)
                    + " lines (" + SizeFormat.textSize(text) + ")");
            showAllButton.setText("Show all (" + SizeFormat.count(fullLines) + " lines)");
        }
        if (area == null && fitsUnscrolled(lines)) {
            preview.show(text, highlights);
        } else if (area == null) {
            area();
        } else {
            showInArea();
        }
        fitHeight();
    }

    /** Puts the text (its first {@link #PREVIEW_LINES} lines when huge) into the area, caret at the start. */
    private void showInArea() {
        int end = truncated.get() ? JsonDocuments.endOfFirstLines(fullText, PREVIEW_LINES) : fullText.length();
        JsonDocuments.Doc doc = JsonDocuments.build(fullText, fullHighlights, end);
        area.replace(0, area.getLength(), doc.document);
        area.moveTo(0);
        area.getUndoManager().forgetHistory();
    }

    /** Whether {@code lines} lines show whole without scrolling, which the preview cannot: not huge, not too tall. */
    private boolean fitsUnscrolled(int lines) {
        return lines <= PREVIEW_LINES && contentHeight(lines) + 16 <= limit();
    }

    /** The text's height at {@code lines} lines, with the area's padding. */
    private static double contentHeight(int lines) {
        return LINE_HEIGHT * Math.max(1, lines) + 8;
    }

    private double limit() {
        return maxVisibleHeight.get() > 0 ? maxVisibleHeight.get() : Double.MAX_VALUE;
    }

    /** One line of the area's text: its CSS font (monospace at 0.92em), measured once. */
    private static final double LINE_HEIGHT = measureLineHeight();

    private static double measureLineHeight() {
        Text probe = new Text("{[\"Ag\"]}");
        probe.setFont(Font.font("monospace", Font.getDefault().getSize() * 0.92));
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }

    private void fitHeight() {
        if (area == null) {
            // As tall as the area will be, room for its horizontal scroll bar included: the swap moves nothing.
            preview.setLeastTextHeight(contentHeight(fullLines));
            return;
        }
        // JSON lines never wrap (long ones scroll sideways), so the height is lines times the line height. The area's
        // own estimate only covers the paragraphs it has laid out, which in a fresh list cell is a few; but once it has
        // laid lines out in its stylesheet's font it knows their real height, which the probe's may fall short of.
        double content = Math.max(contentHeight(area.getParagraphs().size()), area.getTotalHeightEstimate());
        double limit = limit();
        // Room for a horizontal scroll bar under long lines.
        double height = Math.min(content + 16, limit);
        scrollPane.setPrefHeight(height);
        scrollPane.setMinHeight(Math.min(height, 60));
        // Text that fits has nothing to scroll: no vertical bar, even while a horizontal one takes its room.
        scrollPane.setVbarPolicy(
                content + 16 <= limit ? ScrollPane.ScrollBarPolicy.NEVER : ScrollPane.ScrollBarPolicy.AS_NEEDED);
    }

    /** Whether the area has more to show in the direction of a wheel's {@code deltaY} (positive: up). */
    private boolean canScroll(double deltaY) {
        double top = area.getEstimatedScrollY();
        if (deltaY > 0) {
            return top > 0.5;
        }
        return top + area.getHeight() < area.getTotalHeightEstimate() - 0.5;
    }

    private static int countLines(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }

    /** "Show all" is rare and one at a time: a named daemon thread of its own, gone when the work is done. */
    private static void runOnDaemonThread(Runnable work) {
        AppThreads.start("json-view-load", work, false);
    }
}
