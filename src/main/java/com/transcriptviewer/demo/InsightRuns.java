package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What Telnyx's insights found in each demo conversation, written to match what was said. Most conversations have
 * one completed run; the QA edge cases are still pending, the 10,000-message review failed, the roadside call failed
 * once and then completed, and the empty conversation has none.
 */
final class InsightRuns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Function<String, Instant> endOf;
    private final Map<String, List<InsightRun>> runs = new LinkedHashMap<>();

    private InsightRuns(Function<String, Instant> endOf) {
        this.endOf = endOf;
    }

    static Map<String, List<InsightRun>> forConversations(Function<String, Instant> endOf) {
        InsightRuns all = new InsightRuns(endOf);
        all.completed(
                DemoData.BILLING_TRANSFER_ID,
                summary("The caller was charged twice on the March bill (account ending 4471) and was transferred to "
                        + "the billing team, who issue refunds."),
                sentiment("neutral", -0.2),
                resolution(false, "Transferred to billing; the refund itself is handled there."),
                escalation("medium", "A duplicate charge; calm, but expects the refund soon."));
        all.completed(
                DemoData.APPOINTMENT_BOOKING_ID,
                summary("Maria Gonzalez booked a cleaning for Tuesday, April 22 at 3:00 PM (confirmation LD-48213) "
                        + "and the booking was registered with the reminder line."),
                sentiment("positive", 0.8),
                booking(true, "LD-48213"));
        all.completed(
                DemoData.PARALLEL_TOOLS_ID,
                summary("The customer asked about order A-10293 and Sunday hours at the Elm Street store. The order is "
                        + "out for delivery with UPS, due by 6 PM; the store opens 10 AM to 6 PM on Sundays."),
                sentiment("positive", 0.7),
                resolution(true, "Both questions were answered in one reply."));
        all.completed(
                DemoData.PASSWORD_RESET_ID,
                summary("The customer's password had expired; a reset link valid for 30 minutes was sent to "
                        + "jordan.lee@example.com."),
                sentiment("neutral", 0.1),
                resolution(true, "A reset link was sent."),
                escalation("low", "A routine reset."));
        all.completed(
                DemoData.APPOINTMENT_REMINDER_ID,
                summary("Sam confirmed tomorrow's 9:30 AM appointment by replying C."),
                sentiment("positive", 0.5),
                booking(true, "apt_7731"));
        // The first run on the roadside call failed; it was run again a few minutes later.
        InsightRun.Result[] roadside = {
            summary("The caller had a flat tire on the shoulder of I-90 near exit 41 and was safe. The call was "
                    + "handed to dispatch, who sent a tow truck about 35 minutes out."),
            resolution(true, "A tow truck was dispatched."),
            callReason("Flat tire on I-90 near exit 41")
        };
        all.add(
                DemoData.ROADSIDE_HANDOFF_ID,
                all.run(DemoData.ROADSIDE_HANDOFF_ID, 2, 410, "completed", List.of(roadside)),
                all.run(DemoData.ROADSIDE_HANDOFF_ID, 1, 95, "failed", List.of()));
        all.add(DemoData.QA_EDGE_CASES_ID, all.run(DemoData.QA_EDGE_CASES_ID, 1, 40, "pending", List.of()));
        all.completed(
                DemoData.SMS_CHAT_ID,
                summary("A long SMS exchange about moving, redirecting and cancelling Parcelnet deliveries; every "
                        + "request was handled and confirmed."),
                sentiment("positive", 0.4),
                resolution(true, "Every delivery change was confirmed."));
        all.add(DemoData.STRESS_TEST_ID, all.run(DemoData.STRESS_TEST_ID, 1, 120, "failed", List.of()));
        all.completed(
                DemoData.TOOL_ERRORS_ID,
                summary("Priya Shah booked a patio table for four on May 24 at 7:30 PM (BV-2291) with a high chair "
                        + "and dietary notes, after many failed booking attempts. A party of 18 and a parking space "
                        + "could not be arranged."),
                sentiment("neutral", -0.1),
                booking(true, "BV-2291"));
        all.completed(
                DemoData.OLD_VERSION_ID,
                summary("The customer asked where order A-09817 was; FedEx had delivered it the day before and the "
                        + "customer found it at the back door."),
                sentiment("positive", 0.6),
                resolution(true, "The delivery was confirmed."));
        all.completed(
                DemoData.VERSION_MISSING_ID,
                summary("Parcel SMS-48812 was moved to Thursday between 9 AM and 1 PM at the customer's request."),
                sentiment("positive", 0.5),
                resolution(true, "The redelivery was booked."));
        all.completed(
                DemoData.ASSISTANT_GONE_ID,
                summary("The customer asked for the balance of the gift card ending 8842: $37.50."),
                sentiment("neutral", 0.2),
                resolution(true, "The balance was given."));
        return all.runs;
    }

    private void completed(String conversationId, InsightRun.Result... results) {
        add(conversationId, run(conversationId, 1, 75, "completed", List.of(results)));
    }

    /** The runs of one conversation, newest first. */
    private void add(String conversationId, InsightRun... newestFirst) {
        runs.put(conversationId, List.of(newestFirst));
    }

    /** The {@code n}th run of a conversation, started {@code secondsAfterEnd} after its last message. */
    private InsightRun run(
            String conversationId, int n, int secondsAfterEnd, String status, List<InsightRun.Result> results) {
        UUID id = UUID.nameUUIDFromBytes(("insight-run:" + conversationId + ":" + n).getBytes(StandardCharsets.UTF_8));
        return new InsightRun(id.toString(), endOf.apply(conversationId).plusSeconds(secondsAfterEnd), status, results);
    }

    private static InsightRun.Result summary(String text) {
        return new InsightRun.Result(DemoData.SUMMARY_INSIGHT_ID, text);
    }

    private static InsightRun.Result callReason(String text) {
        return new InsightRun.Result(DemoInsights.CALL_REASON, text);
    }

    private static InsightRun.Result sentiment(String sentiment, double score) {
        return json(DemoData.SENTIMENT_INSIGHT_ID, object("sentiment", sentiment, "score", score));
    }

    private static InsightRun.Result resolution(boolean resolved, String reason) {
        return json(DemoData.RESOLUTION_INSIGHT_ID, object("resolved", resolved, "reason", reason));
    }

    private static InsightRun.Result booking(boolean booked, String confirmationCode) {
        return json(DemoInsights.BOOKING, object("booked", booked, "confirmation_code", confirmationCode));
    }

    private static InsightRun.Result escalation(String risk, String why) {
        return json(DemoData.ESCALATION_INSIGHT_ID, object("risk", risk, "why", why));
    }

    /** A result of a template with a schema: the JSON as text, as the API sends it. */
    private static InsightRun.Result json(String insightId, Map<String, Object> value) {
        try {
            return new InsightRun.Result(insightId, MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a demo insight result could not be written", e);
        }
    }
}
