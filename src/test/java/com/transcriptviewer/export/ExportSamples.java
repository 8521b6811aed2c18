package com.transcriptviewer.export;

import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.ConversationInsights;
import com.transcriptviewer.model.InsightResult;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.model.ToolCallCheck;
import com.transcriptviewer.model.ToolCallChecks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations for the export tests: one built in code, full of markup, and one read from the wire. */
final class ExportSamples {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final Instant START = Instant.parse("2025-03-14T13:05:13.250Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-15T09:00:00Z"), ZoneOffset.UTC);

    private ExportSamples() {}

    /** Every text a user or an assistant controls carries markup, quotes and ampersands. */
    static ExportDocument hostile() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("note\"<i>", "Tom & \"Jerry\" " + SCRIPT);
        metadata.put("count", 3);
        metadata.put("tags", List.of("a<b", "c&d"));
        String arguments = "{\"reason\":\"" + SCRIPT.replace("/", "\\/") + " & \\\"quoted\\\"\",\"n\":1}";
        List<Message> messages = List.of(
                new Message(
                        Role.ASSISTANT,
                        "Hello! " + SCRIPT + " & \"quotes\" 'single'",
                        List.of(),
                        START.minusMillis(200),
                        START,
                        Map.of()),
                new Message(
                        Role.USER,
                        "I need to <b>transfer</b> money\nsecond line & more",
                        List.of(),
                        null,
                        START.plusSeconds(5),
                        metadata),
                new Message(
                        Role.ASSISTANT,
                        null,
                        List.of(new ToolCall(
                                "call_<1>&\"", "function", "transfer<img src=x onerror=alert(1)>", arguments)),
                        START.plusSeconds(9),
                        null,
                        Map.of()),
                new Message(
                        Role.TOOL,
                        "{\"ok\":true,\"note\":\"" + SCRIPT.replace("/", "\\/") + "\"}",
                        List.of(),
                        START.plusSeconds(10),
                        START.plusSeconds(10),
                        Map.of()),
                new Message(
                        Role.of("supervisor<svg onload=alert(1)>"),
                        "Unknown role " + SCRIPT,
                        List.of(),
                        START.plusSeconds(65),
                        START.plusSeconds(65),
                        Map.of()),
                new Message(
                        Role.ASSISTANT,
                        null,
                        List.of(new ToolCall("call_2", "function", "lookup", "{not json " + SCRIPT)),
                        START.plusSeconds(70),
                        START.plusSeconds(70),
                        Map.of()));
        return new ExportDocument("conv-<1>&\"", "Billing " + SCRIPT + " & \"co\"", "phone_call", messages);
    }

    /**
     * {@link #hostile()} with what is known about it: the transfer call (message 3) fails its schema, the lookup call
     * (message 6) could not be checked; a summary, a JSON insight and one still pending, all carrying markup.
     */
    static ExportDocument checkedWithInsights() {
        ExportDocument plain = hostile();
        ToolCallChecks checks = new ToolCallChecks(
                "Scheduler, version 20260729T054457360842",
                Map.of(
                        2,
                        List.of(new ToolCallCheck(
                                ToolCallCheck.Status.SCHEMA_MISMATCH,
                                List.of(
                                        new ToolCallCheck.Problem("/n", "n should be text; it is the number 1."),
                                        new ToolCallCheck.Problem("", "account is required " + SCRIPT)),
                                "Checked against Scheduler.",
                                Optional.empty())),
                        5,
                        List.of(ToolCallCheck.noDefinition("No definition: the assistant has no tool named lookup."))));
        ConversationInsights insights = new ConversationInsights(
                List.of(
                        new InsightResult(
                                "ins-sum",
                                "Summary",
                                InsightResult.Status.COMPLETED,
                                "Caller asked to <b>transfer</b> money.\nAgent transferred them.",
                                List.of(),
                                START.plusSeconds(300),
                                true),
                        new InsightResult(
                                "ins-out",
                                "Outcome " + SCRIPT,
                                InsightResult.Status.COMPLETED,
                                "{}",
                                List.of(
                                        new InsightResult.Field("resolved", "true"),
                                        new InsightResult.Field("caller.name", "Tom & <i>Jerry</i>")),
                                START.plusSeconds(300),
                                false),
                        new InsightResult(
                                "ins-csat", "", InsightResult.Status.IN_PROGRESS, "", List.of(), null, false)),
                ConversationInsights.State.COMPLETE);
        return new ExportDocument(
                plain.conversationId(), plain.name(), plain.channel(), plain.messages(), checks, insights);
    }

    /** Messages as the server sent them (each with its raw JSON), including a field the app does not read. */
    static List<Message> fromWire() throws Exception {
        String body = """
                {"data":[
                {"role":"assistant","text":"Hi there","created_at":"2025-03-14T13:05:13.250Z","sent_at":"2025-03-14T13:05:13.500Z","metadata":{},"extra":{"kept":[1,2]}},
                {"role":"user","text":"Book me in","created_at":"2025-03-14T13:05:20Z","sent_at":null,"metadata":{"telnyx_end_user_target":"+15551230000"}},
                {"role":"assistant","text":"","tool_calls":[{"id":"call_9","type":"function","function":{"name":"book","arguments":"{\\"day\\": \\"Tue\\"}"}}],"created_at":"2025-03-14T13:05:22.100Z"}
                ],"meta":{"total_pages":1,"total_results":3,"page_number":1,"page_size":3}}
                """;
        return WireFormat.shared()
                .parseMessagePage(body.getBytes(StandardCharsets.UTF_8))
                .items();
    }
}
