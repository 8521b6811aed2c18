package com.transcriptviewer.review;

import com.transcriptviewer.text.TextMask;
import com.transcriptviewer.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The review panel beside the transcript: where the review database stands (a banner when the team server cannot be
 * reached, saying how many verdicts wait on this computer), the header's progress, and the review of the conversation
 * as a whole: an overall verdict, a note (in privacy mode shown masked, read-only, while it is not being edited: a
 * click edits it as written), and free labels with completion from the labels used so far. Refresh reads
 * the latest from the store again. Binds to {@link ReviewViewModel} and the open conversation's
 * {@link ConversationReviewViewModel}.
 */
final class ReviewPanel extends BorderPane {

    static final double MIN_WIDTH = 240;
    static final double PREF_WIDTH = 340;

    private final ReviewViewModel review;
    private final HBox banner;
    private final Label bannerText = new Label();
    private final Label bannerDetail = new Label();
    private final FontIcon bannerIcon = new FontIcon(MaterialDesignC.CLOUD_OFF_OUTLINE);
    private final Label progress = new Label();
    private final Label loadMessage = new Label();
    private final Button toNext = new Button("Next call not reviewed", new FontIcon(MaterialDesignC.CHEVRON_DOWN));
    private final Label reviewer = new Label();
    private final VerdictButtons verdicts;
    private final TextArea note = new TextArea();
    /** The note in privacy mode while it is not being edited: masked, read-only; a click (or Enter) edits it. */
    private final Label maskedNote = new Label();
    /** True from a click on the masked note until the field it opened loses the focus. */
    private boolean editingNote;

    private final Button saveNote = new Button("Save note");
    private final FlowPane labels = new FlowPane(6, 6);
    private final TextField labelField = new TextField();
    private final Label saveStatus = new Label();
    private final Button retry = new Button("Retry", Icons.retry());
    private final VBox form;
    private final Label empty = new Label("Open a conversation to review it.");
    private final Button refresh = new Button(null, new FontIcon(MaterialDesignC.CACHED));
    /** What completion offers; read on ControlsFX's own thread, so a copy replaced whole on the FX thread. */
    private final AtomicReference<List<String>> suggestions = new AtomicReference<>(List.of());

    private final List<Runnable> unbinders = new ArrayList<>();
    private ConversationReviewViewModel bound;

    /** @param next goes to the next call the reviewer has not judged (as R does) */
    ReviewPanel(ReviewViewModel review, Runnable next) {
        this.review = Objects.requireNonNull(review, "review");
        Objects.requireNonNull(next, "next");
        getStyleClass().add("review-panel");
        setMinWidth(MIN_WIDTH);
        setPrefWidth(PREF_WIDTH);
        setTop(header());

        bannerIcon.getStyleClass().add("review-banner-icon");
        bannerText.getStyleClass().add("review-banner-text");
        bannerText.setWrapText(true);
        bannerText.setMinHeight(Region.USE_PREF_SIZE);
        bannerDetail.getStyleClass().add("review-banner-detail");
        bannerDetail.setWrapText(true);
        bannerDetail.setMinHeight(Region.USE_PREF_SIZE);
        VBox bannerWords = new VBox(2, bannerText, bannerDetail);
        HBox.setHgrow(bannerWords, Priority.ALWAYS);
        banner = new HBox(8, bannerIcon, bannerWords);
        banner.setId("review-banner");
        banner.getStyleClass().add("review-banner");
        banner.setAlignment(Pos.TOP_LEFT);

        progress.setId("review-panel-progress");
        progress.getStyleClass().add("review-panel-progress");
        progress.setGraphic(Icons.icon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, "review-icon"));
        progress.setWrapText(true);
        toNext.setId("review-next");
        toNext.getStyleClass().addAll("small", "review-next");
        toNext.setTooltip(new Tooltip("Selects the next tool call you have not reviewed, loading more of the"
                + " conversation when needed (R in the transcript, F7 anywhere)"));
        toNext.setFocusTraversable(false);
        toNext.setOnAction(e -> next.run());
        loadMessage.getStyleClass().add("review-hint");
        loadMessage.setWrapText(true);
        reviewer.getStyleClass().add("review-hint");
        reviewer.setWrapText(true);

