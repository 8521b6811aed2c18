package com.transcriptviewer.export.reviews.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.export.reviews.ReviewExportFormat;
import com.transcriptviewer.export.reviews.ReviewSamples;
import com.transcriptviewer.export.reviews.view.ReviewExportViewModel.Phase;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.testing.InMemoryReviewStore;
import com.transcriptviewer.text.CurrentMask;
import com.transcriptviewer.text.SizeFormat;
import com.transcriptviewer.text.TextMask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export reviews… without a scene: background work runs when the test says so, FX work at once. */
class ReviewExportViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), BERLIN);

    @TempDir
    Path folder;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final FxExecutors executors = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});
    private final InMemoryReviewStore store =
            new InMemoryReviewStore(ReviewSamples.someReviews().toArray(ReviewEntry[]::new));
    private final List<ReviewFilter> asked = new ArrayList<>();
    private final ReviewExportViewModel export = new ReviewExportViewModel(
            filter -> {
                asked.add(filter);
                return store.entries(filter);
            },
            SecretScrubber::none,
            executors,
            BERLIN,
            CLOCK);

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void theChoicesMakeTheFilterDaysWholeInTheAppsZone() {
        assertThat(export.filter()).isEqualTo(new ReviewFilter(null, null, null, true));

        export.fromProperty().set(LocalDate.of(2026, 3, 1));
        export.toProperty().set(LocalDate.of(2026, 3, 2));
        export.reviewerProperty().set("ana");
        export.currentOnlyProperty().set(false);

        assertThat(export.filter())
                .isEqualTo(new ReviewFilter(
                        Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-02T23:00:00Z"), "ana", false));
    }

    @Test
    void theReviewersAreReadOffTheFxThreadAndAChosenOneStays() {
        export.reviewerProperty().set("zoe");
        export.opened();
        assertThat(export.reviewers()).as("not yet: read in the background").isEmpty();

        runBackground();

        assertThat(asked).containsExactly(new ReviewFilter(null, null, null, false));
        assertThat(export.reviewers()).containsExactly("ana", "bo", "zoe");
        assertThat(export.reviewerProperty().get()).isEqualTo("zoe");
    }

    @Test
    void writesTheChosenEntriesOffTheFxThreadAndSaysWhere() throws Exception {
        export.formatProperty().set(ReviewExportFormat.JSON);
        export.reviewerProperty().set("ana");
        Path typed = folder.resolve("march");

        export.export(typed);

        Path file = folder.resolve("march.json");
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.WRITING);
        assertThat(export.busyProperty().get()).isTrue();
        assertThat(export.canExportProperty().get()).as("one export at a time").isFalse();
        assertThat(export.messageProperty().get()).isEqualTo("Writing reviews to " + file + "…");
        assertThat(Files.exists(file)).isFalse();

        runBackground();

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(export.messageProperty().get())
                .isEqualTo("Exported 2 reviews as JSON to " + file.toAbsolutePath() + " ("
                        + SizeFormat.bytes(Files.size(file)) + ").");
        assertThat(Files.readString(file))
                .contains("\"id\":\"e2\"", "\"id\":\"e5\"")
                .doesNotContain("\"e1\"");
        assertThat(export.lastFolderProperty().get()).isEqualTo(folder);
        assertThat(export.canExportProperty().get()).isTrue();

        export.currentOnlyProperty().set(false);
        assertThat(export.messageProperty().get())
                .as("a new choice clears the last outcome")
                .isEmpty();
    }

    @Test
    void writtenWhilePrivacyModeIsOnTheNotesAreMasked() throws Exception {
        InMemoryReviewStore withNumbers = new InMemoryReviewStore(ReviewSamples.entry(
                "n1",
                ReviewSamples.call(4, 0, "call_book_1", "book_appointment"),
                "ana",
                Verdict.WRONG,
                "Caller gave (312) 555-0142 and jordan.lee@example.com",
                "2026-03-01T09:00:00Z"));
        CurrentMask mask = new CurrentMask();
        ReviewExportViewModel masked =
                new ReviewExportViewModel(withNumbers::entries, SecretScrubber::none, executors, BERLIN, CLOCK, mask);
        mask.set(PrivacyMasks.forConversation(null));
        Path on = folder.resolve("on.csv");
        masked.export(on);
        runBackground();
        assertThat(Files.readString(on))
                .contains("Caller gave (312) •••-••42 and j•••••.•••@example.com")
                .doesNotContain("555-0142")
                .doesNotContain("jordan.lee@");

        mask.set(TextMask.NONE);
        Path off = folder.resolve("off.csv");
        masked.export(off);
        runBackground();
        assertThat(Files.readString(off)).contains("Caller gave (312) 555-0142 and jordan.lee@example.com");
    }

    @Test
    void aDatabaseThatCannotBeReadWritesNothingAndSaysWhy() throws Exception {
        store.failWith("The review database is locked by another program.");
        Path file = folder.resolve("reviews.csv");

        export.export(file);
        runBackground();

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(export.messageProperty().get())
                .isEqualTo("Could not read the reviews, so nothing was written: The review database is locked by"
                        + " another program.");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aTeamServerThatCouldNotBeReachedIsSaidBesideTheOutcome() throws Exception {
        ReviewExportViewModel partial = new ReviewExportViewModel(
                new ReviewExportViewModel.Reviews() {
                    @Override
                    public List<ReviewEntry> entries(ReviewFilter filter) throws StoreException {
                        return store.entries(filter);
                    }

                    @Override
                    public Optional<String> incomplete() {
                        return Optional.of("the team server could not be reached (Can't reach db).");
                    }
                },
                SecretScrubber::none,
                executors,
                BERLIN,
                CLOCK);

        partial.export(folder.resolve("reviews.csv"));
        runBackground();

        assertThat(partial.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(partial.messageProperty().get())
                .endsWith(" Only this computer's reviews are in it: the team server could not be reached (Can't"
                        + " reach db).");
    }

    @Test
    void daysTheWrongWayRoundCannotBeExported() {
        export.fromProperty().set(LocalDate.of(2026, 3, 2));
        export.toProperty().set(LocalDate.of(2026, 3, 1));

        assertThat(export.dateProblemProperty().get()).contains("no review could match");
        assertThat(export.canExportProperty().get()).isFalse();
        export.export(folder.resolve("r.csv"));
        assertThat(background).isEmpty();

        export.toProperty().set(LocalDate.of(2026, 3, 2));
        assertThat(export.dateProblemProperty().get()).isEmpty();
        assertThat(export.canExportProperty().get()).isTrue();
    }

    @Test
    void anUnwritableFolderIsSaidBeforeAnythingIsRead() {
        Path file = folder.resolve("missing").resolve("r.csv");

        export.export(file);

        assertThat(export.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(export.messageProperty().get())
                .isEqualTo("Could not export: The folder " + file.getParent() + " does not exist.");
        assertThat(background).isEmpty();
    }

    @Test
    void closingWhileWritingLeavesTheOldFileAsItWas() throws Exception {
        Path file = folder.resolve("reviews.csv");
        Files.writeString(file, "old");

        export.export(file);
        export.cancel();
        runBackground();

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(export.phaseProperty().get()).isEqualTo(Phase.IDLE);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void theProposedFileNameSaysWhatIsInIt() {
        assertThat(export.suggestedFileName()).isEqualTo("reviews-2026-03-05.csv");
        export.formatProperty().set(ReviewExportFormat.JSON);
        export.fromProperty().set(LocalDate.of(2026, 3, 1));
        export.toProperty().set(LocalDate.of(2026, 3, 31));
        assertThat(export.suggestedFileName()).isEqualTo("reviews 2026-03-01 to 2026-03-31.json");
        export.toProperty().set(null);
        export.reviewerProperty().set("ana/qa");
        assertThat(export.suggestedFileName()).isEqualTo("reviews from 2026-03-01 ana_qa.json");
    }
}
