package com.transcriptviewer.export.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.testing.InMemoryReviewStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewExportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(ReviewExportCommand.Source source, ReviewExportRequest request) {
        return new ReviewExportCommand(source, new ReviewExporter(SecretScrubber.none()))
                .run(
                        request,
                        new CancelToken(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static ReviewExportCommand.Source source(ReviewStore store) {
        return new ReviewExportCommand.Source() {
            @Override
            public String describe() {
                return "the review database /data/transcript-viewer.db";
            }

            @Override
            public ReviewStore open() {
                return store;
            }
        };
    }

    @Test
    void writesWhatTheFilterAsksForAndClosesTheStore() throws Exception {
        InMemoryReviewStore store = new InMemoryReviewStore(
                ReviewSamples.someReviews().toArray(com.transcriptviewer.model.ReviewEntry[]::new));
        Path file = folder.resolve("reviews.csv");
        ReviewFilter anasCurrent = new ReviewFilter(null, Instant.parse("2026-03-03T00:00:00Z"), "ana", true);

        int status = run(source(store), new ReviewExportRequest(anasCurrent, ReviewExportFormat.CSV, file));

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Exported 1 review as CSV to ");
        assertThat(Files.readString(file)).contains(",e2\r\n").doesNotContain(",e1\r\n", ",e3\r\n", ",e5\r\n");
        assertThat(store.closed()).isTrue();
    }

    @Test
    void anUnreadableDatabaseIsItsOwnStatusAndWritesNothing() {
        Path file = folder.resolve("reviews.json");
        InMemoryReviewStore store = new InMemoryReviewStore().failWith("The database is locked by another program");

        int status = run(source(store), new ReviewExportRequest(ReviewFilter.all(), ReviewExportFormat.JSON, file));

        assertThat(status).isEqualTo(ReviewExportCommand.READ_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("transcript-viewer: could not read reviews from the review database"
                        + " /data/transcript-viewer.db: The database is locked by another program."
                        + System.lineSeparator());
        assertThat(Files.exists(file)).isFalse();
        assertThat(store.closed()).isTrue();
    }

    @Test
    void aStoreThatCannotOpenIsTheSameStatus() {
        ReviewExportCommand.Source broken = new ReviewExportCommand.Source() {
            @Override
            public String describe() {
                return "the team server db.example.com:5432/reviews";
            }

            @Override
            public ReviewStore open() throws StoreException {
                throw new StoreException("The team server rejected the password for user qa.");
            }
        };

        int status = run(
                broken, new ReviewExportRequest(ReviewFilter.all(), ReviewExportFormat.JSON, folder.resolve("r.json")));

        assertThat(status).isEqualTo(ReviewExportCommand.READ_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("the team server db.example.com:5432/reviews: The team server rejected the password");
    }

    @Test
    void aTeamServerThatCannotBeReachedWritesNothingRatherThanHalf() {
        Path file = folder.resolve("reviews.csv");
        InMemoryReviewStore store = new InMemoryReviewStore(
                        ReviewSamples.someReviews().get(0))
                .withStatus(new com.transcriptviewer.store.StoreStatus(
                        com.transcriptviewer.store.StoreStatus.Mode.TEAM,
                        false,
                        2,
                        "db.example.com:5432/reviews",
                        "Can't reach db.example.com"));

        int status = run(source(store), new ReviewExportRequest(ReviewFilter.all(), ReviewExportFormat.CSV, file));

        assertThat(status).isEqualTo(ReviewExportCommand.READ_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("could not reach the review database /data/transcript-viewer.db: Can't reach db.example.com.")
                .contains("so nothing was written");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void anUnwritableFileFailsBeforeTheDatabaseIsOpened() {
        Path missing = folder.resolve("nope").resolve("r.csv");
        InMemoryReviewStore store = new InMemoryReviewStore();

        int status = run(source(store), new ReviewExportRequest(ReviewFilter.all(), ReviewExportFormat.CSV, missing));

        assertThat(status).isEqualTo(ReviewExportCommand.WRITE_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
        assertThat(store.closed()).isFalse();
    }
}
