package com.transcriptviewer.export.reviews;

import static com.transcriptviewer.export.reviews.ReviewSamples.call;
import static com.transcriptviewer.export.reviews.ReviewSamples.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.export.SecretScrubber;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.SizeFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewExporterTest {

    private static final String KEY = "KEY0123456789ABCDEF_secret";

    @TempDir
    Path folder;

    @Test
    void writesTheFileAndSaysWhereAndHowMuch() throws Exception {
        Path file = folder.resolve("reviews.csv");
        ReviewExportResult result = new ReviewExporter(SecretScrubber.none())
                .export(ReviewSamples.someReviews(), ReviewExportFormat.CSV, file, new CancelToken());

        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.bytes()).isEqualTo(Files.size(file));
        assertThat(result.describe())
                .isEqualTo("Exported 5 reviews as CSV to " + file.toAbsolutePath() + " ("
                        + SizeFormat.bytes(Files.size(file)) + ").");
        assertThat(new ReviewExportResult(file, 10, 0, ReviewExportFormat.JSON).describe())
                .endsWith("No review matched the choices.");
        assertThat(new ReviewExportResult(file, 10, 1, ReviewExportFormat.JSON).describe())
                .startsWith("Exported 1 review as JSON");
    }

    @Test
    void theApiKeyNeverReachesTheFile() throws Exception {
        Path file = folder.resolve("reviews.json");
        new ReviewExporter(new SecretScrubber(List.of(KEY)))
                .export(
                        List.of(ReviewSamples.withLabels(
                                entry(
                                        "e",
                                        call(0, 0, "c", "f"),
                                        "ana",
                                        Verdict.WRONG,
                                        "pasted " + KEY,
                                        "2026-03-01T00:00:00Z"),
                                "key " + KEY)),
                        ReviewExportFormat.JSON,
                        file,
                        new CancelToken());

        assertThat(Files.readString(file)).doesNotContain(KEY).contains("[redacted]");
    }

    @Test
    void aCancelledExportLeavesTheOldFile() throws Exception {
        Path file = folder.resolve("reviews.csv");
        Files.writeString(file, "old");
        CancelToken cancel = new CancelToken();
        cancel.cancel();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReviewExporter(SecretScrubber.none())
                        .export(ReviewSamples.someReviews(), ReviewExportFormat.CSV, file, cancel))
                .isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void formatsComeFromTheirNamesOrTheFileName() {
        assertThat(ReviewExportFormat.fromOptionName(" CSV ")).contains(ReviewExportFormat.CSV);
        assertThat(ReviewExportFormat.fromOptionName("xml")).isEmpty();
        assertThat(ReviewExportFormat.fromFileName(Path.of("a/b.Json"))).contains(ReviewExportFormat.JSON);
        assertThat(ReviewExportFormat.fromFileName(Path.of("reviews"))).isEmpty();
    }

    @Test
    void aDayIsWholeAtBothEndsAndAMomentIsExact() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(ReviewDates.since("2026-03-01", berlin)).contains(java.time.Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(ReviewDates.until("2026-03-31", berlin)).contains(java.time.Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(ReviewDates.since("2026-03-01T09:30:00Z", berlin))
                .contains(java.time.Instant.parse("2026-03-01T09:30:00Z"));
        assertThat(ReviewDates.until("2026-03-01T09:30:00+02:00", berlin))
                .contains(java.time.Instant.parse("2026-03-01T07:30:00Z"));
        assertThat(ReviewDates.since("yesterday", berlin)).isEmpty();
        assertThat(ReviewDates.since("2026-02-30", berlin)).isEmpty();
        assertThat(ReviewDates.endOf(LocalDate.of(2026, 3, 1), ZoneOffset.UTC))
                .isEqualTo(java.time.Instant.parse("2026-03-02T00:00:00Z"));
    }
}
