package com.transcriptviewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import com.transcriptviewer.privacy.PrivacyMask;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.text.TextMask;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Privacy mode in a comparison: the rows are worked out on the texts as sent, what is shown and exported of them is
 * masked, a secret-named key's value too.
 */
class ComparisonMaskTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String PHONE = "(312) 555-0142";
    private static final String OTHER_PHONE = "(312) 555-0199";
    private static final String EMAIL = "jordan.lee@example.com";
    private static final String CARD = "4111 1111 1111 1111";

    private final PrivacyMask mask = PrivacyMasks.forConversation(null);

    private static Comparison comparison() {
        ComparedConversation left = new ComparedConversation(
                "left-id",
                "Caller " + PHONE,
                List.of(
                        new Message(Role.USER, "Mail me at " + EMAIL, List.of(), Instant.EPOCH, null, Map.of()),
                        ComparisonsTest.message(ComparisonsTest.call(
                                "1",
                                "update_contact",
                                "{\"phone\":\"" + PHONE + "\",\"auth\":{\"password\":\"hunter2\"},\"n\":1}")),
                        ComparisonsTest.message(
                                ComparisonsTest.call("2", "pay", "{\"card_number\":\"" + CARD + "\"}"))),
                ToolCallChecks.NONE);
        ComparedConversation right = new ComparedConversation(
                "right-id",
                "Caller " + OTHER_PHONE,
                List.of(
                        new Message(Role.USER, "Mail me at " + EMAIL, List.of(), Instant.EPOCH, null, Map.of()),
                        ComparisonsTest.message(ComparisonsTest.call(
                                "1",
                                "update_contact",
                                "{\"phone\":\"" + OTHER_PHONE + "\",\"auth\":{\"password\":\"letmein\"},\"n\":1}"))),
                ToolCallChecks.NONE);
        return Comparisons.compare(left, right);
    }

    @Test
    void differencesAreFoundOnTheRealTextsAndTheirValuesMaskedBehindTheirKeys() {
        Comparison real = comparison();
        ComparisonRow.AlignedCall pair = (ComparisonRow.AlignedCall) real.rows().stream()
                .filter(row -> row instanceof ComparisonRow.AlignedCall call
                        && call.kind() == ComparisonRow.AlignedCall.Kind.DIFFERENT_ARGUMENTS)
                .findFirst()
                .orElseThrow();
        assertThat(pair.changes()).extracting(ArgumentChange::path).containsExactly("phone", "auth.password");

        List<String> lines = pair.changes().stream()
                .map(change -> ComparisonMask.apply(change, mask).line())
                .toList();
        assertThat(String.join("\n", lines))
                .doesNotContain("555-0142")
                .doesNotContain("555-0199")
                .doesNotContain("hunter2")
                .doesNotContain("letmein");
        assertThat(lines.get(0)).isEqualTo("phone: \"(312) •••-••42\" → \"(312) •••-••99\"");
        assertThat(lines.get(1)).startsWith("auth.password: \"•••");

        assertThat(ComparisonMask.apply(pair.changes().get(1), TextMask.NONE))
                .isSameAs(pair.changes().get(1));
    }

    @Test
    void exportsWrittenThroughTheMaskHoldNoneOfThePersonalData() {
        Comparison masked = ComparisonMask.apply(comparison(), mask);
        String markdown = new ComparisonMarkdown(CLOCK).document(masked);
        String html = new ComparisonHtml(CLOCK).document(masked);

        for (String document : List.of(markdown, html)) {
            assertThat(document)
                    .doesNotContain("555-0142")
                    .doesNotContain("555-0199")
                    .doesNotContain(EMAIL)
                    .doesNotContain(CARD)
                    .doesNotContain("hunter2")
                    .contains("j•••••.•••@example.com")
                    .contains("(312) •••-••42")
                    .contains("update_contact")
                    .contains("1 call aligned · 1 only left · 0 only right · 1 with different arguments");
        }

        String plain = new ComparisonMarkdown(CLOCK).document(ComparisonMask.apply(comparison(), TextMask.NONE));
        assertThat(plain).contains(EMAIL).contains("555-0142").contains("hunter2");
    }

    @Test
    void aChecksSentenceQuotingAnArgumentIsMasked() {
        ToolCallCheck check = new ToolCallCheck(
                ToolCallCheck.Status.SCHEMA_MISMATCH,
                List.of(new ToolCallCheck.Problem("/card", "It is the text \"" + CARD + "\", not a token.")),
                "Checked against Shop v2",
                Optional.empty());

        assertThat(ComparisonMask.apply(check, mask).problems().get(0).message())
                .doesNotContain(CARD)
                .contains("•••• 1111");
    }

    @Test
    void theLastKeyOfAPathIsWhatAValueStandsBehind() {
        assertThat(ComparisonMask.lastKey("targets[0].to")).contains("to");
        assertThat(ComparisonMask.lastKey("items[2]")).contains("items");
        assertThat(ComparisonMask.lastKey("card_number")).contains("card_number");
        assertThat(ComparisonMask.lastKey("")).isEmpty();
        assertThat(ComparisonMask.lastKey("[3]")).isEmpty();
    }
}
