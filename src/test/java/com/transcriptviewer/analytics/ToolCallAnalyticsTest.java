package com.transcriptviewer.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.library.LibraryStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics on a real library file holding {@link HandCountedLibrary}'s set, against the figures counted by hand. */
class ToolCallAnalyticsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @TempDir
    Path folder;

    private LibraryStore library;
    private LibraryAnalytics analytics;

    @BeforeEach
    void keepTheHandCountedSet() throws Exception {
        library = HandCountedLibrary.keep(folder.resolve("transcript-viewer.db"));
        analytics = new LibraryAnalytics(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void countsEachFunctionAsCountedByHand() throws Exception {
        AnalyticsReport report = analytics.report(AnalyticsQuery.all(UTC));

        assertThat(report.functions())
                .containsExactly(
                        new FunctionFigures("lookup_order", 3, 0, 0, 3, 1, 3, 2_000, 6_000),
                        new FunctionFigures("book_table", 2, 1, 2, 1, 1, 1, 1_000, 1_000),
                        new FunctionFigures("transfer", 1, 0, 0, 1, 0, 1, 100, 100));
        assertThat(report.total()).isEqualTo(new FunctionFigures("", 6, 1, 2, 5, 2, 5, 1_000, 6_000));
        assertThat(report.conversations()).isEqualTo(3);
        assertThat(report.days())
                .containsExactly(
                        new DayFigures(LocalDate.parse("2026-03-02"), 3, 1, 2),
                        new DayFigures(LocalDate.parse("2026-03-03"), 3, 1, 0));
        assertThat(report.latencyBuckets()).containsExactly(1, 1, 0, 1, 1, 1, 0, 0);
        assertThat(report.total().problemShare()).isEqualTo(2 / 6.0);
        assertThat(report.total().errorShare()).isEqualTo(2 / 5.0);
    }

    @Test
    void narrowsToDaysAssistantAndVersion() throws Exception {
        assertThat(analytics
                        .report(new AnalyticsQuery(null, null, "asst-1", "", UTC))
                        .total()
                        .calls())
                .isEqualTo(5);
        AnalyticsReport v2 = analytics.report(new AnalyticsQuery(null, null, "asst-1", "v2", UTC));
        assertThat(v2.total().calls()).isEqualTo(2);
        assertThat(v2.conversations()).isEqualTo(1);
        LocalDate third = LocalDate.parse("2026-03-03");
        AnalyticsReport day = analytics.report(AnalyticsQuery.days(third, third, "", "", UTC));
        assertThat(day.total().calls()).isEqualTo(3);
        assertThat(day.functions())
                .extracting(FunctionFigures::function)
                .containsExactly("book_table", "lookup_order", "transfer");
        // Days are the user's: at UTC+14 the calls of 10:00 and 11:00 UTC on the 3rd fall on the 4th.
        AnalyticsReport kiritimati = analytics.report(AnalyticsQuery.all(ZoneId.of("Pacific/Kiritimati")));
        assertThat(kiritimati.days())
                .containsExactly(
                        new DayFigures(LocalDate.parse("2026-03-02"), 3, 1, 2),
                        new DayFigures(LocalDate.parse("2026-03-04"), 3, 1, 0));
        assertThat(analytics
                        .report(AnalyticsQuery.days(LocalDate.parse("2026-04-01"), null, "", "", UTC))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void listsTheCallsBehindEveryFigureAndTheyAddUpToIt() throws Exception {
        AnalyticsQuery all = AnalyticsQuery.all(UTC);
        AnalyticsReport report = analytics.report(all);
        for (FunctionFigures figures : report.functions()) {
            String function = figures.function();
            assertThat(analytics
                            .calls(all, Figure.of(Figure.Kind.CALLS, function))
                            .total())
                    .isEqualTo(figures.calls());
            assertThat(analytics
                            .calls(all, Figure.of(Figure.Kind.PROBLEMS, function))
                            .total())
                    .isEqualTo(figures.problems());
            assertThat(analytics
                            .calls(all, Figure.of(Figure.Kind.ERRORS, function))
                            .total())
                    .isEqualTo(figures.errors());
            assertThat(analytics
                            .calls(all, Figure.of(Figure.Kind.LATENCY, function))
                            .total())
                    .isEqualTo(figures.timed());
        }
        long[] buckets = report.latencyBuckets();
        for (int bucket = 0; bucket < buckets.length; bucket++) {
            assertThat(analytics.calls(all, Figure.latencyBucket(bucket)).total())
                    .isEqualTo(buckets[bucket]);
        }
        for (DayFigures day : report.days()) {
            assertThat(analytics.calls(all, Figure.day(day.day())).total()).isEqualTo(day.calls());
        }
    }

    @Test
    void aCallRowSaysWhereToOpenItAndWhatItCountedAs() throws Exception {
        ToolCallAnalytics.Calls problems =
                analytics.calls(AnalyticsQuery.all(UTC), Figure.of(Figure.Kind.PROBLEMS, "book_table"));

        // Newest first.
        assertThat(problems.rows())
                .containsExactly(
                        new CallRow(
                                "conv-b",
                                "Call conv-b",
                                0,
                                "call_b1",
                                "book_table",
                                Instant.parse("2026-03-03T10:00:00Z"),
                                -1,
                                true,
                                false,
                                false),
                        new CallRow(
                                "conv-a",
                                "Call conv-a",
                                4,
                                "call_a3",
                                "book_table",
                                Instant.parse("2026-03-02T09:02:00Z"),
                                1_000,
                                true,
                                true,
                                true));
        ToolCallAnalytics.Calls slowest = analytics.calls(AnalyticsQuery.all(UTC), Figure.of(Figure.Kind.LATENCY, ""));
        assertThat(slowest.rows()).extracting(CallRow::latencyMs).containsExactly(6_000L, 2_000L, 1_000L, 300L, 100L);
    }

    @Test
    void namesTheKeptAssistantsAndTheirVersions() throws Exception {
        assertThat(analytics.assistants()).isEqualTo(Map.of("asst-1", List.of("v1", "v2"), "asst-2", List.of()));
    }

    @Test
    void writesTheTableAsCsvWithTheTotalLast() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        AnalyticsCsv.write(analytics.report(AnalyticsQuery.all(UTC)), out);

        assertThat(out.toString())
                .isEqualTo(AnalyticsCsv.HEADER + "\r\n"
                        + "lookup_order,3,0,0,0.0000,3,1,0.3333,3,2000,6000\r\n"
                        + "book_table,2,1,2,1.0000,1,1,1.0000,1,1000,1000\r\n"
                        + "transfer,1,0,0,0.0000,1,0,0.0000,1,100,100\r\n"
                        + ",6,1,2,0.3333,5,2,0.4000,5,1000,6000\r\n");
    }
}
