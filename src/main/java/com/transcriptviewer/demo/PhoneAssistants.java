package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.DemoTools.assistant;
import static com.transcriptviewer.demo.DemoTools.handoff;
import static com.transcriptviewer.demo.DemoTools.hangup;
import static com.transcriptviewer.demo.DemoTools.invite;
import static com.transcriptviewer.demo.DemoTools.refer;
import static com.transcriptviewer.demo.DemoTools.sendDtmf;
import static com.transcriptviewer.demo.DemoTools.sendMessage;
import static com.transcriptviewer.demo.DemoTools.sipTarget;
import static com.transcriptviewer.demo.DemoTools.target;
import static com.transcriptviewer.demo.DemoTools.transfer;
import static com.transcriptviewer.demo.DemoTools.webhook;
import static com.transcriptviewer.demo.Schemas.array;
import static com.transcriptviewer.demo.Schemas.bool;
import static com.transcriptviewer.demo.Schemas.choice;
import static com.transcriptviewer.demo.Schemas.closed;
import static com.transcriptviewer.demo.Schemas.enumItem;
import static com.transcriptviewer.demo.Schemas.formatted;
import static com.transcriptviewer.demo.Schemas.integer;
import static com.transcriptviewer.demo.Schemas.nested;
import static com.transcriptviewer.demo.Schemas.nullableString;
import static com.transcriptviewer.demo.Schemas.parameters;
import static com.transcriptviewer.demo.Schemas.patterned;
import static com.transcriptviewer.demo.Schemas.properties;
import static com.transcriptviewer.demo.Schemas.string;

import java.util.List;
import java.util.Map;

/**
 * The demo's phone assistants, one per business: each declares exactly the tools its demo calls use (and a few more
 * it never needed), so checking those calls shows green, except the restaurant's, whose call is the deliberate mess.
 */
final class PhoneAssistants {

    static final String NORTHWIND_BILLING = "assistant-7e3c1a94-2b6d-4f58-9c0e-3d8a5b1f6e27";
    static final String NORTHWIND_VERSION = "20250402T091530118000";
    /** Northwind's older "Billing v2": a transfer and a hang-up, no bill lookup. */
    static final String NORTHWIND_V2 = "20250114T162005730000";

    static final String LAKESIDE_DESK = "assistant-3b8e5d12-9a47-4c6f-b0d3-6e1f8a2c9d54";
    static final String LAKESIDE_DESK_VERSION = "20250410T154407233000";
    /** The roadside assistant; its dispatcher's message names it as {@code handoff_from}. */
    static final String ROADSIDE = "assistant-2f9a0d4c-1b7e-4c3a-8e6d-7a5b9c1d2e3f";

    static final String ROADSIDE_VERSION = "20250528T172245019000";
    /** The dispatcher the roadside call is handed to. */
    static final String DISPATCH = "assistant-6c1f2b7e-3a54-4d8e-9f1a-52b8d0c4e913";

    static final String ACCOUNTS = "assistant-94d2f6a8-1c3e-4b7d-8a5f-0e6c2d9b3a71";
    static final String BISTRO_VERSION = "20250519T082233917000";

    private static final String AGENT_LINE = "+13125550100";
    private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
    private static final String TIME = "^([01]\\d|2[0-3]):[0-5]\\d$";
    private static final String E164 = "^\\+[1-9]\\d{6,14}$";

    private PhoneAssistants() {}

    /** Every version of each phone assistant, newest first. */
    static List<List<DemoAssistant>> histories() {
        return List.of(northwindBilling(), lakesideDesk(), roadside(), dispatch(), accounts(), bistroVerde());
    }

