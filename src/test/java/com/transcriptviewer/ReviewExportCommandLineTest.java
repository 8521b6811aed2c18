package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.export.reviews.ReviewDates;
import com.transcriptviewer.export.reviews.ReviewExportFormat;
import com.transcriptviewer.export.reviews.ReviewExportRequest;
import com.transcriptviewer.store.ReviewFilter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --export-reviews}: its options, and what it says when they make no sense. */
class ReviewExportCommandLineTest {

    private static ReviewExportRequest parse(String... args) throws Exception {
        return CommandLine.parse(List.of(args)).exportReviews().orElseThrow();
    }

    @Test
    void theFormatComesFromTheFileNameAndCurrentVerdictsOfEveryoneByDefault() throws Exception {
        ReviewExportRequest request = parse("--export-reviews", "--out", "out/reviews.CSV");

        assertThat(request.format()).isEqualTo(ReviewExportFormat.CSV);
        assertThat(request.out()).isEqualTo(Path.of("out/reviews.CSV"));
        assertThat(request.filter()).isEqualTo(new ReviewFilter(null, null, null, true));
        assertThat(CommandLine.parse(List.of()).exportReviews()).isEmpty();
    }

    @Test
    void readsEveryChoice() throws Exception {
        ReviewExportRequest request = parse(
                "--export-reviews",
                "--format",
                "json",
                "--out",
                "reviews.txt",
                "--since",
                "2026-03-01",
                "--until",
                "2026-03-31T12:00:00Z",
                "--reviewer",
                "Ana Lima",
                "--history");

        assertThat(request.format()).isEqualTo(ReviewExportFormat.JSON);
        ZoneId zone = ZoneId.systemDefault();
        assertThat(request.filter())
                .isEqualTo(new ReviewFilter(
                        ReviewDates.since("2026-03-01", zone).orElseThrow(),
                        Instant.parse("2026-03-31T12:00:00Z"),
                        "Ana Lima",
                        false));
        assertThat(parse("--export-reviews", "--out", "r.json", "--until", "2026-03-31")
                        .filter()
                        .until())
                .as("the whole last day")
                .isEqualTo(ReviewDates.endOf(java.time.LocalDate.of(2026, 3, 31), zone));
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> parse("--export-reviews"))
                .hasMessage("--export-reviews needs --out PATH, the file to write.");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "reviews.txt"))
                .hasMessage("--out reviews.txt: add --format csv or json (the file name does not say which).");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--format", "md"))
                .hasMessage("--format for --export-reviews must be csv or json, not md.");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--since", "last week"))
                .hasMessage("--since must be a day (2026-03-01) or a moment (2026-03-01T09:30:00Z), not last week.");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--until", "2026-13-01"))
                .hasMessageStartingWith("--until must be a day");
        assertThatThrownBy(() ->
                        parse("--export-reviews", "--out", "r.csv", "--since", "2026-03-02", "--until", "2026-03-01"))
                .hasMessage("--since 2026-03-02 is not before --until 2026-03-01: no review could match.");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--reviewer"))
                .hasMessage("--reviewer needs a value.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--since", "2026-03-01")))
                .hasMessage("--since, --until, --reviewer and --history only apply to --export-reviews.");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--export", "abc", "--out", "x.json", "--history")))
                .hasMessage("--since, --until, --reviewer and --history only apply to --export-reviews.");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--conversation", "abc"))
                .hasMessageStartingWith("--export-reviews runs without a window");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--export", "abc"))
                .hasMessageStartingWith("--export-reviews runs without a window");
    }
}
