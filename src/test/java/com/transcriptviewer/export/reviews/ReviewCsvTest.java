package com.transcriptviewer.export.reviews;

import static com.transcriptviewer.export.reviews.ReviewSamples.call;
import static com.transcriptviewer.export.reviews.ReviewSamples.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewCsvTest {

    private static String csv(List<ReviewEntry> entries) throws IOException {
        StringWriter out = new StringWriter();
        new ReviewCsv().render(entries, out);
        return out.toString();
    }

    /** RFC 4180, as a strict reader sees it: records end with CRLF, quoted cells may hold anything. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(q);
                    }
                }
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c)
                        .as("a bare line break or quote outside quotes at " + i)
                        .isNotIn('\r', '\n', '"');
                cell.append(c);
                i++;
            }
        }
        assertThat(record).as("the last record ends with CRLF").isEmpty();
        return records;
    }

    @Test
    void oneRowPerEntryOldestFirstWithEveryColumn() throws Exception {
        List<ReviewEntry> shuffled = new ArrayList<>(ReviewSamples.someReviews());
        java.util.Collections.reverse(shuffled);

        List<List<String>> rows = parse(csv(shuffled));

        assertThat(rows.get(0))
                .containsExactly(
                        "conversation_id",
                        "tool_call_id",
                        "item_key",
                        "message_index",
                        "function",
                        "verdict",
                        "note",
                        "labels",
                        "reviewer",
                        "time",
                        "check_status",
                        "entry_id");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1))
                .containsExactly(
                        ReviewSamples.CONVERSATION,
                        "call_book_1",
                        "call:call_book_1",
                        "4",
                        "book_appointment",
                        "wrong",
                        "Wrong date",
                        "",
                        "ana",
                        "2026-03-01T09:00:00Z",
                        "schema_mismatch",
                        "e1");
        assertThat(rows.get(3).get(9)).isEqualTo("2026-03-02T11:00:00.250Z");
        assertThat(rows.get(3).get(10)).as("check status unknown").isEmpty();
        assertThat(rows.get(4))
                .as("a call without an id, known by its place")
                .startsWith(ReviewSamples.CONVERSATION, "", "msg:7:1", "7", "hangup", "correct");
        assertThat(rows.get(5))
                .as("the conversation as a whole: no message index, labels joined")
                .startsWith(
                        ReviewSamples.CONVERSATION,
                        "",
                        "conversation",
                        "",
                        "",
                        "wrong",
                        "Booked the wrong day",
                        "billing; escalate",
                        "ana");
    }

    @Test
    void notesWithCommasQuotesAndLineBreaksComeBackExactly() throws Exception {
        String note = "Said \"Tuesday\", booked Wednesday;\nthen\r\nhung up, twice.\n";
        List<List<String>> rows = parse(csv(List.of(
                entry("e1", call(1, 0, "c1", "book"), "Ana, QA", Verdict.WRONG, note, "2026-03-01T09:00:00Z"))));

        assertThat(rows.get(1).get(6)).isEqualTo(note);
        assertThat(rows.get(1).get(8)).isEqualTo("Ana, QA");
    }

    @Test
    void controlCharactersCannotBreakAReader() throws Exception {
        String text = csv(List.of(entry(
                "e1",
                call(1, 0, "c1", "book"),
                "ana",
                Verdict.WRONG,
                "a\u0000b\u0007c\u001Bd\u007Fe\tf",
                "2026-03-01T09:00:00Z")));

        assertThat(text).doesNotContain("\u0000", "\u0007", "\u001B", "\u007F");
        assertThat(parse(text).get(1).get(6)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreTurnedIntoText() throws Exception {
        List<ReviewEntry> entries = new ArrayList<>();
        String[] dangerous = {
            "=HYPERLINK(\"http://evil.test\",\"click\")",
            "+1+1",
            "-2+3",
            "@SUM(A1:A2)",
            "\t=1",
            "\r=1",
            "=cmd|' /C calc'!A0"
        };
        for (int i = 0; i < dangerous.length; i++) {
            entries.add(entry(
                    "e" + i,
                    call(i, 0, "c" + i, "book"),
                    "ana",
                    Verdict.WRONG,
                    dangerous[i],
                    "2026-03-01T09:00:0" + i + "Z"));
        }
        entries.add(
                entry("x", call(9, 0, "c9", "=evil()"), "=bo", Verdict.CORRECT, "fine = ok", "2026-03-02T00:00:00Z"));

        List<List<String>> rows = parse(csv(entries));

        for (int i = 0; i < dangerous.length; i++) {
            assertThat(rows.get(i + 1).get(6)).isEqualTo("'" + dangerous[i]);
        }
        List<String> last = rows.get(rows.size() - 1);
        assertThat(last.get(4)).as("function").isEqualTo("'=evil()");
        assertThat(last.get(8)).as("reviewer").isEqualTo("'=bo");
        assertThat(last.get(6)).as("an equals sign inside is harmless").isEqualTo("fine = ok");
    }

    @Test
    void aMegabyteNoteIsWrittenWhole() throws Exception {
        String note = ("A long note, with \"quotes\"\nand lines. ").repeat(40_000);
        assertThat(note.length()).isGreaterThan(1_000_000);

        List<List<String>> rows = parse(csv(
                List.of(entry("e1", call(1, 0, "c1", "book"), "ana", Verdict.UNSURE, note, "2026-03-01T09:00:00Z"))));

        assertThat(rows.get(1).get(6)).isEqualTo(note);
    }

    @Test
    void noEntriesIsJustTheHeader() throws Exception {
        assertThat(csv(List.of())).isEqualTo(ReviewCsv.HEADER + "\r\n");
    }
}
