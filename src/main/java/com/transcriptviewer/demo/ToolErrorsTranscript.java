package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.TranscriptBuilder.call;

import com.transcriptviewer.model.Message;
import java.time.Instant;
import java.util.List;

/**
 * A table booking by phone whose tool calls break Bistro Verde's own tool definitions in every way a JSON Schema can
 * be broken, one way per call, each answered by the webhook's error: a text where a whole number is declared, a value
 * outside an enum, a missing required property, a pattern not matched (top level and nested), a nested object's
 * missing property and wrong type, a property the schema does not allow, an array item outside its enum, a number
 * above its maximum; then a transfer to a number that is not a declared target, a function the assistant does not
 * have, and arguments that are not JSON. The calls in between and the last booking are correct.
 */
final class ToolErrorsTranscript {

    /** The caller's booking as it finally went through; the broken calls each change one thing in it. */
    private static final String GUEST = "\"guest\":{\"name\":\"Priya Shah\",\"phone\":\"+13125550148\"}";

    private static final String TABLE =
            "\"party_size\":4,\"date\":\"2025-05-24\",\"time\":\"19:30\",\"seating\":\"patio\"";

    private ToolErrorsTranscript() {}

    static List<Message> build(Instant start) {
        return new TranscriptBuilder(start, 707)
                .assistant("Good evening, Bistro Verde, this is Olive. How can I help you?")
                .user("Hi, I'd like a table for four tomorrow at half past seven. On the rooftop if you have one.")
                .calls(call(
                        "check_table_availability",
                        "{\"date\":\"2025-05-24\",\"time\":\"19:30\",\"party_size\":\"4\"}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"party_size: expected an integer\"}")
                .calls(call(
                        "check_table_availability",
                        "{\"date\":\"2025-05-24\",\"time\":\"19:30\",\"party_size\":4,\"seating\":\"rooftop\"}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"seating: expected indoor, patio or bar\"}")
                .calls(call(
                        "check_table_availability",
                        "{\"date\":\"2025-05-24\",\"time\":\"19:30\",\"party_size\":4,\"seating\":\"patio\"}"))
                .tool("{\"available\":true,\"seating\":\"patio\",\"times\":[\"19:15\",\"19:30\",\"20:00\"]}")
                .assistant("We don't have a rooftop, but I can offer a patio table for four tomorrow at 7:30. "
                        + "Shall I book it?")
                .user("Yes please. The name is Priya Shah.")
                .calls(call(
                        "book_table", "{\"party_size\":4,\"date\":\"2025-05-24\",\"seating\":\"patio\"," + GUEST + "}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"time is required\"}")
                .calls(call(
                        "book_table",
                        "{\"party_size\":4,\"date\":\"Saturday\",\"time\":\"19:30\",\"seating\":\"patio\"," + GUEST
                                + "}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"date: expected YYYY-MM-DD\"}")
                .calls(call("book_table", "{" + TABLE + ",\"guest\":{\"name\":\"Priya Shah\"}}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"guest.phone is required\"}")
                .assistant("Sorry for the wait. What's the best number to reach you?")
                .user("Three one two, five five five, zero one four eight.")
                .calls(call(
                        "book_table", "{" + TABLE + ",\"guest\":{\"name\":\"Priya Shah\",\"phone\":\"312-555-0148\"}}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"guest.phone: expected a number like +13125550148\"}")
                .calls(call("book_table", "{" + TABLE + ",\"guest\":{\"name\":\"Priya Shah\",\"phone\":3125550148}}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"guest.phone: expected a string\"}")
                .user("Is everything okay? Also, we'll need a high chair, and one of us is vegetarian and one can't "
                        + "have shellfish.")
                .calls(call("book_table", "{" + TABLE + "," + GUEST + ",\"high_chair\":true}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"high_chair is not a known field\"}")
                .calls(call(
                        "book_table",
                        "{" + TABLE + "," + GUEST + ",\"dietary_needs\":[\"vegetarian\",\"shellfish\"],"
                                + "\"notes\":\"High chair needed\"}"))
                .tool("{\"error\":\"invalid_request\",\"detail\":\"dietary_needs[1]: unknown dietary need\"}")
                .user("Oh, and my cousins might join us. Could we make it eighteen people?")
                .calls(call(
                        "book_table",
                        "{\"party_size\":18,\"date\":\"2025-05-24\",\"time\":\"19:30\",\"seating\":\"patio\"," + GUEST
                                + ",\"dietary_needs\":[\"vegetarian\",\"shellfish_allergy\"],"
                                + "\"notes\":\"High chair needed\"}"))
                .tool("{\"error\":\"party_too_large\",\"detail\":\"Parties over 12 are booked by the events team.\"}")
                .assistant("Parties over twelve are handled by our events team. Let me connect you.")
                .calls(call("transfer", "{\"targets\":[{\"to\":\"+13125550177\",\"name\":\"Events team\"}]}"))
                .tool("{\"error\":\"transfer_failed\",\"detail\":\"+13125550177 is not an allowed destination\"}")
                .user("Never mind, let's keep it at four. Can I also reserve a parking space?")
                .calls(call("reserve_parking", "{\"date\":\"2025-05-24\",\"time\":\"19:30\",\"spaces\":1}"))
                .tool("Error: no tool named reserve_parking")
                .calls(call("book_table", "{party_size: 4, date: '2025-05-24', time: '19:30', seating: 'patio'"))
                .tool("Error: could not parse tool arguments at line 1 column 2")
                .calls(call(
                        "book_table",
                        "{" + TABLE + "," + GUEST + ",\"dietary_needs\":[\"vegetarian\",\"shellfish_allergy\"],"
                                + "\"notes\":\"High chair needed\"}"))
                .tool("{\"status\":\"confirmed\",\"booking_id\":\"BV-2291\",\"party_size\":4,\"date\":\"2025-05-24\","
                        + "\"time\":\"19:30\"}")
                .assistant("You're booked: a patio table for four tomorrow at 7:30 PM, with a high chair and your "
                        + "dietary notes. Your booking number is BV-2291. We can't reserve parking, but there's a "
                        + "public garage on Oak Street.")
                .calls(call(
                        "send_message",
                        "{\"to\":\"+13125550148\",\"text\":\"Bistro Verde: table for 4, Sat May 24, "
                                + "7:30 PM. Booking BV-2291.\"}"))
                .tool("{\"status\":\"sent\"}")
                .user("Thank you, bye!")
                .calls(call("hangup", "{}"))
                .tool("{\"result\":\"call ended\"}")
                .build();
    }
}
