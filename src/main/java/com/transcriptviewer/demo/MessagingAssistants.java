package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoTools.clientSide;
import static com.transcriptviewer.demo.DemoTools.legacy;
import static com.transcriptviewer.demo.DemoTools.pay;
import static com.transcriptviewer.demo.DemoTools.retrieval;
import static com.transcriptviewer.demo.DemoTools.sendMessage;
import static com.transcriptviewer.demo.DemoTools.skipTurn;
import static com.transcriptviewer.demo.DemoTools.updateDynamicVariables;
import static com.transcriptviewer.demo.DemoTools.variable;
import static com.transcriptviewer.demo.DemoTools.webhook;
import static com.transcriptviewer.demo.JsonTree.object;
import static com.transcriptviewer.demo.Schemas.array;
import static com.transcriptviewer.demo.Schemas.bool;
import static com.transcriptviewer.demo.Schemas.choice;
import static com.transcriptviewer.demo.Schemas.closed;
import static com.transcriptviewer.demo.Schemas.formatted;
import static com.transcriptviewer.demo.Schemas.integer;
import static com.transcriptviewer.demo.Schemas.nested;
import static com.transcriptviewer.demo.Schemas.parameters;
import static com.transcriptviewer.demo.Schemas.patterned;
import static com.transcriptviewer.demo.Schemas.properties;
import static com.transcriptviewer.demo.Schemas.string;

import java.util.List;
import java.util.Map;

/**
 * The demo's SMS and web-chat assistants. The shop's assistant has an older version whose order lookup took
 * {@code order_number} (since renamed {@code order_id}); the delivery assistant's conversations name a version that
 * is no longer on record; the dental reminders carry tool types older assistants have.
 */
final class MessagingAssistants {

    static final String LAKESIDE_REMINDERS = "assistant-71b3e8d6-4f2a-4c95-a7d0-9e5c2b8f1a63";
    static final String LAKESIDE_REMINDERS_VERSION = "20250210T143301905000";
    static final String PARCELNET_OLD_VERSION = "20241220T163318540000";
    static final String QA_SANDBOX = "assistant-5a0c8e3f-7d19-4e62-a4b8-1f9d6c2e7b05";
    static final String QA_SANDBOX_VERSION = "20250609T160512448000";

    private MessagingAssistants() {}

    /** Every version of each messaging assistant, newest first. */
    static List<List<DemoAssistant>> histories() {
        return List.of(lakesideReminders(), shop(), parcelnet(), qaSandbox());
    }

    private static List<DemoAssistant> lakesideReminders() {
        DemoAssistant current = DemoAssistant.builder(LAKESIDE_REMINDERS, "Lakeside Dental reminders")
                .describedAs("Texts appointment reminders and records the patient's answer.")
                .model("openai/gpt-4o-mini")
                .instructions("Remind the patient of tomorrow's appointment. C confirms, R asks for a new time.")
                .created("2024-09-16T08:11:54.733Z")
                .messaging()
                .insightGroup(DemoInsights.APPOINTMENTS_GROUP)
                .version(LAKESIDE_REMINDERS_VERSION, "Reminder texts")
                .tools(
                        webhook("confirm_appointment", "Marks an appointment as confirmed or not.")
                                .post("https://api.lakesidedental.example/v1/appointments/confirm")
                                .body(closed(
                                        properties(
                                                "appointment_id", patterned("^apt_\\d+$", "Appointment id, apt_..."),
                                                "confirmed", bool("True when the patient confirmed")),
                                        "appointment_id",
                                        "confirmed"))
                                .build(),
                        sendMessage("Lakeside Dental: reply C to confirm or R to reschedule {{appointment_time}}."),
                        legacy(
                                "book_appointment",
                                object(
                                        "api_key_ref",
                                        "calcom_lakeside",
                                        "event_type_id",
                                        1_748_203,
                                        "attendee_timezone",
                                        "America/Chicago")),
                        legacy(
                                "check_availability",
                                object("api_key_ref", "calcom_lakeside", "event_type_id", 1_748_203)))
                .build();
        return List.of(current);
    }

    private static List<DemoAssistant> shop() {
        Map<String, Object> storeHours = webhook("get_store_hours", "Opening hours of one store on one day.")
                .get("https://api.harborpine.example/v1/stores/{store_id}/hours")
                .path(parameters(
                        properties("store_id", patterned("^[a-z-]+$", "Store slug, e.g. elm-street")), "store_id"))
                .query(parameters(
                        properties(
                                "day",
                                choice(
                                        "Day of the week",
                                        "monday",
                                        "tuesday",
                                        "wednesday",
                                        "thursday",
                                        "friday",
                                        "saturday",
                                        "sunday")),
                        "day"))
                .build();
        Map<String, Object> passwordReset = webhook("send_password_reset", "Emails a password-reset link.")
                .post("https://api.harborpine.example/v1/accounts/password-reset")
                .body(closed(properties("email", formatted("email", "The account's email address")), "email"))
                .build();
        Map<String, Object> helpCenter = retrieval(3, "harborpine-help-center");
        Map<String, Object> tracking = clientSide(
                "show_order_tracking",
                "Opens the tracking panel beside the chat.",
                parameters(
                        properties(
                                "order_id", patterned("^A-\\d{5}$", "Order id"),
                                "carrier", choice("Carrier", "UPS", "FedEx", "USPS")),
                        "order_id"));
        DemoAssistant current = DemoAssistant.builder(DemoData.SHOP_ASSISTANT_ID, "Harbor & Pine web assistant")
                .describedAs("Answers order, store and account questions in the web shop's chat.")
                .model("openai/gpt-4o")
                .instructions("You are the Harbor & Pine shop assistant. Look orders up by id, give store hours, and "
                        + "help customers into their accounts. Use the help center for policies.")
                .greeting("Hi! How can I help with your order today?")
                .created("2025-02-11T17:45:30.286Z")
                .messaging()
                .insightGroup(DemoInsights.SUPPORT_GROUP)
                .version(DemoData.SHOP_VERSION_ID, "Order lookup by id")
                .tools(orderStatus("order_id"), storeHours, helpCenter, passwordReset, tracking)
                .build();
        DemoAssistant spring = current.asVersion(
                DemoData.SHOP_OLD_VERSION_ID,
                "Spring launch",
                List.of(orderStatus("order_number"), storeHours, helpCenter, passwordReset));
        return List.of(current, spring);
    }

