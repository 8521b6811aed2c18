package com.transcriptviewer.export;

import static com.transcriptviewer.export.ExportSamples.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Each export format, on a conversation full of markup and on messages exactly as the server sent them. */
class ExportFormatsTest {

    private final ConversationExporter exporter = new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK);

    private String render(ExportFormat format, ExportDocument document) throws Exception {
        StringWriter out = new StringWriter();
        exporter.renderer(format).render(document, out);
        return out.toString();
    }

    private static Message withoutRaw(Message m) {
        return new Message(m.role(), m.text(), m.toolCalls(), m.createdAt(), m.sentAt(), m.metadata());
    }

    // ---- JSON ----------------------------------------------------------------------------------------------------

    @Test
    void jsonOfBuiltMessagesReadsBackAsTheSameMessagesInTheApiShape() throws Exception {
        ExportDocument document = ExportSamples.hostile();
        String json = render(ExportFormat.JSON, document);

        Page<Message> page = WireFormat.shared().parseMessagePage(json.getBytes(StandardCharsets.UTF_8));
        assertThat(page.items().stream().map(ExportFormatsTest::withoutRaw).toList())
                .isEqualTo(document.messages());
        assertThat(page.meta().totalPages()).isEqualTo(1);
        assertThat(page.meta().totalResults()).isEqualTo(6);
        assertThat(page.meta().pageNumber()).isEqualTo(1);
        assertThat(page.meta().pageSize()).isEqualTo(6);
    }

    @Test
    void jsonKeepsEachMessageExactlyAsTheServerSentIt() throws Exception {
        List<Message> wire = ExportSamples.fromWire();
        String json = render(ExportFormat.JSON, new ExportDocument("c1", "", "", wire));

        for (Message message : wire) {
            assertThat(json).contains(message.rawJson().text());
        }
        assertThat(json).contains("\"extra\":{\"kept\":[1,2]}");
        List<Message> again = WireFormat.shared()
                .parseMessagePage(json.getBytes(StandardCharsets.UTF_8))
                .items();
        assertThat(again).isEqualTo(wire);
    }

    @Test
    void jsonOfAnEmptyConversationIsStillAPage() throws Exception {
        String json = render(ExportFormat.JSON, new ExportDocument("c1", "", "", List.of()));
        Page<Message> page = WireFormat.shared().parseMessagePage(json.getBytes(StandardCharsets.UTF_8));
        assertThat(page.items()).isEmpty();
        assertThat(page.meta().totalResults()).isZero();
    }

    // ---- Markdown ------------------------------------------------------------------------------------------------

    @Test
    void markdownHasTheConversationHeaderAndEveryMessage() throws Exception {
        String markdown = render(ExportFormat.MARKDOWN, ExportSamples.hostile());

        assertThat(markdown)
                .startsWith("# Billing &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"co\"\n\n"
                        + "- Conversation id: `conv-<1>&\"`\n- Channel: Phone call\n- Messages: 6\n");
        assertThat(markdown)
                .contains("### Assistant · 2025-03-14 13:05:13 · +0:00")
                .contains("### User · 2025-03-14 13:05:18 · +00:05")
                .contains("Hello! &lt;script&gt;alert(1)&lt;/script&gt; &amp;");
    }

    // ---- HTML ----------------------------------------------------------------------------------------------------

    @Test
    void htmlEscapesEveryTextAndHasNoScript() throws Exception {
        String html = render(ExportFormat.HTML, ExportSamples.hostile());

        assertThat(html.toLowerCase(Locale.ROOT))
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<svg onload")
                .doesNotContain("<b>")
                .doesNotContain("<i>")
                .doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(html)
                .contains("Hello! &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;")
                .contains("&lt;script&gt;alert(1)&lt;\\/script&gt;")
                .contains("Tom &amp; &quot;Jerry&quot;");

        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, iframe, object, embed, link, base, form"))
                .isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).startsWith("#i-");
                }
            });
        }
    }

    @Test
    void htmlParsesWithoutErrorsAndShowsTheTextsLiterally() throws Exception {
        ExportDocument document = ExportSamples.hostile();
        String html = render(ExportFormat.HTML, document);

        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).isEmpty();

        assertThat(page.title()).isEqualTo("Billing " + SCRIPT + " & \"co\" · Transcript");
        assertThat(page.selectFirst("header h1").text()).isEqualTo("Billing " + SCRIPT + " & \"co\"");
        assertThat(page.select(".facts dd").eachText()).containsExactly("conv-<1>&\"", "Phone call", "6", "Z");
        List<Element> bubbles = page.select("article.bubble");
        assertThat(bubbles).hasSize(6);
        assertThat(bubbles.get(0).selectFirst(".text").wholeText())
                .isEqualTo(document.messages().get(0).text());
        assertThat(bubbles.get(1).selectFirst(".text").wholeText())
                .isEqualTo("I need to <b>transfer</b> money\nsecond line & more");
        assertThat(bubbles.get(1).select("details.metadata dt").eachText())
                .containsExactly("note\"<i>", "count", "tags");
        assertThat(bubbles.get(1).select("details.metadata dd").first().text()).isEqualTo("Tom & \"Jerry\" " + SCRIPT);
    }

    @Test
    void htmlLooksLikeTheAppRolesTimesAndToolCards() throws Exception {
        Document page = Jsoup.parse(render(ExportFormat.HTML, ExportSamples.hostile()));
        List<Element> bubbles = page.select("article.bubble");

        assertThat(bubbles)
                .extracting(Element::className)
                .containsExactly(
                        "bubble assistant",
                        "bubble user",
                        "bubble assistant",
                        "bubble tool",
                        "bubble unknown",
                        "bubble assistant");
        assertThat(bubbles)
                .extracting(b -> b.selectFirst(".role-label").text())
                .containsExactly(
                        "Assistant",
                        "User",
                        "Assistant",
                        "Tool result",
                        "supervisor<svg onload=alert(1)>",
                        "Assistant");
        assertThat(bubbles)
                .allSatisfy(b -> assertThat(b.selectFirst("svg.role-icon use").attr("href"))
                        .isEqualTo("#i-" + b.className().substring("bubble ".length())));
        assertThat(page.select("svg.defs symbol").eachAttr("id"))
                .contains("i-assistant", "i-user", "i-tool", "i-unknown", "i-call");

        Element first = bubbles.get(0);
        assertThat(first.selectFirst("time").attr("datetime")).isEqualTo("2025-03-14T13:05:13.250Z");
        assertThat(first.selectFirst("time").text()).isEqualTo("2025-03-14 13:05:13");
        assertThat(first.selectFirst("time").attr("title"))
                .contains("Sent: 2025-03-14 13:05:13.250")
                .contains("Created: 2025-03-14 13:05:13.050");
        assertThat(first.selectFirst(".offset").text()).isEqualTo("+0:00");
        assertThat(bubbles.get(4).selectFirst(".offset").text()).isEqualTo("+01:05");

        Element card = bubbles.get(2).selectFirst("details.tool-card");
        assertThat(card.hasAttr("open")).as("collapsed").isFalse();
        Element summary = card.selectFirst("summary");
        assertThat(summary.selectFirst(".function-name").text()).isEqualTo("transfer<img src=x onerror=alert(1)>");
        assertThat(summary.selectFirst(".preview").text()).startsWith("{\"reason\": \"<script>alert(1)<\\/script>");
        assertThat(summary.selectFirst(".call-id").text()).isEqualTo("call_<1>&\"");
        assertThat(card.selectFirst("pre.json").wholeText()).isEqualTo("""
                {
                  "reason": "<script>alert(1)<\\/script> & \\"quoted\\"",
                  "n": 1
                }""");
        assertThat(card.select("pre.json .k").eachText()).containsExactly("\"reason\"", "\"n\"");

        Element result = bubbles.get(3);
        assertThat(result.selectFirst(".result-label").text())
                .isEqualTo("Result of transfer<img src=x onerror=alert(1)> (call_<1>&\")");
        assertThat(result.selectFirst("pre.json").wholeText()).contains("\"ok\": true");

        Element invalid = bubbles.get(5).selectFirst("details.tool-card");
        assertThat(invalid.selectFirst(".badge").text()).startsWith("Not valid JSON");
        assertThat(invalid.selectFirst("pre.raw").wholeText()).isEqualTo("{not json " + SCRIPT);
        assertThat(page.selectFirst("p.end").text()).isEqualTo("End of conversation · 6 messages");
    }

    @Test
    void htmlHasInlineStylesForLightAndDarkAndNothingFromTheNetwork() throws Exception {
        Document page = Jsoup.parse(render(ExportFormat.HTML, ExportSamples.hostile()));
        String css = page.selectFirst("head style").data();
        assertThat(css)
                .contains("@media (prefers-color-scheme: dark)")
                .contains(".bubble.user")
                .doesNotContain("url(")
                .doesNotContain("@import");
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
    }
}
