package com.transcriptviewer.export;

import static com.transcriptviewer.export.ExportSamples.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown and HTML carry the tool calls' checks and Telnyx's insights; JSON stays the API's message page. */
class ExportChecksAndInsightsTest {

    @TempDir
    Path folder;

    private final ConversationExporter exporter = new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK);

    private String render(ExportFormat format, ExportDocument document) throws Exception {
        StringWriter out = new StringWriter();
        exporter.renderer(format).render(document, out);
        return out.toString();
    }

    // ---- Markdown ------------------------------------------------------------------------------------------------

    @Test
    void markdownStartsWithTheInsightsAndTheChecksBasis() throws Exception {
        String markdown = render(ExportFormat.MARKDOWN, ExportSamples.checkedWithInsights());

        assertThat(markdown)
                .containsSubsequence(
                        "- Messages: 6\n- Tool-call checks: Scheduler, version 20260729T054457360842\n\n",
                        "## Insights\n\n",
                        "**Summary** · Completed · 2025-03-14 13:10:13\n\n",
                        "Caller asked to &lt;b&gt;transfer&lt;/b&gt; money.\\\nAgent transferred them.\n\n",
                        "**Outcome &lt;script&gt;alert(1)&lt;/script&gt;** · Completed · 2025-03-14 13:10:13\n\n",
                        "- resolved: true\n- caller.name: Tom &amp; &lt;i&gt;Jerry&lt;/i&gt;\n\n",
                        "**Insight ins-csat** · In progress\n\n",
                        "## Transcript\n\n",
                        "### Assistant · 2025-03-14 13:05:13");
        assertThat(markdown).doesNotContain("Outcome " + SCRIPT).doesNotContain("<i>Jerry");
    }

    @Test
    void markdownShowsEachToolCallsCheckAndProblems() throws Exception {
        String markdown = render(ExportFormat.MARKDOWN, ExportSamples.checkedWithInsights());

        assertThat(markdown)
                .containsSubsequence(
                        "**Tool call** `transfer<img src=x onerror=alert(1)>` · `call_<1>&\"`\n\n",
                        "Check: ✗ schema_mismatch\n\n",
                        "- `/n`: n should be text; it is the number 1.\n",
                        "- `arguments`: account is required &lt;script&gt;alert(1)&lt;/script&gt;\n\n",
                        "```json",
                        "**Tool call** `lookup` · `call_2`\n\n",
                        "Check: – no_definition (No definition: the assistant has no tool named lookup.)\n\n",
                        "```");
    }

    @Test
    void markdownWithoutChecksOrInsightsIsAsBefore() throws Exception {
        ExportDocument plain = ExportSamples.hostile();
        String markdown = render(ExportFormat.MARKDOWN, plain);

        assertThat(markdown)
                .doesNotContain("## Insights")
                .doesNotContain("## Transcript")
                .doesNotContain("Check:")
                .doesNotContain("Tool-call checks");
        assertThat(markdown).contains("- Messages: 6\n\n### Assistant");
    }

    @Test
    void markdownSaysWhenInsightsAreStillPendingOrFailed() throws Exception {
        ExportDocument plain = ExportSamples.hostile();
        for (ConversationInsights.State state :
                List.of(ConversationInsights.State.PENDING, ConversationInsights.State.FAILED)) {
            ConversationInsights insights = new ConversationInsights(List.of(), state);
            String markdown = render(
                    ExportFormat.MARKDOWN,
                    new ExportDocument(
                            plain.conversationId(), plain.name(), plain.channel(), plain.messages(), null, insights));
            assertThat(markdown).contains("## Insights\n\n" + insights.describe() + "\n\n## Transcript");
        }
    }

    // ---- HTML ----------------------------------------------------------------------------------------------------

    @Test
    void htmlShowsTheInsightsBetweenTheHeaderAndTheMessages() throws Exception {
        String html = render(ExportFormat.HTML, ExportSamples.checkedWithInsights());
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).isEmpty();

        assertThat(page.select("body > *").eachAttr("class"))
                .containsSubsequence("conversation", "insights", "transcript");
        assertThat(page.select(".facts dt").eachText()).contains("Tool-call checks");
        assertThat(page.select(".facts dd").last().text()).isEqualTo("Scheduler, version 20260729T054457360842");

        List<Element> cards = page.select("section.insights article.insight");
        assertThat(cards)
                .extracting(c -> c.selectFirst("h3").text())
                .containsExactly("Summary", "Outcome " + SCRIPT, "Insight ins-csat");
        assertThat(cards)
                .extracting(c -> c.selectFirst(".status").className())
                .containsExactly("status completed", "status completed", "status in-progress");
        assertThat(cards)
                .extracting(c -> c.selectFirst(".status").text())
                .containsExactly("✓ Completed", "✓ Completed", "◷ In progress");
        assertThat(cards.get(0).selectFirst("time").attr("datetime")).isEqualTo("2025-03-14T13:10:13.250Z");
        assertThat(cards.get(0).selectFirst(".text").wholeText())
                .isEqualTo("Caller asked to <b>transfer</b> money.\nAgent transferred them.");
        assertThat(cards.get(1).select("dl.fields dt").eachText()).containsExactly("resolved", "caller.name");
        assertThat(cards.get(1).select("dl.fields dd").eachText()).containsExactly("true", "Tom & <i>Jerry</i>");
        assertThat(cards.get(2).select(".text, dl")).isEmpty();
        assertThat(page.selectFirst(".insights-state"))
                .as("all completed or running: nothing to add")
                .isNull();
    }

    @Test
    void htmlShowsEachToolCallsCheckOnItsCardAndTheProblemsUnderIt() throws Exception {
        Document page = Jsoup.parse(render(ExportFormat.HTML, ExportSamples.checkedWithInsights()));
        List<Element> bubbles = page.select("article.bubble");

        Element transfer = bubbles.get(2);
        Element chip = transfer.selectFirst("details.tool-card > summary .check");
        assertThat(chip.text()).isEqualTo("✗ schema_mismatch");
        assertThat(chip.className()).isEqualTo("check problem");
        assertThat(chip.attr("title")).isEqualTo("Checked against Scheduler.");
        Element problems = transfer.selectFirst("details.tool-card + ul.check-problems");
        assertThat(problems.select("li").eachText())
                .containsExactly("/n n should be text; it is the number 1.", "arguments account is required " + SCRIPT);
        assertThat(problems.select("li code").eachText()).containsExactly("/n", "arguments");

        Element lookup = bubbles.get(5);
        assertThat(lookup.selectFirst("summary .check").text()).isEqualTo("– no_definition");
        assertThat(lookup.selectFirst("summary .check").className()).isEqualTo("check unchecked");
        assertThat(lookup.select("ul.check-problems li.unchecked").eachText())
                .containsExactly("No definition: the assistant has no tool named lookup.");

        assertThat(page.select(".check")).hasSize(2);
    }

    @Test
    void htmlWithCheckedInsightsStaysSafeAndStandalone() throws Exception {
        String html = render(ExportFormat.HTML, ExportSamples.checkedWithInsights());

        assertThat(html.toLowerCase(Locale.ROOT))
                .doesNotContain("<script")
                .doesNotContain("<i>")
                .doesNotContain("<b>")
                .doesNotContain("http://")
                .doesNotContain("https://");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, iframe, object, embed, link, base, form"))
                .isEmpty();
        String css = page.selectFirst("head style").data();
        assertThat(css).contains("section.insights").contains(".check.problem").contains("--warning-subtle");
    }

    @Test
    void htmlSaysWhenTheNewestRunFailed() throws Exception {
        ExportDocument plain = ExportSamples.hostile();
        ConversationInsights failed = new ConversationInsights(
                List.of(new InsightResult("i1", "Summary", InsightResult.Status.FAILED, "", List.of(), null, true)),
                ConversationInsights.State.FAILED);
        Document page = Jsoup.parse(render(
                ExportFormat.HTML,
                new ExportDocument(
                        plain.conversationId(), plain.name(), plain.channel(), plain.messages(), null, failed)));

        assertThat(page.selectFirst(".insights-state").text())
                .isEqualTo("Telnyx could not generate insights for this conversation.");
        assertThat(page.selectFirst(".insight .status").className()).isEqualTo("status failed");
    }

    @Test
    void htmlWithoutChecksOrInsightsHasNeither() throws Exception {
        Document page = Jsoup.parse(render(ExportFormat.HTML, ExportSamples.hostile()));

        assertThat(page.select("section.insights, .check, .check-problems")).isEmpty();
        assertThat(page.select(".facts dt").eachText()).doesNotContain("Tool-call checks");
    }

    // ---- JSON and secrets ----------------------------------------------------------------------------------------

    @Test
    void jsonStaysTheApisMessagePage() throws Exception {
        assertThat(render(ExportFormat.JSON, ExportSamples.checkedWithInsights()))
                .isEqualTo(render(ExportFormat.JSON, ExportSamples.hostile()));
    }

    @Test
    void theKeyIsScrubbedFromInsightsAndChecksToo() throws Exception {
        String key = "KEY0123456789abcdef";
        ExportDocument sample = ExportSamples.checkedWithInsights();
        InsightResult leaky = new InsightResult(
                "i9",
                "Echo " + key,
                InsightResult.Status.COMPLETED,
                "said " + key,
                List.of(new InsightResult.Field("k " + key, "v " + key)),
                null,
                false);
        ExportDocument document = new ExportDocument(
                sample.conversationId(),
                sample.name(),
                sample.channel(),
                sample.messages(),
                new com.transcriptviewer.model.ToolCallChecks(
                        "basis " + key,
                        java.util.Map.of(
                                2, List.of(com.transcriptviewer.model.ToolCallCheck.noDefinition("why " + key)))),
                new ConversationInsights(List.of(leaky), ConversationInsights.State.COMPLETE));

        for (ExportFormat format : List.of(ExportFormat.MARKDOWN, ExportFormat.HTML)) {
            Path file = folder.resolve("out." + format.extension());
            exporter.export(document, format, file, new SecretScrubber(List.of(key)), new CancelToken());
            // Markdown escapes the brackets of "[redacted]".
            String redacted = format == ExportFormat.MARKDOWN ? "\\[redacted\\]" : SecretScrubber.REDACTED;
            assertThat(Files.readString(file))
                    .doesNotContain(key)
                    .contains("Echo " + redacted, "v " + redacted, "basis " + redacted)
                    .contains("why " + redacted);
        }
    }
}
