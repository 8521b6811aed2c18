package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static com.transcriptviewer.testing.Nodes.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.assistant.view.InsightsViewModel;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.privacy.view.PrivacyViewModel;
import com.transcriptviewer.review.ReviewViewModel;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.ToolCallCard;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.ui.MarkStyles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Privacy mode beside the transcript: the insights panel and the summary under the title, and the reviewers' notes
 * (on the tool cards, the call's history, the review panel's note), masked while the mode is on and again as it is
 * switched; a note being edited shows as written and is saved so.
 */
class PrivacyPanelsFxTest extends WindowTest {

    private static final String EMAIL = "jordan.lee@example.com";
    private static final String MASKED_EMAIL = "j•••••.•••@example.com";
    /** The demo's table booking: message 14 calls one tool. */
    private static final int BOOKING = 14;

    private ReviewStore store;

    private static void privacy(WindowFixture window, boolean on) throws Exception {
        PrivacyViewModel privacy = window.desktop().privacy();
        onFx(() -> privacy.onProperty().set(on));
        waitUntil(() -> window.transcript().mask().get().isActive() == on);
    }

    /** On the FX thread: the texts of the insights panel's results. */
    private static List<String> insightTexts(WindowFixture window) {
        return window.scene().getRoot().lookupAll(".insight-text").stream()
                .map(node -> ((StyleClassedTextArea) node).getText())
                .toList();
    }

    private static String summaryLine(WindowFixture window) {
        return ((Label) window.scene().getRoot().lookup(".insight-summary-line")).getText();
    }

    @Test
    void theInsightsPanelAndTheSummaryLineAreMaskedAndAClickRevealsTheValueEverywhere(FxRobot robot) throws Exception {
        WindowFixture window = demoWindow("--conversation", DemoData.PASSWORD_RESET_ID);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().privacy() != null);
        InsightsViewModel insights = window.desktop().insights();
        waitUntil(() -> insights.getState() == InsightsViewModel.State.COMPLETED);
        onFx(() -> insights.openProperty().set(true));
        waitUntil(() -> insightTexts(window).stream().anyMatch(text -> text.contains(EMAIL)));
        assertThat(onFx(() -> summaryLine(window))).contains(EMAIL);

        privacy(window, true);
        waitUntil(() -> summaryLine(window).contains(MASKED_EMAIL));
        assertThat(onFx(() -> summaryLine(window))).doesNotContain(EMAIL);
        waitUntil(() -> insightTexts(window).stream().anyMatch(text -> text.contains(MASKED_EMAIL)));
        assertThat(onFx(() -> insightTexts(window))).noneMatch(text -> text.contains(EMAIL));

        // A click on the masked address reveals it: in the panel, and wherever else it appears.
        StyleClassedTextArea withEmail = onFx(() -> window.scene().getRoot().lookupAll(".insight-text").stream()
                .map(StyleClassedTextArea.class::cast)
                .filter(area -> area.getText().contains(MASKED_EMAIL))
                .findFirst()
                .orElseThrow());
        int inEmail = onFx(() -> withEmail.getText().indexOf(MASKED_EMAIL)) + 3;
        assertThat(onFx(() -> withEmail.getStyleOfChar(inEmail))).contains(MarkStyles.MASKED);
        waitUntil(
                () -> withEmail.getCharacterBoundsOnScreen(inEmail, inEmail + 1).isPresent());
        Bounds onScreen = onFx(
                () -> withEmail.getCharacterBoundsOnScreen(inEmail, inEmail + 1).orElseThrow());
        robot.clickOn(new Point2D(onScreen.getCenterX(), onScreen.getCenterY()));
        waitUntil(() -> insightTexts(window).stream().anyMatch(text -> text.contains(EMAIL)));
        waitUntil(() -> summaryLine(window).contains(EMAIL));
        assertThat(window.transcript().mask().get().apply("Mail " + EMAIL)).isEqualTo("Mail " + EMAIL);

        privacy(window, false);
        privacy(window, true);
        waitUntil(() -> summaryLine(window).contains(MASKED_EMAIL));

