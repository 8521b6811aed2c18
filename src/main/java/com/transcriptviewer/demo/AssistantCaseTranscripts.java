package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.TranscriptBuilder.call;

import com.transcriptviewer.model.Message;
import java.time.Instant;
import java.util.List;

/**
 * Short conversations whose assistant is the point: one made with an older version of the shop's assistant (its
 * order lookup still took {@code order_number}), one naming a version that is no longer on record, and one whose
 * assistant has since been deleted. Each call is correct for the definition it was made with.
 */
final class AssistantCaseTranscripts {

    private AssistantCaseTranscripts() {}

    /** A web chat on the shop's "Spring launch" version: right for that version, wrong for the current one. */
    static List<Message> olderVersion(Instant start) {
        return new TranscriptBuilder(start, 808)
                .user("Hi, where is my order A-09817?")
                .calls(call("get_order_status", "{\"order_number\":\"A-09817\"}"))
                .tool("{\"order_number\":\"A-09817\",\"status\":\"delivered\",\"carrier\":\"FedEx\","
                        + "\"delivered_at\":\"2025-03-18T16:42:00Z\"}")
                .assistant("Order A-09817 was delivered by FedEx yesterday at 4:42 PM. Could it be with a neighbour "
                        + "or at another door?")
                .user("Found it at the back door, thanks!")
                .assistant("Glad it turned up! Have a good day.")
                .build();
    }

    /** An SMS whose assistant version is not on record any more: it checks against the current assistant. */
    static List<Message> missingVersion(Instant start) {
        return new TranscriptBuilder(start, 909)
                .user("Hi, can you redeliver parcel SMS-48812 on Thursday morning?")
                .calls(call(
                        "reschedule_delivery",
                        "{\"order_id\":\"SMS-48812\",\"day\":\"thursday\",\"window\":\"morning\"}"))
                .tool("{\"order_id\":\"SMS-48812\",\"day\":\"thursday\",\"window\":\"09:00-13:00\","
                        + "\"status\":\"rescheduled\"}")
                .assistant("Done! SMS-48812 will be redelivered on Thursday between 9 AM and 1 PM.")
                .user("Great, thanks")
                .build();
    }

    /** A web chat whose assistant was deleted: its calls can no longer be checked. */
    static List<Message> assistantGone(Instant start) {
        return new TranscriptBuilder(start, 1_010)
                .user("How much is left on my gift card ending 8842?")
                .calls(call("check_gift_card_balance", "{\"card_last4\":\"8842\"}"))
                .tool("{\"card_last4\":\"8842\",\"balance\":{\"amount\":37.5,\"currency\":\"USD\"}}")
                .assistant("Your gift card ending 8842 has $37.50 left.")
                .user("Thanks!")
                .build();
    }
}
