package com.transcriptviewer.export.reviews;

import static com.transcriptviewer.export.reviews.ReviewSamples.call;
import static com.transcriptviewer.export.reviews.ReviewSamples.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReviewJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String json(List<ReviewEntry> entries) throws IOException {
        StringWriter out = new StringWriter();
        new ReviewJson().render(entries, out);
        return out.toString();
    }

    private static JsonNode rows(List<ReviewEntry> entries) throws IOException {
        return MAPPER.readTree(json(entries));
    }

    @Test
    void eachEntryIsALangfuseScore() throws Exception {
        JsonNode rows = rows(ReviewSamples.someReviews());

        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(5);
        JsonNode first = rows.get(0);
        Set<String> fields = new TreeSet<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "id",
                        "traceId",
                        "observationId",
                        "name",
                        "value",
                        "dataType",
                        "comment",
                        "timestamp",
                        "authorUserId",
                        "metadata");
        assertThat(first.get("id").asText()).isEqualTo("e1");
        assertThat(first.get("traceId").asText()).isEqualTo(ReviewSamples.CONVERSATION);
        assertThat(first.get("observationId").asText()).isEqualTo("call_book_1");
        assertThat(first.get("name").asText()).isEqualTo("tool_call_verdict");
        assertThat(first.get("value").asText()).isEqualTo("wrong");
        assertThat(first.get("dataType").asText()).isEqualTo("CATEGORICAL");
        assertThat(first.get("comment").asText()).isEqualTo("Wrong date");
        assertThat(first.get("timestamp").asText()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(first.get("authorUserId").asText()).isEqualTo("ana");
        JsonNode metadata = first.get("metadata");
        assertThat(metadata.get("item_key").asText()).isEqualTo("call:call_book_1");
        assertThat(metadata.get("message_index").asInt()).isEqualTo(4);
        assertThat(metadata.get("function").asText()).isEqualTo("book_appointment");
        assertThat(metadata.get("labels")).isEmpty();
        assertThat(metadata.get("check_status").asText()).isEqualTo("schema_mismatch");
    }

    @Test
    void callsKnownByTheirPlaceAndTheConversationHaveNoObservation() throws Exception {
        JsonNode rows = rows(ReviewSamples.someReviews());

        JsonNode noId = rows.get(3);
        assertThat(noId.get("observationId").isNull()).isTrue();
        assertThat(noId.get("metadata").get("item_key").asText()).isEqualTo("msg:7:1");
        assertThat(noId.get("comment").isNull()).as("no note").isTrue();
        assertThat(noId.get("metadata").get("check_status").isNull()).isTrue();

        JsonNode conversation = rows.get(4);
        assertThat(conversation.get("name").asText()).isEqualTo("conversation_verdict");
        assertThat(conversation.get("observationId").isNull()).isTrue();
        assertThat(conversation.get("metadata").get("message_index").asInt()).isEqualTo(-1);
        assertThat(conversation.get("metadata").get("labels"))
                .extracting(JsonNode::asText)
                .containsExactly("billing", "escalate");

        ReviewItem repeated = ReviewItem.toolCall(
                ReviewSamples.CONVERSATION, 9, 0, new ToolCall("call_book_1", "function", "book", "{}"), true);
        JsonNode second = rows(List.of(entry("r", repeated, "ana", Verdict.CORRECT, "", "2026-03-01T00:00:00Z")))
                .get(0);
        assertThat(second.get("observationId").isNull())
                .as("a repeated id would name the first call's observation")
                .isTrue();
        assertThat(second.get("metadata").get("item_key").asText()).isEqualTo("msg:9:0");
    }

    @Test
    void aConversationNoteWithoutAVerdictIsATextScore() throws Exception {
        ReviewEntry noteOnly = new ReviewEntry(
                "n1",
                ReviewItem.conversation("c1"),
                "ana",
                null,
                "Caller was upset",
                List.of("tone"),
                null,
                Instant.parse("2026-03-01T00:00:00Z"));
        ReviewEntry labelsOnly = new ReviewEntry(
                "n2",
                ReviewItem.conversation("c1"),
                "bo",
                null,
                "",
                List.of("tone", "billing"),
                null,
                Instant.parse("2026-03-01T00:00:01Z"));

        JsonNode rows = rows(List.of(noteOnly, labelsOnly));

        assertThat(rows.get(0).get("name").asText()).isEqualTo("conversation_note");
        assertThat(rows.get(0).get("dataType").asText()).isEqualTo("TEXT");
        assertThat(rows.get(0).get("value").asText()).isEqualTo("Caller was upset");
        assertThat(rows.get(1).get("value").asText()).isEqualTo("tone, billing");
    }

    @Test
    void textIsKeptExactlyControlCharactersAndAll() throws Exception {
        String note = "=1+1, \"quoted\"\n\ttab \u0000 nul \u001B esc </script> é ✓";
        String text =
                json(List.of(entry("e", call(0, 0, "c", "f"), "ana", Verdict.WRONG, note, "2026-03-01T00:00:00Z")));

        assertThat(MAPPER.readTree(text).get(0).get("comment").asText()).isEqualTo(note);
        assertThat(text).doesNotContain("\u0000").contains("\\u0000");
    }

    @Test
    void oneScorePerLine() throws Exception {
        String text = json(ReviewSamples.someReviews());

        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("[");
        assertThat(lines.get(1)).startsWith("{\"id\":\"e1\"").endsWith("},");
        assertThat(lines.get(5)).startsWith("{\"id\":\"e5\"").endsWith("}");
        assertThat(lines.get(6)).isEqualTo("]");
        assertThat(json(List.of())).isEqualTo("[]\n");
    }
}
