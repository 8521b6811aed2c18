package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.TranscriptBuilder.call;

import com.transcriptviewer.model.Message;
import java.time.Instant;
import java.util.List;

/**
 * Pairs worth comparing: the same scenario handled by two versions of one assistant. The shop's order question on
 * "Spring launch" looks the order up by {@code order_number} and also asks for the store's hours; on "Order lookup
 * by id" it passes {@code order_id} (a renamed argument), skips the store hours and adds the tracking panel. Northwind's
 * disputed bill on "Billing v2" ends with a hang-up; on "Billing v3" the assistant looks the bill up and adds a
 * transfer to billing. Every call is right for the version that made it.
 */
final class CompareTranscripts {

    private static final String ORDER_QUESTION =
            "Hi, where is my order A-11520? If it's not coming soon, is the Elm Street store open on Sunday?";
    private static final String NORTHWIND_GREETING =
            "Thanks for calling Northwind Energy, this is Ava. How can I help you today?";
    private static final String BILL_QUESTION = "My April bill is twice what I normally pay. The account ends in 5820.";

    private CompareTranscripts() {}

    /** The order question on the shop assistant's older version. */
    static List<Message> orderOnSpringLaunch(Instant start) {
        return new TranscriptBuilder(start, 1_111)
                .user(ORDER_QUESTION)
                .calls(call("get_order_status", "{\"order_number\":\"A-11520\"}"))
                .tool("{\"order_number\":\"A-11520\",\"status\":\"out_for_delivery\",\"carrier\":\"UPS\","
                        + "\"eta\":\"2025-03-22T18:00:00Z\"}")
                .assistant("Order A-11520 is out for delivery with UPS and should arrive tomorrow by 6 PM.")
                .calls(call("get_store_hours", "{\"store_id\":\"elm-street\",\"day\":\"sunday\"}"))
                .tool("{\"store_id\":\"elm-street\",\"day\":\"sunday\",\"open\":\"10:00\",\"close\":\"18:00\"}")
                .assistant("And the Elm Street store is open on Sunday from 10 AM to 6 PM, if you'd rather pick it up.")
                .user("Great, thanks!")
                .build();
    }

    /** The same order question on the shop assistant's current version. */
    static List<Message> orderOnLookupById(Instant start) {
        return new TranscriptBuilder(start, 1_212)
                .user(ORDER_QUESTION)
                .calls(call("get_order_status", "{\"order_id\":\"A-11520\"}"))
                .tool("{\"order_id\":\"A-11520\",\"status\":\"out_for_delivery\",\"carrier\":\"UPS\","
                        + "\"eta\":\"2025-04-12T18:00:00Z\"}")
                .assistant("Order A-11520 is out for delivery with UPS and should arrive tomorrow by 6 PM, so there "
                        + "is no need to go to the store. I'll open the tracking for you.")
                .calls(call("show_order_tracking", "{\"order_id\":\"A-11520\",\"carrier\":\"UPS\"}"))
                .tool("{\"result\":\"tracking panel shown\"}")
                .user("Great, thanks!")
                .build();
    }

    /** The disputed bill on Northwind's "Billing v2", which cannot see bills and has no one to pass the caller to. */
    static List<Message> billOnV2(Instant start) {
        return new TranscriptBuilder(start, 1_313)
                .assistant(NORTHWIND_GREETING)
                .user(BILL_QUESTION)
                .assistant("I'm sorry about that. I can't see bill details on this line; please call back during "
                        + "office hours and our billing team will go through it with you.")
                .user("Okay, bye.")
                .assistant("Goodbye, and sorry again for the trouble.")
                .calls(call("hangup", "{}"))
                .tool("{\"result\":\"call ended\"}")
                .build();
    }

    /** The same disputed bill on "Billing v3": the bill is looked up, then the caller is transferred to billing. */
    static List<Message> billOnV3(Instant start) {
        return new TranscriptBuilder(start, 1_414)
                .assistant(NORTHWIND_GREETING)
                .user(BILL_QUESTION)
                .calls(call("lookup_bill", "{\"account_last4\":\"5820\",\"month\":\"2025-04\"}"))
                .tool("{\"account_last4\":\"5820\",\"month\":\"2025-04\",\"amount\":{\"value\":212.4,"
                        + "\"currency\":\"USD\"},\"reading\":\"estimated\"}")
                .assistant("Your April bill is $212.40 and it was based on an estimated meter reading. Our billing "
                        + "team can correct it with an actual reading; I'll connect you now.")
                .user("Yes please.")
                .calls(
                        call(
                                "transfer",
                                "{\"targets\":[{\"to\":\"+13125550123\",\"name\":\"Billing\"}],"
                                        + "\"summary\":\"April bill of $212.40 on an estimated reading, account ending 5820.\"}"))
                .build();
    }
}
