package com.transcriptviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON copy of a current entry, and how a newer app's rows read. */
class ReviewSqlTest {

    @Test
    void anEntryReadsBackFromItsJsonCopy() throws Exception {
        ReviewEntry entry = new ReviewEntry(
                "e-1",
                ReviewItem.conversation("conv \"1\""),
                "Ann\tLee",
                null,
                "line\nbreak \u0001 \ud83d\ude00 \\ \"",
                List.of("a", "b\u0007"),
                null,
                Instant.parse("2026-01-02T03:04:05.000006Z"));

        assertThat(ReviewRows.parseEntry(ReviewRows.entryJson(entry))).isEqualTo(entry);
    }

    @Test
    void whatANewerAppAddedIsSkippedAndWhatItNamesDifferentlyIsToldFromTheKey() throws Exception {
        String json = "{\"event_id\": \"e-2\", \"conversation_id\": \"c\", \"item_key\": \"msg:3:1\","
                + " \"identity\": \"SOMETHING_NEW\", \"tool_call_id\": \"x\", \"message_index\": 3, \"position\": 1,"
                + " \"function_name\": \"f\", \"reviewer\": \"bob\", \"verdict\": \"half-right\", \"note\": \"\","
                + " \"labels\": [], \"severity\": {\"level\": [1, 2]}, \"check_status\": \"ok\","
                + " \"saved_at_us\": 1000001}";

        ReviewEntry entry = ReviewRows.parseEntry(json);

        assertThat(entry.item().identity()).isEqualTo(ReviewItem.Identity.POSITION_REPEATED_ID);
        assertThat(entry.verdict()).isNull();
        assertThat(entry.checkStatus()).isEqualTo("ok");
        assertThat(entry.savedAt()).isEqualTo(Instant.parse("1970-01-01T00:00:01.000001Z"));
        assertThat(ReviewRows.parseEntry(json.replace("half-right", "wrong")).verdict())
                .isEqualTo(Verdict.WRONG);
    }

    @Test
    void timesBeforeNineteenSeventyKeepTheirMicroseconds() {
        Instant early = Instant.parse("1969-12-31T23:59:59.999999Z");

        assertThat(ReviewSql.instant(ReviewSql.micros(early))).isEqualTo(early);
        assertThat(ReviewSql.micros(early)).isEqualTo(-1);
    }
}
