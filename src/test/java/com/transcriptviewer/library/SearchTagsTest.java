package com.transcriptviewer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The index's words for the search's filters: the view of migration 4 writes the same for every message. */
class SearchTagsTest {

    @Test
    void aValueIsTheHexOfItsUtf8() {
        assertThat(SearchTags.channel("phone_call")).isEqualTo("ch70686f6e655f63616c6c");
        assertThat(SearchTags.role("Tool")).isEqualTo("ro746f6f6c");
        assertThat(SearchTags.assistant("é")).isEqualTo("asc3a9");
        assertThat(SearchTags.channel("")).isEqualTo("ch");
        assertThat(SearchTags.function("f")).isEqualTo("(fn66 OR fr66)");
    }

    @Test
    void aRangeOfDaysIsTheFewestWholeYearsMonthsAndDays() {
        assertThat(SearchTags.days(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")))
                .isEqualTo("dy20260302");
        assertThat(SearchTags.days(Instant.parse("2026-01-30T10:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")))
                .isEqualTo("(dy20260130 OR dy20260131 OR mo202602 OR dy20260301)");
        assertThat(SearchTags.days(Instant.parse("2024-12-31T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo("(dy20241231 OR yr2025)");
        // Open: from the first day the tags name, or to the last.
        assertThat(SearchTags.days(null, Instant.parse("1972-02-01T00:00:00Z")))
                .isEqualTo("(yr1970 OR yr1971 OR mo197201)");
        assertThat(SearchTags.days(Instant.parse("2199-11-30T00:00:00Z"), null)).isEqualTo("(dy21991130 OR mo219912)");
        // Nothing in it: a word no message has.
        assertThat(SearchTags.days(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")))
                .isEqualTo("nodays");
    }

    @Test
    void onlyAUtcMidnightStartsADay() {
        assertThat(SearchTags.startsADay(Instant.parse("2026-03-02T00:00:00Z"))).isTrue();
        assertThat(SearchTags.startsADay(Instant.parse("2026-03-02T00:00:00.000001Z")))
                .isFalse();
        assertThat(SearchTags.startsADay(Instant.parse("2026-03-01T23:00:00Z"))).isFalse();
    }
}
