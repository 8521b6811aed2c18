package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.TranscriptBuilder.call;

import com.transcriptviewer.model.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The short, hand-written demo conversations: each shows one everyday kind of call or chat. */
final class ScriptedTranscripts {

    private ScriptedTranscripts() {}

    /** A short phone call that ends with the assistant transferring the caller to billing. */
    static List<Message> billingTransfer(Instant start) {
        return new TranscriptBuilder(start, 101)
                .assistant("Thanks for calling Northwind Energy, this is Ava. How can I help you today?")
                .user("Hi, I was charged twice on my March bill.")
                .assistant("I'm sorry about that. Can you confirm the last four digits of your account number?")
                .user("It's 4471.")
                .assistant("Thank you. Duplicate charges are handled by our billing team, who can issue the refund "
                        + "directly. I'll connect you now, please stay on the line.")
                .user("Okay, thanks.")
                .calls(
                        call(
                                "transfer",
                                "{\"targets\":[{\"to\":\"+13125550123\",\"name\":\"Billing\"}],"
                                        + "\"summary\":\"Caller reports a duplicate charge on the March bill, account ending 4471.\"}"))
                .build();
    }

    /** Booking a dental appointment with webhook tools, then DTMF into the reminder line and hanging up. */
    static List<Message> appointmentBooking(Instant start) {
        return new TranscriptBuilder(start, 202)
                .assistant("Thank you for calling Lakeside Dental. This is Max, the virtual receptionist. "
                        + "How can I help?")
                .user("Hi, I'd like to book a cleaning for next week.")
                .assistant("Of course. Do you have a preferred day or time?")
                .user("Tuesday afternoon if possible.")
                .calls(call(
                        "check_availability",
                        "{\"date\":\"2025-04-22\",\"time_range\":{\"start\":\"12:00\","
                                + "\"end\":\"17:00\"},\"service\":\"cleaning\",\"provider\":null}"))
                .tool("{\"available_slots\":[\"2025-04-22T13:30:00-05:00\",\"2025-04-22T15:00:00-05:00\"],"
                        + "\"timezone\":\"America/Chicago\"}")
                .assistant("I have 1:30 PM or 3:00 PM on Tuesday, April 22. Which works better for you?")
                .user("3 PM, please.")
                .assistant("Great. May I have your full name and date of birth?")
                .user("Maria Gonzalez, March 3rd, 1988.")
                .calls(call(
                        "book_appointment",
                        "{\"patient\":{\"name\":\"Maria Gonzalez\",\"date_of_birth\":"
                                + "\"1988-03-03\",\"phone\":\"+13125550187\"},\"slot\":\"2025-04-22T15:00:00-05:00\","
                                + "\"service\":\"cleaning\",\"notes\":\"Prefers afternoon appointments\"}"))
                .tool("{\"status\":\"confirmed\",\"confirmation_code\":\"LD-48213\",\"reminder_sms\":true}")
                .assistant("You're booked for Tuesday, April 22 at 3:00 PM. Your confirmation code is LD-48213. "
                        + "I'll register it with our reminder line now.")
                .calls(call("send_dtmf", "{\"digits\":\"1ww48213#\"}"))
                .tool("{\"result\":\"DTMF digits sent\",\"digits\":\"1ww48213#\"}")
                .assistant("All set, you'll get a text reminder the day before. Anything else I can help with?")
                .user("No, that's all. Thanks!")
                .assistant("Have a great day, Maria. Goodbye!")
                .calls(call("hangup", "{}"))
                .tool("{\"result\":\"call ended\"}")
                .build();
    }

    /** One assistant turn that calls three tools at once, followed by their three results. */
    static List<Message> parallelToolCalls(Instant start) {
        return new TranscriptBuilder(start, 303)
                .user("Where's my order A-10293? And is the Elm Street store open on Sunday?")
                .calls(
                        call("get_order_status", "{\"order_id\":\"A-10293\"}"),
                        call("get_store_hours", "{\"store_id\":\"elm-street\",\"day\":\"sunday\"}"),
                        call("retrieval", "{\"query\":\"holiday opening hours policy\",\"top_k\":2}"))
                .tool("{\"order_id\":\"A-10293\",\"status\":\"out_for_delivery\",\"carrier\":\"UPS\","
                        + "\"eta\":\"2025-05-02T18:00:00Z\"}")
                .tool("{\"store_id\":\"elm-street\",\"day\":\"sunday\",\"open\":\"10:00\",\"close\":\"18:00\"}")
                .tool("{\"documents\":[{\"title\":\"Holiday hours\",\"snippet\":\"Stores close at 16:00 on public "
                        + "holidays.\"},{\"title\":\"Sunday hours\",\"snippet\":\"Most stores open 10:00-18:00.\"}]}")
                .assistant("Your order A-10293 is out for delivery with UPS and should arrive by 6 PM on May 2. "
                        + "The Elm Street store is open on Sunday from 10 AM to 6 PM.")
                .user("Perfect, thank you!")
                .assistant("You're welcome! Anything else?")
                .build();
    }

    static List<Message> passwordReset(Instant start) {
        return new TranscriptBuilder(start, 404)
                .user("I can't log in, it says my password expired.")
                .assistant("I can help with that. What's the email address on your account?")
                .user("jordan.lee@example.com")
                .calls(call("send_password_reset", "{\"email\":\"jordan.lee@example.com\"}"))
                .tool("{\"sent\":true,\"expires_in_minutes\":30}")
                .assistant("I've sent a reset link to jordan.lee@example.com. It's valid for 30 minutes.")
                .user("Got it, thanks.")
                .build();
    }

    static List<Message> appointmentReminder(Instant start) {
        return new TranscriptBuilder(start, 505)
                .assistant("Hi Sam, this is Lakeside Dental reminding you of your appointment tomorrow at "
                        + "9:30 AM. Reply C to confirm or R to reschedule.")
                .user("C")
                .calls(call("confirm_appointment", "{\"appointment_id\":\"apt_7731\",\"confirmed\":true}"))
                .tool("{\"status\":\"confirmed\"}")
                .assistant("Thanks, you're confirmed for tomorrow at 9:30 AM. See you then!")
                .build();
    }

    static List<Message> roadsideAssistance(Instant start) {
        return new TranscriptBuilder(start, 606)
                .assistant("Roadside assistance, this is Ava. Are you in a safe place?")
                .user("Yes, I'm on the shoulder of I-90 near exit 41. I have a flat tire.")
                .assistant("Thanks. I'm sending this to a dispatcher who can book a tow truck for you.")
                .calls(call(
                        "handoff",
                        "{\"assistant_id\":\"assistant-6c1f2b7e-3a54-4d8e-9f1a-52b8d0c4e913\","
                                + "\"reason\":\"dispatch tow truck\",\"location\":\"I-90 exit 41\"}"))
                .tool("{\"status\":\"handed_off\"}")
                .assistantWithMetadata(
                        "Hi, dispatch here. A truck is on its way, about 35 minutes out.",
                        Map.of("handoff_from", "assistant-2f9a0d4c-1b7e-4c3a-8e6d-7a5b9c1d2e3f"))
                .user("Thank you so much.")
                .build();
    }
}
