package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The insight templates, the groups the demo assistants name in {@code insight_settings.insight_group_id}, and what
 * each conversation's insight runs found ({@link InsightRuns}). Two templates belong to no group: results of one of
 * them ("Escalation risk", removed from its group after those runs) can only be named through the template list.
 */
final class DemoInsights {

    static final String SUPPORT_GROUP = DemoData.SUPPORT_INSIGHT_GROUP_ID;
    static final String APPOINTMENTS_GROUP = "b7a4d2e9-6c18-4f3b-9e05-2a8c7f1d4b69";
    static final String ROADSIDE_GROUP = "e3f9a1c6-8b27-4d5e-a4c0-7b2d9e6f3a18";

    static final String BOOKING = "c81f4a6d-9b25-4e3c-8d70-5a2e6f9b1d38";
    static final String CALL_REASON = "4e9a7c2f-1d83-4b6e-a0f5-8c3d2e7b9a14";
    static final String GREETING = "98c3f1e7-5a2d-4b60-8e49-1f7a3c6d0b85";

    private static final Instant DEFAULTS_CREATED = Instant.parse("2024-06-03T00:00:00.000Z");

    private static final InsightTemplate SUMMARY = new InsightTemplate(
            DemoData.SUMMARY_INSIGHT_ID,
            "Summary",
            "Summarize the conversation in two or three sentences: what the customer wanted and what happened.",
            "default",
            null,
            DEFAULTS_CREATED);
    private static final InsightTemplate SENTIMENT = new InsightTemplate(
            DemoData.SENTIMENT_INSIGHT_ID,
            "Sentiment",
            "How did the customer feel by the end of the conversation?",
            "default",
            object(
                    "type",
                    "object",
                    "properties",
                    object(
                            "sentiment",
                            object("type", "string", "enum", List.of("positive", "neutral", "negative")),
                            "score",
                            object("type", "number", "minimum", -1, "maximum", 1)),
                    "required",
                    List.of("sentiment", "score")),
            DEFAULTS_CREATED);
    private static final InsightTemplate RESOLUTION = new InsightTemplate(
            DemoData.RESOLUTION_INSIGHT_ID,
            "Resolution",
            "Was the customer's request resolved in this conversation? Say why in one sentence.",
            "custom",
            object(
                    "type",
                    "object",
                    "properties",
                    object("resolved", object("type", "boolean"), "reason", object("type", "string")),
                    "required",
                    List.of("resolved", "reason")),
            Instant.parse("2024-11-05T10:02:44.190Z"));
    private static final InsightTemplate BOOKING_OUTCOME = new InsightTemplate(
            BOOKING,
            "Booking outcome",
            "Did the conversation end with a booking or a confirmed appointment? Give its code if one was read out.",
            "custom",
            object(
                    "type",
                    "object",
                    "properties",
                    object(
                            "booked",
                            object("type", "boolean"),
                            "confirmation_code",
                            object("type", List.of("string", "null"))),
                    "required",
                    List.of("booked")),
            Instant.parse("2025-01-27T09:15:08.602Z"));
    private static final InsightTemplate REASON = new InsightTemplate(
            CALL_REASON,
            "Call reason",
            "In a few words, why did the caller get in touch?",
            "custom",
            null,
            Instant.parse("2025-03-03T13:01:55.874Z"));
    /** Its schema comes as JSON text, which the API allows as well as an object. */
    private static final InsightTemplate ESCALATION = new InsightTemplate(
            DemoData.ESCALATION_INSIGHT_ID,
            "Escalation risk",
            "How likely is this customer to escalate or complain again?",
            "custom",
            "{\"type\":\"object\",\"properties\":{\"risk\":{\"type\":\"string\",\"enum\":[\"low\",\"medium\",\"high\"]},"
                    + "\"why\":{\"type\":\"string\"}},\"required\":[\"risk\"]}",
            Instant.parse("2024-12-09T16:40:12.335Z"));

    private static final InsightTemplate GREETING_CHECK = new InsightTemplate(
            GREETING,
            "Greeting and disclosure",
            "Did the assistant greet the caller by the business's name and say that the call is recorded?",
            "custom",
            object(
                    "type",
                    "object",
                    "properties",
                    object("greeted", object("type", "boolean"), "recording_disclosed", object("type", "boolean")),
                    "required",
                    List.of("greeted", "recording_disclosed")),
            Instant.parse("2025-04-22T08:27:39.051Z"));

    private static final List<InsightTemplate> TEMPLATES =
            List.of(SUMMARY, SENTIMENT, RESOLUTION, ESCALATION, BOOKING_OUTCOME, REASON, GREETING_CHECK);

    private static final List<InsightGroup> GROUPS = List.of(
            new InsightGroup(
                    SUPPORT_GROUP,
                    "Customer support",
                    "What every support conversation is checked for.",
                    Instant.parse("2024-11-05T10:05:20.447Z"),
                    List.of(SUMMARY, SENTIMENT, RESOLUTION)),
            new InsightGroup(
                    APPOINTMENTS_GROUP,
                    "Appointments and bookings",
                    "For assistants that book, move and confirm appointments or tables.",
                    Instant.parse("2025-01-27T09:16:30.118Z"),
                    List.of(SUMMARY, SENTIMENT, BOOKING_OUTCOME)),
            new InsightGroup(
                    ROADSIDE_GROUP,
                    "Roadside dispatch",
                    "Why drivers called and whether help was sent.",
                    Instant.parse("2025-03-03T13:02:41.006Z"),
                    List.of(SUMMARY, RESOLUTION, REASON)));

    private final Map<String, List<InsightRun>> runs;

    private DemoInsights(Map<String, List<InsightRun>> runs) {
        this.runs = runs;
    }

    /** The catalogue, with runs timed after each conversation's end ({@code endOf} gives it by conversation id). */
    static DemoInsights catalogue(Function<String, Instant> endOf) {
        return new DemoInsights(InsightRuns.forConversations(endOf));
    }

    /** Every template, in the order the paged list serves them. */
    List<InsightTemplate> templates() {
        return TEMPLATES;
    }

    Optional<InsightTemplate> template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    List<InsightGroup> groups() {
        return GROUPS;
    }

    Optional<InsightGroup> group(String id) {
        return GROUPS.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** A conversation's insight runs, newest first; empty when none ran. */
    List<InsightRun> runs(String conversationId) {
        return runs.getOrDefault(conversationId, List.of());
    }
}