    /** The order lookup; its one parameter was called {@code order_number} until version "Order lookup by id". */
    private static Map<String, Object> orderStatus(String parameter) {
        return webhook("get_order_status", "Status, carrier and delivery estimate of one order.")
                .get("https://api.harborpine.example/v1/orders/{" + parameter + "}")
                .path(parameters(
                        properties(parameter, patterned("^A-\\d{5}$", "Order id, A- and five digits")), parameter))
                .build();
    }

    private static List<DemoAssistant> parcelnet() {
        Map<String, Object> reschedule = webhook("reschedule_delivery", "Moves a delivery to another day and window.")
                .post("https://api.parcelnet.example/v2/deliveries/{order_id}/reschedule")
                .path(parameters(
                        properties("order_id", patterned("^SMS-\\d{5}$", "Order id, SMS- and five digits")),
                        "order_id"))
                .body(parameters(
                        properties(
                                "day",
                                choice(
                                        "Delivery day",
                                        "monday",
                                        "tuesday",
                                        "wednesday",
                                        "thursday",
                                        "friday",
                                        "saturday"),
                                "window",
                                choice("Time window", "morning", "afternoon", "evening")),
                        "day"))
                .build();
        Map<String, Object> notify = sendMessage("Parcelnet: {{order_id}} is now due {{day}}, {{window}}.");
        DemoAssistant current = DemoAssistant.builder(DemoData.PARCELNET_ASSISTANT_ID, "Parcelnet delivery texts")
                .describedAs("Reschedules parcel deliveries over SMS.")
                .model("openai/gpt-4o-mini")
                .instructions("Help the customer move, redirect or cancel a delivery. Always repeat the new day back.")
                .created("2024-10-02T13:05:48.391Z")
                .messaging()
                .insightGroup(DemoInsights.SUPPORT_GROUP)
                .version(DemoData.PARCELNET_VERSION_ID, "Spring windows")
                .tools(
                        reschedule,
                        notify,
                        updateDynamicVariables(
                                "remember_delivery_preferences",
                                "Remembers how the customer likes deliveries handled.",
                                variable("preferred_day", "string", "Day the customer usually wants"),
                                variable("leave_with_neighbour", "boolean", "Whether a neighbour may sign")))
                .build();
        return List.of(
                current, current.asVersion(PARCELNET_OLD_VERSION, "Holiday season", List.of(reschedule, notify)));
    }

    private static List<DemoAssistant> qaSandbox() {
        DemoAssistant current = DemoAssistant.builder(QA_SANDBOX, "Acme Support QA sandbox")
                .describedAs("The QA team's assistant for trying odd transcripts in the viewer.")
                .model("openai/gpt-4o-mini")
                .instructions("You are a helpful assistant for Acme Support. Keep answers short.")
                .greeting("Hello! I'm the Acme support assistant. What can I do for you?")
                .created("2025-06-09T15:58:01.774Z")
                .messaging()
                .insightGroup(DemoInsights.SUPPORT_GROUP)
                .version(QA_SANDBOX_VERSION, "QA build 4711")
                .tools(
                        webhook("lookup_weather", "Current weather in a city.")
                                .get("https://api.acme.example/v1/weather")
                                .query(parameters(properties("city", string("City name")), "city"))
                                .build(),
                        webhook("upload_document", "Stores a document the customer pasted, in chunks.")
                                .post("https://api.acme.example/v1/documents")
                                .body(parameters(
                                        properties(
                                                "document",
                                                nested(
                                                        "The document",
                                                        properties(
                                                                "name",
                                                                string("File name"),
                                                                "chunks",
                                                                array(
                                                                        nested(
                                                                                "One chunk of text",
                                                                                properties(
                                                                                        "page", integer("Page number"),
                                                                                        "text",
                                                                                                string(
                                                                                                        "Text of the chunk")),
                                                                                "page",
                                                                                "text"),
                                                                        "The text, in order")),
                                                        "name",
                                                        "chunks")),
                                        "document"))
                                .build(),
                        updateDynamicVariables(
                                "update_dynamic_variables",
                                "Stores nested test data in the conversation's variables.",
                                variable("level", "object", "Nested test data")),
                        skipTurn("Stay silent for one turn."),
                        sendMessage("{{message}}"),
                        pay("acme-stripe", "USD", "card", "Takes a card payment for an order."))
                .build();
        return List.of(current);
    }
}
