package com.transcriptviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.RawJson;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.privacy.PrivacyMasks;
import com.transcriptviewer.text.TextMask;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every export format in privacy mode: personal data masked in the file, nothing else changed. */
class MaskedExportTest {

    private static final Instant AT = Instant.parse("2025-05-24T18:00:00Z");
    private static final String CARD = "4111 1111 1111 1111";
    private static final String PHONE = "+44 20 7946 0958";

    private final ConversationExporter exporter = new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK);

    private static ExportDocument document() {
        String arguments = "{\"card_number\":\"" + CARD + "\",\"cvv\":\"737\",\"order\":\"4111111111111112\"}";
        Message user = new Message(
                Role.of("user"),
                "Call me on " + PHONE + " or mail ann@example.com",
                List.of(),
                AT,
                AT,
                Map.of("caller", PHONE));
        Message call = new Message(
                Role.of("assistant"),
                null,
                List.of(new ToolCall("call_1", "function", "take_payment", arguments)),
                AT,
                AT,
                Map.of(),
                RawJson.of("{\"role\":\"assistant\",\"text\":null,\"tool_calls\":[{\"id\":\"call_1\","
                        + "\"type\":\"function\",\"function\":{\"name\":\"take_payment\",\"arguments\":"
                        + quoted(arguments) + "}}],\"created_at\":\"2025-05-24T18:00:00Z\","
                        + "\"sent_at\":\"2025-05-24T18:00:00Z\",\"metadata\":{}}"));
        return new ExportDocument("c1", "Payment from " + PHONE, "phone_call", List.of(user, call));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String render(ExportFormat format, TextMask mask) throws Exception {
        StringWriter out = new StringWriter();
        exporter.renderer(format).render(ExportMask.apply(document(), mask), out);
        return out.toString();
    }

    @Test
    void markdownHtmlAndJsonHideTheCardTheCvvTheNumberAndTheAddress() throws Exception {
        TextMask mask = PrivacyMasks.forConversation(null);
        for (ExportFormat format : ExportFormat.values()) {
            String file = render(format, mask);
            assertThat(file)
                    .as(format.optionName())
                    .doesNotContain("4111 1111 1111 1111", "737", "7946 0958", "ann@example.com")
                    .contains("•••• •••• •••• 1111", "+44 20 •••• ••58")
                    // An order number fails the Luhn check and stays.
                    .contains("4111111111111112");
        }
    }

    @Test
    void theMaskedJsonStillReadsBackAsThePage() throws Exception {
        String json = render(ExportFormat.JSON, PrivacyMasks.forConversation(null));
        List<Message> messages = WireFormat.shared()
                .parseMessagePage(json.getBytes(StandardCharsets.UTF_8))
                .items();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).toolCalls().get(0).arguments())
                .isEqualTo("{\"card_number\":\"•••• •••• •••• 1111\",\"cvv\":\"•••\",\"order\":\"4111111111111112\"}");
    }

    @Test
    void theNameIsMaskedAndWithoutTheModeNothingChanges() throws Exception {
        assertThat(render(ExportFormat.MARKDOWN, PrivacyMasks.forConversation(null)))
                .startsWith("# Payment from +44 20 •••• ••58");
        assertThat(ExportMask.apply(document(), TextMask.NONE)).isEqualTo(document());
        assertThat(render(ExportFormat.MARKDOWN, TextMask.NONE)).contains(CARD, PHONE);
    }
}