        privacy(window, false);
        waitUntil(() -> summaryLine(window).contains(EMAIL)
                && insightTexts(window).stream().anyMatch(text -> text.contains(EMAIL)));
    }

    // ---- the reviewers' notes ------------------------------------------------------------------------------------

    private WindowFixture reviewWindow() throws Exception {
        store = ReviewStores.openLocal(home.resolve("reviews").resolve(ReviewStores.DATABASE_FILE_NAME));
        WindowFixture window = WindowFixture.demo(stage, home, store, "--conversation", DemoData.TOOL_ERRORS_ID);
        open.add(window);
        window.awaitFirstPage();
        waitUntil(() -> window.desktop().review().loadStateProperty().get() == ReviewViewModel.LoadState.LOADED);
        waitUntil(() -> window.desktop().privacy() != null);
        return window;
    }

    /** This conversation's entries in the store, oldest first. */
    private List<ReviewEntry> saved() {
        try {
            return store.entries(new ReviewFilter(null, null, null, false)).stream()
                    .filter(entry -> entry.item().conversationId().equals(DemoData.TOOL_ERRORS_ID))
                    .toList();
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    private static ToolCallCardViewModel cardModel(WindowFixture window, int messageIndex) throws Exception {
        return onFx(() -> ((TranscriptRow.MessageRow) window.transcript().rows().get(messageIndex))
                .bubble()
                .toolCards()
                .get(0));
    }

    private static void select(WindowFixture window, int index) throws Exception {
        onFx(() -> {
            window.list().getSelectionModel().clearAndSelect(index);
            window.list().scrollTo(index);
            window.list().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The card on screen showing {@code model} (cells are bound anew when the mode switches). */
    private static ToolCallCard card(WindowFixture window, ToolCallCardViewModel model) throws Exception {
        AtomicReference<ToolCallCard> found = new AtomicReference<>();
        waitUntil(() -> {
            Optional<ToolCallCard> shownCard = window.list().lookupAll(".tool-card").stream()
                    .filter(node -> node instanceof ToolCallCard card && card.getViewModel() == model && shown(card))
                    .map(ToolCallCard.class::cast)
                    .findFirst();
            shownCard.ifPresent(found::set);
            return shownCard.isPresent();
        });
        return found.get();
    }

    private static String text(Node parent, String selector) throws Exception {
        return onFx(() -> ((Label) parent.lookup(selector)).getText());
    }

    private static List<String> texts(Node parent, String selector) throws Exception {
        return onFx(() -> parent.lookupAll(selector).stream()
                .map(node -> ((Label) node).getText())
                .toList());
    }

    @Test
    void notesOnACardAreMaskedWhileReadAndEditedAsWritten(FxRobot robot) throws Exception {
        WindowFixture window = reviewWindow();
        ToolCallCardViewModel model = cardModel(window, BOOKING);
        ReviewItem item = onFx(() -> model.reviewItem(DemoData.TOOL_ERRORS_ID, BOOKING));
        store.save(new ReviewEntry(
                UUID.randomUUID().toString(),
                item,
                "Ana",
                Verdict.WRONG,
                "The caller gave (312) 555-0142 twice.",
                List.of(),
                null,
                Instant.now().minusSeconds(7200)));
        onFx(() -> window.desktop().review().refresh());
        select(window, BOOKING);
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> saved().size() == 2);
        robot.type(KeyCode.N);
        waitUntil(() -> window.scene().getFocusOwner() instanceof TextArea area
                && area.getStyleClass().contains("review-note-editor"));
        robot.write("Mail " + EMAIL);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> saved().size() == 3);
        ToolCallCard card = card(window, model);
        waitUntil(() -> card.lookupAll(".review-other").size() == 1);
        robot.clickOn(onFx(() -> (Hyperlink) card.lookup(".review-history-link")));
        waitUntil(() -> card.lookupAll(".review-history-entry").size() == 3);
        assertThat(text(card, ".review-note")).isEqualTo("Mail " + EMAIL);

        privacy(window, true);
        ToolCallCard masked = card(window, model);
        waitUntil(() -> ((Label) masked.lookup(".review-note")).getText().equals("Mail " + MASKED_EMAIL));
        assertThat(texts(masked, ".review-other .review-entry-note"))
                .containsExactly("The caller gave (312) •••-••42 twice.");
        assertThat(texts(masked, ".review-history-entry .review-entry-note"))
                .containsExactly("The caller gave (312) •••-••42 twice.", "Mail " + MASKED_EMAIL);
        assertThat(onFx(() ->
                        ((Label) masked.lookup(".verdict-badge")).getTooltip().getText()))
                .contains("Note: Mail " + MASKED_EMAIL)
                .doesNotContain(EMAIL);

        // N edits the note as written, and it is saved so.
        select(window, BOOKING);
        robot.type(KeyCode.N);
        waitUntil(() -> window.scene().getFocusOwner() instanceof TextArea area
                && area.getStyleClass().contains("review-note-editor"));
        TextArea editor = (TextArea) window.scene().getFocusOwner();
        assertThat(onFx(() -> editor.getText())).isEqualTo("Mail " + EMAIL);
        robot.write(" today");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> saved().size() == 4);
        assertThat(saved().get(3).note()).isEqualTo("Mail " + EMAIL + " today");
        ToolCallCard after = card(window, model);
        waitUntil(() -> ((Label) after.lookup(".review-note")).getText().equals("Mail " + MASKED_EMAIL + " today"));

        privacy(window, false);
        ToolCallCard plain = card(window, model);
        waitUntil(() -> ((Label) plain.lookup(".review-note")).getText().equals("Mail " + EMAIL + " today"));
        assertThat(texts(plain, ".review-other .review-entry-note"))
                .containsExactly("The caller gave (312) 555-0142 twice.");
    }

    @Test
    void theConversationsNoteIsMaskedUntilItIsClickedToEdit(FxRobot robot) throws Exception {
        WindowFixture window = reviewWindow();
        onFx(() -> window.desktop().review().openProperty().set(true));
        waitUntil(() -> window.scene().lookup(".review-panel") != null);
        Node panel = window.scene().lookup(".review-panel");
        TextArea note = onFx(() -> (TextArea) panel.lookup("#review-conversation-note"));
        Label masked = onFx(() -> (Label) panel.lookup("#review-conversation-note-masked"));

        robot.clickOn(note).write("Call back on (312) 555-0142");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> saved().size() == 1);
        onFx(() -> window.list().requestFocus());

        privacy(window, true);
        waitUntil(() -> shown(masked) && !shown(note));
        assertThat(onFx(() -> masked.getText())).isEqualTo("Call back on (312) •••-••42");
        assertThat(onFx(() -> note.getText()))
                .as("the note itself is kept as written")
                .isEqualTo("Call back on (312) 555-0142");

        robot.clickOn(masked);
        waitUntil(() -> shown(note) && note.isFocused() && !shown(masked));
        robot.write(" after 5 pm");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> saved().size() == 2);
        assertThat(saved().get(1).note()).isEqualTo("Call back on (312) 555-0142 after 5 pm");

        onFx(() -> window.list().requestFocus());
        waitUntil(() -> shown(masked) && masked.getText().equals("Call back on (312) •••-••42 after 5 pm"));

        privacy(window, false);
        waitUntil(() -> shown(note) && !shown(masked));
        assertThat(onFx(() -> note.getText())).isEqualTo("Call back on (312) 555-0142 after 5 pm");
    }
}
