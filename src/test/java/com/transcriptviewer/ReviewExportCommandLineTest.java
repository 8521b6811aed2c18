package com.transcriptviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.export.reviews.ReviewDates;
import com.transcriptviewer.export.reviews.ReviewExportCommand;
import com.transcriptviewer.export.reviews.ReviewExportFormat;
import com.transcriptviewer.export.reviews.ReviewExportRequest;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.store.ReviewFilter;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.ReviewStores;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --export-reviews}: its options and what it says when they make no sense; runs on a real review database in
 * folders of the test's own (the XDG variables), in-process and as a process without JavaFX; and {@code --export}
 * carries the reviews too.
 */
class ReviewExportCommandLineTest {

    @TempDir
    Path home;

    /** The folders the commands use: the settings and the database under the test's home, never the user's. */
    private Map<String, String> env() {
        return CommandRun.homeFolders(home);
    }

    private Path database() {
        return ReviewStores.defaultDatabaseFile(home.resolve("data").resolve("transcript-viewer"));
    }

    private CommandRun launch(String... args) {
        return CommandRun.launch(env(), args);
    }

    /** Verdicts on the dental booking call, by two reviewers, in the database the commands will read. */
    private void seed() throws Exception {
        String id = DemoData.APPOINTMENT_BOOKING_ID;
        List<Message> messages = DemoData.generate().messages(id);
        int withCall = 0;
        while (messages.get(withCall).toolCalls().isEmpty()) {
            withCall++;
        }
        ReviewItem call = ReviewItem.toolCall(
                id, withCall, 0, messages.get(withCall).toolCalls().get(0), false);
        try (ReviewStore store = ReviewStores.openLocal(database())) {
            store.save(
                    new ReviewEntry("e1", call, "ana", Verdict.WRONG, "=1+1, said \"Tuesday\"", List.of(), "ok", T0));
            store.save(new ReviewEntry(
                    "e2", call, "ana", Verdict.CORRECT, "Fine after all", List.of(), "ok", T0.plusSeconds(3600)));
            store.save(new ReviewEntry(
                    "e3",
                    ReviewItem.conversation(id),
                    "bo",
                    Verdict.UNSURE,
                    "Ask the clinic",
                    List.of("follow-up"),
                    null,
                    T0.plusSeconds(7200)));
        }
    }

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

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

    // ---- running -------------------------------------------------------------------------------------------------

    @Test
    void writesTheCurrentVerdictsAsCsvFromTheDatabaseOnThisComputer() throws Exception {
        seed();
        Path file = home.resolve("reviews.csv");

        CommandRun run = launch("--export-reviews", "--out", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Exported 2 reviews as CSV to " + file.toAbsolutePath());
        String csv = Files.readString(file);
        assertThat(csv.lines().toList())
                .hasSize(3)
                .element(0)
                .asString()
                .startsWith("conversation_id,tool_call_id,item_key");
        assertThat(csv).contains(",correct,Fine after all,").contains(",unsure,Ask the clinic,follow-up,bo,");
        assertThat(csv).as("the changed verdict is history").doesNotContain("Tuesday");
    }

    @Test
    void theHistoryOfOneReviewerAsLangfuseScores() throws Exception {
        seed();
        Path file = home.resolve("ana.json");

        CommandRun run = launch(
                "--export-reviews",
                "--out",
                file.toString(),
                "--reviewer",
                "ana",
                "--history",
                "--since",
                "2026-03-02T00:00:00Z",
                "--until",
                "2026-03-03T00:00:00Z");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(file.toFile());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("comment").asText()).isEqualTo("=1+1, said \"Tuesday\"");
        assertThat(rows.get(0).get("name").asText()).isEqualTo("tool_call_verdict");
        assertThat(rows.get(1).get("value").asText()).isEqualTo("correct");
    }

    @Test
    void withoutADatabaseItSaysSoAndCreatesNone() {
        Path file = home.resolve("reviews.csv");

        CommandRun run = launch("--export-reviews", "--out", file.toString());

        assertThat(run.status()).isEqualTo(ReviewExportCommand.READ_FAILED);
        assertThat(run.err())
                .isEqualTo("transcript-viewer: could not read reviews from the review database " + database()
                        + ": It does not exist: no review has been saved on this computer yet."
                        + System.lineSeparator());
        assertThat(Files.exists(database())).isFalse();
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReadIsItsOwnStatus() throws Exception {
        Files.createDirectories(database().getParent());
        Files.writeString(database(), "this is not a database, only some text that fills a page. ".repeat(100));
        Path file = home.resolve("reviews.csv");

        CommandRun run = launch("--export-reviews", "--out", file.toString());

        assertThat(run.status()).isEqualTo(ReviewExportCommand.READ_FAILED);
        assertThat(run.err()).startsWith("transcript-viewer: could not read reviews from the review database ");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aBadOptionIsAUsageError() {
        CommandRun run =
                launch("--export-reviews", "--out", home.resolve("r.csv").toString(), "--since", "soon");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("transcript-viewer: --since must be a day");
    }

    @Test
    void theConversationExportCarriesTheReviewsToo() throws Exception {
        seed();
        Path file = home.resolve("booking.md");

        CommandRun run = launch("--demo", "--export", DemoData.APPOINTMENT_BOOKING_ID, "--out", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(file))
                .contains("- Reviewed by: ana, bo\n")
                .contains("## Review\n\n**? Unsure** by bo")
                .contains("Review: **✓ Correct** by ana");
    }

    /** As --export: taken off the class path, no JavaFX class is missed, and none is loaded. */
    @Test
    void runsAsAProcessThatLoadsNoJavaFxClass() throws Exception {
        seed();
        Path file = home.resolve("reviews.json");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String withoutJavaFx = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("openjfx") && !entry.contains("javafx"))
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info",
                "-Dtranscriptviewer.keystore=memory",
                "-cp",
                withoutJavaFx,
                Launcher.class.getName(),
                "--export-reviews",
                "--out",
                file.toString());
        builder.environment().putAll(env());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")))
                .as("JavaFX classes loaded")
                .isEmpty();
        assertThat(output).contains("Exported 2 reviews as JSON to ");
        assertThat(new ObjectMapper().readTree(file.toFile())).hasSize(2);
        assertThat(classPath).as("JavaFX was on the class path to take off").contains("javafx");
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
                .hasMessage("--since, --until, --reviewer and --history only apply to --export-reviews"
                        + " (--since and --until also to --sync).");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--export", "abc", "--out", "x.json", "--history")))
                .hasMessage("--since, --until, --reviewer and --history only apply to --export-reviews"
                        + " (--since and --until also to --sync).");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--conversation", "abc"))
                .hasMessageStartingWith("--export-reviews runs without a window");
        assertThatThrownBy(() -> parse("--export-reviews", "--out", "r.csv", "--export", "abc"))
                .hasMessageStartingWith("--export-reviews runs without a window");
    }
}