        verdicts = new VerdictButtons("conversation-verdict-", false, verdict -> {
            if (bound != null) {
                bound.choose(verdict);
            }
        });
        note.setId("review-conversation-note");
        note.getStyleClass().add("review-conversation-note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText("What went right or wrong in this conversation?");
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                saveNote();
                event.consume();
            }
        });
        maskedNote.setId("review-conversation-note-masked");
        maskedNote.getStyleClass().add("review-conversation-note-masked");
        maskedNote.setWrapText(true);
        maskedNote.setMaxWidth(Double.MAX_VALUE);
        maskedNote.setMinHeight(Region.USE_PREF_SIZE);
        maskedNote.setFocusTraversable(true);
        maskedNote.setTooltip(new Tooltip("Privacy mode: the note is shown masked. Click to edit it as written."));
        maskedNote.setOnMouseClicked(e -> editNote());
        maskedNote.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                editNote();
                event.consume();
            }
        });
        shown(maskedNote, false);
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                editingNote = false;
            }
            showNote();
        });
        // A note the store brought (another conversation, a refresh) while it is not being edited.
        note.textProperty().addListener((obs, old, now) -> showNote());
        // Privacy mode switched, or an item revealed.
        review.mask().listen(mask -> showNote());
        saveNote.setId("review-save-conversation-note");
        saveNote.getStyleClass().addAll("small", "accent");
        saveNote.setOnAction(e -> saveNote());
        Label noteKeys = new Label("Ctrl+Enter saves");
        noteKeys.getStyleClass().add("review-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox noteBar = new HBox(6, noteKeys, spacer, saveNote);
        noteBar.setAlignment(Pos.CENTER_LEFT);

        labels.getStyleClass().add("review-labels");
        labelField.setId("review-label-field");
        labelField.setPromptText("Add a label, e.g. wrong-transfer");
        labelField.setOnAction(e -> addLabel());
        TextFields.bindAutoCompletion(labelField, request -> {
            String typed = request.getUserText().strip().toLowerCase(Locale.ROOT);
            return typed.isEmpty()
                    ? List.of()
                    : suggestions.get().stream()
                            .filter(label -> label.toLowerCase(Locale.ROOT).contains(typed))
                            .toList();
        });

        saveStatus.getStyleClass().add("review-save-status");
        saveStatus.setWrapText(true);
        saveStatus.setMinWidth(0);
        retry.getStyleClass().addAll("small", "review-retry");
        retry.setOnAction(e -> {
            if (bound != null) {
                bound.retry();
            }
        });
        HBox status = new HBox(6, saveStatus, retry);
        status.setAlignment(Pos.CENTER_LEFT);

        form = new VBox(
                6,
                section("The conversation as a whole"),
                verdicts,
                section("Note"),
                note,
                maskedNote,
                noteBar,
                section("Labels"),
                labels,
                labelField,
                status);
        form.getStyleClass().add("review-form");
        empty.getStyleClass().add("review-hint");
        empty.setWrapText(true);

        HBox progressLine = new HBox(8, progress, toNext);
        progressLine.setAlignment(Pos.CENTER_LEFT);
        progress.setMinWidth(0);
        toNext.setMinWidth(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, banner, progressLine, loadMessage, form, empty, reviewer);
        content.setPadding(new Insets(10, 12, 14, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("review-scroll");
        setCenter(scroll);

        InvalidationListener show = (Observable o) -> showReview();
        for (Observable o : List.of(
                review.bannerProperty(),
                review.bannerDetailProperty(),
                review.bannerToneProperty(),
                review.progressProperty(),
                review.progressDetailProperty(),
                review.loadStateProperty(),
                review.loadMessageProperty(),
                review.reviewerProperty())) {
            o.addListener(show);
        }
        review.labelSuggestions().addListener((ListChangeListener<String>)
                change -> suggestions.set(List.copyOf(review.labelSuggestions())));
        suggestions.set(List.copyOf(review.labelSuggestions()));
        review.conversationProperty().addListener((obs, old, now) -> bind(now));
        bind(review.conversationProperty().get());
        showReview();
    }

    private Node header() {
        Label title = new Label("Review");
        title.getStyleClass().add("review-panel-title");
        refresh.setId("review-refresh");
        refresh.getStyleClass().addAll("flat", "review-refresh");
        refresh.setTooltip(new Tooltip("Read the latest verdicts again"));
        refresh.setOnAction(e -> review.refresh());
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll("flat", "review-close");
        close.setTooltip(new Tooltip("Hide the review panel (" + ReviewView.TOGGLE_TEXT + ")"));
        close.setOnAction(e -> review.openProperty().set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, refresh, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("review-panel-header");
        return header;
    }

    private static Label section(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("review-section-title");
        return label;
    }

    // ---- the store and the progress ------------------------------------------------------------------------------

    private void showReview() {
        String text = review.bannerProperty().get();
        bannerText.setText(text);
        String detail = review.bannerDetailProperty().get();
        bannerDetail.setText(detail);
        shown(bannerDetail, !detail.isEmpty());
        ReviewViewModel.Tone tone = review.bannerToneProperty().get();
        banner.getStyleClass().removeAll("quiet", "warning", "danger");
        banner.getStyleClass().add(tone.name().toLowerCase(Locale.ROOT));
        bannerIcon.setIconCode(
                tone == ReviewViewModel.Tone.QUIET
                        ? MaterialDesignC.CHECK_CIRCLE_OUTLINE
                        : tone == ReviewViewModel.Tone.WARNING
                                ? MaterialDesignC.CLOUD_OFF_OUTLINE
                                : MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        shown(banner, !text.isEmpty());

        String shownProgress = review.progressProperty().get();
        progress.setText(shownProgress);
        progress.setTooltip(
                review.progressDetailProperty().get().isEmpty()
                        ? null
                        : new Tooltip(review.progressDetailProperty().get()));
        shown(progress, !shownProgress.isEmpty());
        shown(toNext, !shownProgress.isEmpty());
        String loading = review.loadMessageProperty().get();
        loadMessage.setText(loading);
        loadMessage.getStyleClass().removeAll("problem");
        if (review.loadStateProperty().get() == ReviewViewModel.LoadState.FAILED) {
            loadMessage.getStyleClass().add("problem");
        }
        shown(loadMessage, !loading.isEmpty());
        String name = review.reviewerProperty().get();
        reviewer.setText(name.isEmpty() ? "" : "Reviewing as " + name + ".");
        shown(reviewer, !name.isEmpty());
    }

    // ---- the conversation's own review ---------------------------------------------------------------------------

    private void bind(ConversationReviewViewModel conversation) {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        bound = conversation;
        shown(form, conversation != null);
        shown(empty, conversation == null);
        if (conversation == null) {
            return;
        }
        verdicts.showing(conversation::getVerdict);
        note.textProperty().bindBidirectional(conversation.draftProperty());
        unbinders.add(() -> note.textProperty().unbindBidirectional(conversation.draftProperty()));
        saveNote.disableProperty().bind(conversation.noteChangedProperty().not());
        unbinders.add(() -> saveNote.disableProperty().unbind());
        InvalidationListener show = (Observable o) -> showConversation();
        List<Observable> watched = List.of(
                conversation.verdictProperty(), conversation.saveStateProperty(), conversation.saveMessageProperty());
        watched.forEach(o -> o.addListener(show));
        unbinders.add(() -> watched.forEach(o -> o.removeListener(show)));
        ListChangeListener<String> labelsChanged = change -> showConversation();
        conversation.labels().addListener(labelsChanged);
        unbinders.add(() -> conversation.labels().removeListener(labelsChanged));
        showConversation();
    }

    private void showConversation() {
        ConversationReviewViewModel conversation = bound;
        if (conversation == null) {
            return;
        }
        verdicts.show(conversation.getVerdict());
        labels.getChildren().clear();
        for (String label : conversation.labels()) {
            labels.getChildren().add(chip(conversation, label));
        }
        shown(labels, !conversation.labels().isEmpty());
        SaveState state = conversation.saveStateProperty().get();
        String message = conversation.saveMessageProperty().get();
        saveStatus.setText(message);
        saveStatus.getStyleClass().removeAll("save-quiet", "save-ok", "save-failed");
        saveStatus
                .getStyleClass()
                .add(state == SaveState.FAILED ? "save-failed" : state == SaveState.SAVED ? "save-ok" : "save-quiet");
        shown(saveStatus, !message.isEmpty());
        shown(retry, state == SaveState.FAILED);
    }

    /** A label as a chip, with a button that takes it off. */
    private static Node chip(ConversationReviewViewModel conversation, String label) {
        Label text = new Label(label, new FontIcon(MaterialDesignT.TAG_OUTLINE));
        text.getStyleClass().add("review-label-text");
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.getStyleClass().addAll("flat", "small", "review-label-remove");
        remove.setTooltip(new Tooltip("Remove the label " + label));
        remove.setFocusTraversable(false);
        remove.setOnAction(e -> conversation.removeLabel(label));
        HBox chip = new HBox(2, text, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("review-label-chip");
        return chip;
    }

    private void saveNote() {
        if (bound != null && bound.noteChangedProperty().get()) {
            bound.saveNote();
        }
    }

    /**
     * In privacy mode a note with personal data in it is shown masked while it is not being edited (a screen shared
     * shows no caller's number in it); editing shows it as written, and it is saved as written.
     */
    private void showNote() {
        TextMask mask = review.mask().get();
        String text = note.getText() == null ? "" : note.getText();
        boolean masked = mask.isActive() && !editingNote && !note.isFocused() && mask.hides(text, 0, text.length());
        maskedNote.setText(masked ? mask.apply(text) : "");
        shown(maskedNote, masked);
        shown(note, !masked);
    }

    /** The masked note was clicked: the field takes its place, with the note as written, to edit. */
    private void editNote() {
        editingNote = true;
        showNote();
        note.requestFocus();
        note.end();
    }

    private void addLabel() {
        if (bound != null && bound.addLabel(labelField.getText())) {
            labelField.clear();
        }
    }

    // ---- for the tests -------------------------------------------------------------------------------------------

    Label bannerText() {
        return bannerText;
    }

    Label progress() {
        return progress;
    }

    TextField labelField() {
        return labelField;
    }

    FlowPane labels() {
        return labels;
    }

    Label saveStatus() {
        return saveStatus;
    }

    TextArea note() {
        return note;
    }

    /** The note as privacy mode shows it when it is not being edited. */
    Label maskedNote() {
        return maskedNote;
    }

    private static void shown(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