    private static List<DemoAssistant> northwindBilling() {
        Map<String, Object> lookupBill = webhook("lookup_bill", "Looks up one month's bill for an account.")
                .get("https://api.northwind-energy.example/v1/accounts/{account_last4}/bills")
                .path(parameters(
                        properties("account_last4", patterned("^\\d{4}$", "Last four digits of the account")),
                        "account_last4"))
                .query(parameters(properties("month", patterned("^\\d{4}-\\d{2}$", "Billing month, YYYY-MM"))))
                .build();
        Map<String, Object> transfer = transfer(
                AGENT_LINE,
                "Transfer the caller once you know which team can help.",
                target("+13125550123", "Billing"),
                target("+13125550124", "Outages"));
        Map<String, Object> hangup = hangup("End the call when the caller has nothing else.");
        DemoAssistant current = DemoAssistant.builder(NORTHWIND_BILLING, "Northwind Energy billing")
                .describedAs("Answers Northwind Energy's billing line and routes callers to the right team.")
                .model("openai/gpt-4o")
                .instructions("You are Ava, Northwind Energy's billing assistant. Confirm the last four digits of the "
                        + "account before discussing it. Refunds and disputes go to the billing team.")
                .greeting("Thanks for calling Northwind Energy, this is Ava. How can I help you today?")
                .created("2024-11-04T15:20:41.902Z")
                .phone("dual", "mp3")
                .insightGroup(DemoInsights.SUPPORT_GROUP)
                .version(NORTHWIND_VERSION, "Billing v3")
                .tools(
                        lookupBill,
                        transfer,
                        refer(sipTarget("Billing queue", "sip:billing-queue@sip.northwind-energy.example")),
                        hangup)
                .build();
        return List.of(current, current.asVersion(NORTHWIND_V2, "Billing v2", List.of(transfer, hangup)));
    }

    private static List<DemoAssistant> lakesideDesk() {
        Map<String, Object> checkAvailability = webhook(
                        "check_availability", "Finds free appointment slots on a day, optionally within a time range.")
                .post("https://api.lakesidedental.example/v1/availability")
                .body(closed(
                        properties(
                                "date",
                                patterned(DATE, "Day to search, YYYY-MM-DD"),
                                "time_range",
                                nested(
                                        "Earliest and latest start time",
                                        properties(
                                                "start", patterned(TIME, "HH:MM, 24-hour"),
                                                "end", patterned(TIME, "HH:MM, 24-hour")),
                                        "start",
                                        "end"),
                                "service",
                                choice("Kind of visit", "cleaning", "checkup", "filling", "whitening", "emergency"),
                                "provider",
                                nullableString("Preferred dentist, or null for anyone")),
                        "date",
                        "service"))
                .build();
        Map<String, Object> bookAppointment = webhook("book_appointment", "Books a slot the caller has chosen.")
                .post("https://api.lakesidedental.example/v1/appointments")
                .body(closed(
                        properties(
                                "patient",
                                nested(
                                        "Who the appointment is for",
                                        properties(
                                                "name", string("Full name"),
                                                "date_of_birth", patterned(DATE, "YYYY-MM-DD"),
                                                "phone", patterned(E164, "Mobile number for the reminder text")),
                                        "name",
                                        "date_of_birth"),
                                "slot",
                                formatted("date-time", "Start of the slot, as check_availability returned it"),
                                "service",
                                choice("Kind of visit", "cleaning", "checkup", "filling", "whitening", "emergency"),
                                "notes",
                                string("Anything the front desk should know")),
                        "patient",
                        "slot",
                        "service"))
                .build();
        DemoAssistant current = DemoAssistant.builder(LAKESIDE_DESK, "Lakeside Dental receptionist")
                .describedAs("Books, moves and confirms appointments for Lakeside Dental by phone.")
                .model("anthropic/claude-3-5-sonnet")
                .instructions("You are Max, Lakeside Dental's virtual receptionist. Offer at most two slots at a time "
                        + "and read the confirmation code back. Register every booking with the reminder line.")
                .greeting("Thank you for calling Lakeside Dental. This is Max, the virtual receptionist.")
                .created("2025-01-27T09:02:13.448Z")
                .phone("single", "wav")
                .insightGroup(DemoInsights.APPOINTMENTS_GROUP)
                .version(LAKESIDE_DESK_VERSION, "Spring hours")
                .tools(
                        checkAvailability,
                        bookAppointment,
                        sendDtmf(),
                        transfer(
                                AGENT_LINE,
                                "Front desk, for anything you cannot book.",
                                target("+13125550190", "Front desk")),
                        hangup("Hang up after saying goodbye."))
                .build();
        return List.of(current, current.asVersion("20250218T110204871000", "Launch", current.tools()));
    }

