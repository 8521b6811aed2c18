package com.transcriptviewer.export;

import static com.transcriptviewer.export.ExportSamples.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.Verdict;
import com.transcriptviewer.text.ConversationReviews;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Markdown and HTML carry the QA reviewers' verdicts: on each call, under it, and on the conversation as a whole. */
class ExportReviewsTest {

    private static final String KEY = "KEY0123456789ABCDEF_secret";
    private final ConversationExporter exporter = new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK);

    private String render(ExportFormat format, ExportDocument document) throws Exception {
        StringWriter out = new StringWriter();
        exporter.renderer(format).render(document, out);
        return out.toString();
    }

    private static ReviewEntry entry(
            String id,
            ReviewItem item,
            String reviewer,
            Verdict verdict,
            String note,
            List<String> labels,
            int minute) {
        return new ReviewEntry(
                id,
                item,
                reviewer,
                verdict,
                note,
                labels,
                null,
                Instant.parse("2025-03-14T14:00:00Z").plusSeconds(60L * minute));
    }

    /**
     * {@link ExportSamples#hostile()} reviewed: the transfer call (message 3) by two reviewers, the lookup call
     * (message 6) by one, the conversation as a whole by one with labels; notes and names full of markup.
     */
    static ExportDocument reviewed() {
        ExportDocument plain = ExportSamples.hostile();
        String id = plain.conversationId();
        List<Message> messages = plain.messages();
        ReviewItem transfer =
                ReviewItem.toolCall(id, 2, 0, messages.get(2).toolCalls().get(0), false);
        ReviewItem lookup =
                ReviewItem.toolCall(id, 5, 0, messages.get(5).toolCalls().get(0), false);
        return plain.withReviews(List.of(
                entry("e1", transfer, "bo <b>", Verdict.CORRECT, "", List.of(), 1),
                entry(
                        "e2",
                        transfer,
                        "ana",
                        Verdict.WRONG,
                        "Wrong account " + SCRIPT + "\n# not a heading",
                        List.of(),
                        2),
                entry("e3", lookup, "ana", Verdict.UNSURE, "[link](javascript:alert(1))", List.of(), 3),
                entry(
                        "e4",
                        ReviewItem.conversation(id),
                        "ana",
                        Verdict.WRONG,
                        "Transferred without **asking**",
                        List.of("billing", "<i>escalate</i>"),
                        4)));
    }

    // ---- Markdown ------------------------------------------------------------------------------------------------

    @Test
    void markdownHasTheConversationsReviewThenEachCallsVerdictsUnderIt() throws Exception {
        String markdown = render(ExportFormat.MARKDOWN, reviewed());

        assertThat(markdown)
                .containsSubsequence(
                        "- Reviewed by: ana, bo &lt;b&gt;\n\n",
                        "## Review\n\n",
                        "**✗ Wrong** by ana · 2025-03-14 14:04 · Labels: `billing`, `<i>escalate</i>`\n\n",
                        "> Transferred without \\*\\*asking\\*\\*\n\n",
                        "## Transcript\n\n",
                        "**Tool call** `transfer<img src=x onerror=alert(1)>`",
                        "```json",
                        "Review: **✗ Wrong** by ana · 2025-03-14 14:02\n\n",
                        "> Wrong account &lt;script&gt;alert(1)&lt;/script&gt;\\\n> \\# not a heading\n\n",
                        "Review: **✓ Correct** by bo &lt;b&gt; · 2025-03-14 14:01\n\n",
                        "**Tool call** `lookup`",
                        "Review: **? Unsure** by ana · 2025-03-14 14:03\n\n",
                        "> \\[link\\](javascript:alert(1))\n\n");
        assertThat(markdown).doesNotContain("account " + SCRIPT).doesNotContain("\n# not a heading");
    }

    @Test
    void markdownWithoutReviewsIsAsBefore() throws Exception {
        String markdown = render(ExportFormat.MARKDOWN, ExportSamples.hostile());
        assertThat(markdown)
                .doesNotContain("## Review")
                .doesNotContain("Reviewed by")
                .doesNotContain("Review:");
    }

    // ---- HTML ----------------------------------------------------------------------------------------------------

    @Test
    void htmlShowsTheReviewSectionAndEachCallsVerdictsEscapedWithoutScripts() throws Exception {
        String html = render(ExportFormat.HTML, reviewed());
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[onerror], [onload]")).isEmpty();
        assertThat(page.select("i")).as("labels and notes are text").isEmpty();
        Element review = page.selectFirst("section.review");
        assertThat(review).isNotNull();
        assertThat(review.selectFirst("h2").text()).isEqualTo("Review");
        Element conversation = review.selectFirst("article.review-entry");
        assertThat(conversation.selectFirst(".verdict.wrong").text()).isEqualTo("✗ Wrong");
        assertThat(conversation.selectFirst(".reviewer").text()).isEqualTo("ana");
        assertThat(conversation.selectFirst("time").attr("datetime")).isEqualTo("2025-03-14T14:04:00Z");
        assertThat(conversation.select("ul.labels li").eachText()).containsExactly("billing", "<i>escalate</i>");
        assertThat(conversation.selectFirst(".review-note").text()).isEqualTo("Transferred without **asking**");
        assertThat(page.select(".facts div").eachText()).contains("Reviewed by ana, bo <b>");

        Element transferBubble = page.getElementById("m3");
        List<Element> verdicts = transferBubble.select("ul.call-reviews li");
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(0).selectFirst(".verdict").text()).isEqualTo("✗ Wrong");
        assertThat(verdicts.get(0).selectFirst(".review-note").wholeText())
                .isEqualTo("Wrong account " + SCRIPT + "\n# not a heading");
        assertThat(verdicts.get(1).selectFirst(".reviewer").text()).isEqualTo("bo <b>");
        assertThat(verdicts.get(1).select(".review-note")).as("no note").isEmpty();
        assertThat(transferBubble
                        .selectFirst("details.tool-card")
                        .nextElementSiblings()
                        .select("ul.call-reviews"))
                .as("under the card, seen without opening it")
                .isNotEmpty();
        assertThat(page.getElementById("m6").selectFirst(".verdict.unsure").text())
                .isEqualTo("? Unsure");
        assertThat(html).doesNotContain("account " + SCRIPT);
    }

    @Test
    void htmlWithoutReviewsHasNoReviewSection() throws Exception {
        Document page = Jsoup.parse(render(ExportFormat.HTML, ExportSamples.hostile()));
        assertThat(page.select("section.review, ul.call-reviews")).isEmpty();
    }

    @Test
    void theApiKeyIsScrubbedFromNotes() {
        ExportDocument document = reviewed();
        ReviewEntry first = document.reviews().get(0);
        ExportDocument withKey = document.withReviews(List.of(new ReviewEntry(
                first.eventId(),
                first.item(),
                first.reviewer(),
                first.verdict(),
                "pasted " + KEY,
                List.of(KEY),
                null,
                first.savedAt())));

        ExportDocument clean = new SecretScrubber(List.of(KEY)).scrub(withKey);

        assertThat(clean.reviews().get(0).note()).isEqualTo("pasted [redacted]");
        assertThat(clean.reviews().get(0).labels()).containsExactly("[redacted]");
    }

    // ---- finding a call's verdicts -------------------------------------------------------------------------------

    @Test
    void callsAreFoundByIdOrByPlaceAndUnknownOnesAreKeptApart() {
        ToolCall first = new ToolCall("call_1", "function", "book", "{}");
        ToolCall repeated = new ToolCall("call_1", "function", "book", "{}");
        ToolCall noId = new ToolCall("", "function", "hangup", "{}");
        List<Message> messages = List.of(
                new Message(Role.ASSISTANT, "", List.of(first, repeated), null, null, Map.of()),
                new Message(Role.ASSISTANT, "", List.of(noId), null, null, Map.of()));
        ReviewItem firstItem = ReviewItem.toolCall("c", 0, 0, first, false);
        ReviewItem repeatedItem = ReviewItem.toolCall("c", 0, 1, repeated, true);
        ReviewItem noIdItem = ReviewItem.toolCall("c", 1, 0, noId, false);
        ReviewItem gone = ReviewItem.toolCall("c", 7, 0, new ToolCall("call_9", "function", "x", "{}"), false);
        List<ReviewEntry> entries = List.of(
                entry("a", firstItem, "bo", Verdict.CORRECT, "", List.of(), 1),
                entry("b", firstItem, "ana", Verdict.WRONG, "", List.of(), 2),
                entry("c", repeatedItem, "ana", Verdict.UNSURE, "", List.of(), 3),
                entry("d", noIdItem, "ana", Verdict.CORRECT, "", List.of(), 4),
                entry("e", gone, "ana", Verdict.CORRECT, "", List.of(), 5),
                entry("f", ReviewItem.conversation("other"), "ana", Verdict.CORRECT, "", List.of(), 6));

        ConversationReviews reviews = ConversationReviews.of("c", messages, entries);

        assertThat(reviews.call(0, 0)).extracting(ReviewEntry::eventId).containsExactly("b", "a");
        assertThat(reviews.call(0, 1)).extracting(ReviewEntry::eventId).containsExactly("c");
        assertThat(reviews.call(1, 0)).extracting(ReviewEntry::eventId).containsExactly("d");
        assertThat(reviews.elsewhere()).extracting(ReviewEntry::eventId).containsExactly("e");
        assertThat(reviews.conversation())
                .as("another conversation's entry is not this one's")
                .isEmpty();
        assertThat(reviews.reviewers()).containsExactly("ana", "bo");
    }
}
