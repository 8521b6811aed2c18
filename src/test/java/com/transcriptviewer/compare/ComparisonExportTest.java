package com.transcriptviewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCallChecks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ComparisonExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String SCRIPT = "<script>alert('x')</script>";

    /** Both sides carry markup where a name, a function, an argument and a message can hold it. */
    private static Comparison hostile() {
        ComparedConversation left = new ComparedConversation(
                "left-id",
                "Left " + SCRIPT,
                List.of(
                        new Message(
                                Role.USER,
                                "Hi " + SCRIPT + " **bold** [link](http://x)",
                                List.of(),
                                Instant.EPOCH,
                                null,
                                Map.of()),
                        ComparisonsTest.message(ComparisonsTest.call(
                                "1",
                                "book<img src=x onerror=alert(1)>",
                                "{\"note\":\"" + "</pre><script>x()</script>" + "\",\"n\":1}")),
                        ComparisonsTest.message(ComparisonsTest.call("2", "only_left", "{}"))),
                ToolCallChecks.NONE);
        ComparedConversation right = new ComparedConversation(
                "right-id",
                "Right",
                List.of(
                        new Message(Role.USER, "Hello", List.of(), Instant.EPOCH, null, Map.of()),
                        ComparisonsTest.message(ComparisonsTest.call(
                                "1", "book<img src=x onerror=alert(1)>", "{\"note\":\"<b>\",\"n\":2}"))),
                ToolCallChecks.NONE);
        return Comparisons.compare(left, right);
    }

    @Test
    void htmlIsEscapedHasNoScriptAndLoadsNothing() {
        String html = new ComparisonHtml(CLOCK).document(hostile());

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;").contains("Content-Security-Policy");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, iframe, link, [onerror]")).isEmpty();
        assertThat(page.select(".compare-summary").text())
                .isEqualTo("1 call aligned · 1 only left · 0 only right · 1 with different arguments");
        assertThat(page.select("section.pair.different code").first().text())
                .isEqualTo("book<img src=x onerror=alert(1)>");
        assertThat(page.select("ul.changes li.changed").eachText())
                .containsExactly("changed note: \"</pre><script>x()</script>\" → \"<b>\"", "changed n: 1 → 2");
        assertThat(page.select("section.pair.only-left .side.absent").text()).isEqualTo("not called");
        assertThat(page.select("details.between").first().text()).contains("Hi " + SCRIPT);
    }

    @Test
    void markdownIsEscapedAndCarriesTheSummaryAndTheChanges() {
        String markdown = new ComparisonMarkdown(CLOCK).document(hostile());
        // Code spans and fenced blocks show their text as it is (CommonMark makes no HTML of them): outside them,
        // nothing may be markup.
        String outsideCode = markdown.replaceAll("(?s)```json\\n.*?```", "").replaceAll("`[^`]*`", "");

        assertThat(outsideCode).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
        assertThat(markdown).contains("## 1. `book<img src=x onerror=alert(1)>` · 2 arguments differ");
        assertThat(markdown).contains("&lt;script&gt;");
        assertThat(markdown).contains("**1 call aligned · 1 only left · 0 only right · 1 with different arguments**");
        assertThat(markdown).contains("- changed `n`: `1` → `2`");
        assertThat(markdown).contains("\\*\\*bold\\*\\* \\[link\\](http://x)");
        assertThat(markdown).contains("- Right: not called");
    }
}