    private static List<DemoAssistant> roadside() {
        DemoAssistant current = DemoAssistant.builder(ROADSIDE, "Roadside assistance")
                .describedAs("Takes roadside-assistance calls and hands them to dispatch.")
                .model("openai/gpt-4o")
                .instructions("You are Ava from roadside assistance. First make sure the caller is safe, then get "
                        + "the location and the problem, and hand the call to the dispatcher.")
                .greeting("Roadside assistance, this is Ava. Are you in a safe place?")
                .created("2025-03-03T12:44:09.117Z")
                .phone("dual", "wav")
                .insightGroup(DemoInsights.ROADSIDE_GROUP)
                .version(ROADSIDE_VERSION, "Dispatch handoff")
                .tools(
                        handoff("distinct", assistant(DISPATCH, "Roadside dispatcher")),
                        webhook("log_incident", "Records what happened and where.")
                                .post("https://api.roadside.example/v1/incidents")
                                .body(parameters(
                                        properties(
                                                "location", string("Road and nearest exit or landmark"),
                                                "issue",
                                                        choice(
                                                                "What is wrong",
                                                                "flat_tire",
                                                                "battery",
                                                                "lockout",
                                                                "tow",
                                                                "accident"),
                                                "safe", bool("Whether the caller is off the road")),
                                        "location",
                                        "issue"))
                                .build(),
                        transfer(AGENT_LINE, "Claims questions.", target("+13125550135", "Claims desk")),
                        hangup("Hang up once help is on the way."))
                .build();
        return List.of(current);
    }

    private static List<DemoAssistant> dispatch() {
        DemoAssistant current = DemoAssistant.builder(DISPATCH, "Roadside dispatcher")
                .describedAs("Books tow trucks and tells the caller when they will arrive.")
                .model("openai/gpt-4o-mini")
                .instructions("You are the roadside dispatcher. Book the nearest tow truck and give the caller an "
                        + "arrival estimate.")
                .greeting("Hi, dispatch here.")
                .created("2025-03-03T12:51:37.560Z")
                .phone("dual", "wav")
                .insightGroup(DemoInsights.ROADSIDE_GROUP)
                .version("20250528T171930604000", "First release")
                .tools(
                        webhook("dispatch_tow_truck", "Sends the nearest tow truck.")
                                .post("https://api.roadside.example/v1/dispatches")
                                .body(parameters(
                                        properties(
                                                "location", string("Where the vehicle is"),
                                                "vehicle", string("Make, model and colour"),
                                                "priority", integer(1, 3, "1 is most urgent")),
                                        "location"))
                                .build(),
                        sendMessage("Your tow truck is on its way and should arrive in {{eta_minutes}} minutes."),
                        hangup("Hang up once the truck is booked."))
                .build();
        return List.of(current);
    }

    private static List<DemoAssistant> accounts() {
        DemoAssistant current = DemoAssistant.builder(ACCOUNTS, "Account services")
                .describedAs("Looks up tickets, accounts, shipments and invoices for customers who call in.")
                .model("meta-llama/Meta-Llama-3.1-70B-Instruct")
                .instructions("Look up whatever record the caller asks about and read its status back. Ask for the "
                        + "reference number when you do not have it.")
                .greeting("Account services, how can I help?")
                .created("2025-05-12T09:30:02.009Z")
                .phone("single", "mp3")
                .insightGroup(DemoInsights.SUPPORT_GROUP)
                .version("20250512T093318250000", "Load test")
                .tools(
                        webhook("lookup_record", "Finds a ticket, account, shipment or invoice by reference.")
                                .post("https://api.accounts.example/v1/records/lookup")
                                .body(closed(
                                        properties(
                                                "kind",
                                                choice("What to look up", "ticket", "account", "shipment", "invoice"),
                                                "reference",
                                                integer(100_000, 999_999, "Six-digit reference"),
                                                "turn",
                                                integer(1, 100_000, "Turn of the conversation, for tracing")),
                                        "kind",
                                        "reference"))
                                .build(),
                        webhook("get_profile", "Reads one field of the caller's profile.")
                                .post("https://api.accounts.example/v1/profile")
                                .body(closed(
                                        properties(
                                                "field", choice("Which field", "address", "email", "phone", "plan"),
                                                "turn", integer(1, 100_000, "Turn of the conversation")),
                                        "field"))
                                .build(),
                        webhook("get_billing", "Lists the caller's latest payments.")
                                .get("https://api.accounts.example/v1/billing")
                                .query(parameters(
                                        properties(
                                                "last", integer(1, 12, "How many payments"),
                                                "turn", integer(1, 100_000, "Turn of the conversation")),
                                        "last"))
                                .build(),
                        invite(AGENT_LINE, target("+13125550109", "Supervisor")),
                        hangup("Hang up when the caller is done."))
                .build();
        return List.of(current);
    }

