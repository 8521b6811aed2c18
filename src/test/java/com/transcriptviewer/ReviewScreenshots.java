package com.transcriptviewer;

import static com.transcriptviewer.WindowFixture.onFx;
import static com.transcriptviewer.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.review.CallReviewViewModel;
import com.transcriptviewer.review.ReviewViewModel;
import com.transcriptviewer.review.SaveState;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import com.transcriptviewer.store.TeamServer;
import com.transcriptviewer.transcript.TranscriptRow;
import com.transcriptviewer.transcript.bubble.FormatState;
import com.transcriptviewer.transcript.bubble.ToolCallCardViewModel;
import com.transcriptviewer.transcript.filter.TranscriptFilterViewModel;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PNGs of the QA review, to {@code target/screenshots/} ({@code mvn -Pscreenshots verify}): the review on an expanded
 * card (verdict, check, note, another reviewer's verdict), the verdict badges on collapsed cards with the header's
 * progress and the browser's column, and the review panel with labels, light and dark; then the banner when the team
 * server cannot be reached.
 */
@Tag("screenshots")
class ReviewScreenshots extends WindowTest {

    @Test
    void reviewInLightAndDark() throws Exception {
        ReviewStore store = ReviewStores.openLocal(home.resolve("reviews").resolve(ReviewStores.DATABASE_FILE_NAME));
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("review"), store, "--conversation", DemoData.TOOL_ERRORS_ID)) {
            window.awaitFirstPage();
            window.awaitChecks();
            ReviewViewModel review = window.desktop().review();
            waitUntil(() -> review.loadStateProperty().get() == ReviewViewModel.LoadState.LOADED);

            // Another reviewer judged the booking call an hour ago.
            int booking = 14;
            ToolCallCardViewModel card = card(window, booking);
            ReviewItem item = onFx(() -> card.reviewItem(DemoData.TOOL_ERRORS_ID, booking));
            store.save(new ReviewEntry(
                    UUID.randomUUID().toString(),
                    item,
                    "Ana",
                    Verdict.CORRECT,
                    "The guest said the phone number later; fine to book.",
                    List.of(),
                    "schema_mismatch",
                    Instant.now().minusSeconds(3600)));
            onFx(review::refresh);
            waitUntil(() -> review.loadStateProperty().get() == ReviewViewModel.LoadState.LOADED);

            // The reviewer judges a few calls by key, as a reviewer would, and this one with a note.
            for (int index : new int[] {2, 4, 6}) {
                onFx(() -> {
                    review.select(index);
                    review.judge(index == 6 ? Verdict.CORRECT : Verdict.WRONG);
                });
            }
            onFx(() -> {
                window.list().getSelectionModel().select(booking);
                window.list().scrollTo(booking);
                window.list().requestFocus();
                review.select(booking);
                review.judge(Verdict.WRONG);
                CallReviewViewModel call = review.currentProperty().get();
                call.beginNote();
                call.draftProperty().set("The guest gave no phone number; the booking went through without one.");
                call.commitNote();
            });
            CallReviewViewModel call = onFx(() -> review.currentProperty().get());
            waitUntil(() -> call.saveStateProperty().get() == SaveState.SAVED && card.getState() == FormatState.DONE);
            shoot(window, "review-card-light.png");

            TranscriptFilterViewModel filters = window.desktop().transcriptFilters();
            onFx(() -> {
                card.setExpanded(false);
                filters.toolCallsOnlyProperty().set(true);
                filters.showToolProperty().set(false);
                window.list().scrollTo(0);
            });
            shoot(window, "review-badges-light.png");

            onFx(() -> {
                review.openProperty().set(true);
                var whole = review.conversationProperty().get();
                whole.choose(Verdict.WRONG);
                whole.addLabel("missing-phone");
                whole.addLabel("wrong-party-size");
                whole.draftProperty().set("Booked without a phone number twice.");
                whole.saveNote();
            });
            waitUntil(() ->
                    review.conversationProperty().get().saveStateProperty().get() == SaveState.SAVED);
            shoot(window, "review-panel-light.png");

            onFx(() -> window.desktop().mainViewModel().toggleTheme());
            shoot(window, "review-panel-dark.png");
            onFx(() -> {
                review.openProperty().set(false);
                filters.clear();
                card.setExpanded(true);
                window.list().scrollTo(booking);
            });
            shoot(window, "review-card-dark.png");
            onFx(() -> {
                card.setExpanded(false);
                filters.toolCallsOnlyProperty().set(true);
                filters.showToolProperty().set(false);
                window.list().scrollTo(0);
            });
            shoot(window, "review-badges-dark.png");

            onFx(() -> window.desktop().mainViewModel().toggleTheme());
        }

        // The same reviewer on a team whose server cannot be reached: the verdicts wait on this computer.
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ReviewStore team = ReviewStores.openTeam(
                home.resolve("team").resolve(ReviewStores.DATABASE_FILE_NAME),
                new TeamServer("jdbc:postgresql://127.0.0.1:" + closedPort + "/reviews", "qa"),
                "secret");
        try (WindowFixture window =
                WindowFixture.demo(stage, home.resolve("team"), team, "--conversation", DemoData.TOOL_ERRORS_ID)) {
            window.awaitFirstPage();
            window.awaitChecks();
            ReviewViewModel review = window.desktop().review();
            waitUntil(() -> review.loadStateProperty().get() == ReviewViewModel.LoadState.LOADED);
            onFx(() -> {
                review.openProperty().set(true);
                review.select(2);
                review.judge(Verdict.WRONG);
            });
            waitUntil(() -> review.bannerProperty().get().startsWith("Team server unreachable — 1"));
            shoot(window, "review-unreachable-light.png");
        }
    }

    private static ToolCallCardViewModel card(WindowFixture window, int messageIndex) throws Exception {
        return onFx(() -> ((TranscriptRow.MessageRow) window.transcript().rows().get(messageIndex))
                .bubble()
                .toolCards()
                .get(0));
    }

    private static void shoot(WindowFixture window, String name) throws Exception {
        window.screenshot(name);
        assertThat(Files.size(WindowFixture.SCREENSHOTS.resolve(name))).isGreaterThan(10_000);
    }
}