    private static List<DemoAssistant> bistroVerde() {
        Map<String, Object> seating = choice("Where to sit", "indoor", "patio", "bar");
        DemoAssistant current = DemoAssistant.builder(DemoData.BISTRO_ASSISTANT_ID, "Bistro Verde reservations")
                .describedAs("Takes table bookings for Bistro Verde by phone.")
                .model("meta-llama/Meta-Llama-3.1-70B-Instruct")
                .instructions("You are Olive, Bistro Verde's host. Check availability before booking, book parties "
                        + "of up to 12, and send larger parties to the events team.")
                .greeting("Good evening, Bistro Verde, this is Olive. How can I help you?")
                .created("2025-05-06T10:14:22.310Z")
                .phone("dual", "mp3")
                .insightGroup(DemoInsights.APPOINTMENTS_GROUP)
                .version(BISTRO_VERSION, "Dietary needs")
                .tools(
                        webhook("check_table_availability", "Finds out whether a table is free.")
                                .get("https://api.bistroverde.example/v1/availability")
                                .query(parameters(
                                        properties(
                                                "date", patterned(DATE, "YYYY-MM-DD"),
                                                "time", patterned(TIME, "HH:MM, 24-hour"),
                                                "party_size", integer(1, 12, "Number of guests"),
                                                "seating", seating),
                                        "date",
                                        "time",
                                        "party_size"))
                                .build(),
                        webhook("book_table", "Books a table once the guest has agreed to it.")
                                .post("https://api.bistroverde.example/v1/bookings")
                                .body(closed(
                                        properties(
                                                "party_size",
                                                integer(1, 12, "Number of guests"),
                                                "date",
                                                patterned(DATE, "YYYY-MM-DD"),
                                                "time",
                                                patterned(TIME, "HH:MM, 24-hour"),
                                                "seating",
                                                seating,
                                                "guest",
                                                nested(
                                                        "Who the booking is for",
                                                        properties(
                                                                "name", string("Guest's name"),
                                                                "phone", patterned(E164, "Number in +1... form")),
                                                        "name",
                                                        "phone"),
                                                "dietary_needs",
                                                array(
                                                        enumItem(
                                                                "vegetarian",
                                                                "vegan",
                                                                "gluten_free",
                                                                "nut_allergy",
                                                                "shellfish_allergy"),
                                                        "Needs the kitchen must know about"),
                                                "notes",
                                                string("Anything else, such as a high chair")),
                                        "party_size",
                                        "date",
                                        "time",
                                        "guest"))
                                .build(),
                        webhook("cancel_booking", "Cancels a booking by its number.")
                                .at("DELETE", "https://api.bistroverde.example/v1/bookings/{booking_id}")
                                .path(parameters(
                                        properties("booking_id", patterned("^BV-\\d{4}$", "Booking number")),
                                        "booking_id"))
                                .build(),
                        transfer(
                                AGENT_LINE,
                                "Parties over 12 go to the events team; anything else to the host stand.",
                                target("+13125550140", "Host stand"),
                                target("+13125550141", "Events team")),
                        sendMessage("Bistro Verde: your table is booked. Booking {{booking_id}}."),
                        hangup("Hang up after the guest says goodbye."))
                .build();
        return List.of(current);
    }
}
