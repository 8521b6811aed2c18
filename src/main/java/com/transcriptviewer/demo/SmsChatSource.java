package com.transcriptviewer.demo;

import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A long SMS chat, computed per message: even indexes are the customer, odd ones the assistant's reply. Each
 * exchange starts a few minutes after the previous one, and its wording is picked by a random seeded with the
 * exchange number, so any message can be produced on its own and is always the same.
 */
final class SmsChatSource extends ComputedMessageSource {

    private static final long EXCHANGE_SPACING_MILLIS = 7 * 60_000L;

    private static final String[] CUSTOMER = {
        "Hi, can I move my delivery for order %s to %s?",
        "What time will the driver arrive for %s? I'm home after %s.",
        "Is %s still scheduled for %s?",
        "Can you leave order %s with the neighbour on %s?",
        "I missed the driver for %s. Can it come back on %s?",
        "Please cancel the redelivery of %s planned for %s.",
    };
    private static final String[] ASSISTANT = {
        "Done! Order %s is now scheduled for %s. You'll get a text when the driver is on the way.",
        "The driver for %s is planned for %s. I'll text you a 30-minute window that morning.",
        "Yes, %s is confirmed for %s. Reply STOP to opt out of updates.",
        "I've added a note to %s: leave with the neighbour on %s.",
        "No problem, %s will be redelivered on %s between 9 AM and 1 PM.",
        "The redelivery of %s on %s is cancelled. Your parcel stays at the depot for 7 days.",
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] TIMES = {"9 AM", "11 AM", "1 PM", "3 PM", "5 PM", "6:30 PM"};

    SmsChatSource(Instant start, int size, long seed) {
        super(start, size, seed);
    }

    @Override
    Message compute(int index) {
        int exchange = index / 2;
        boolean customer = index % 2 == 0;
        Random random = randomFor(exchange);
        int topic = random.nextInt(CUSTOMER.length);
        String order = "SMS-" + (40_000 + exchange * 7 % 9_000);
        String when = TIMES[random.nextInt(TIMES.length)];
        String day = DAYS[random.nextInt(DAYS.length)];
        long replyDelay = 20_000 + random.nextInt(70_000);
        long sentDelay = random.nextInt(10) < 4 ? 250 + random.nextInt(2_500) : 0;

        Instant exchangeStart = start().plusMillis(exchange * EXCHANGE_SPACING_MILLIS + random.nextInt(60_000));
        if (customer) {
            String text = String.format(CUSTOMER[topic], order, topic == 1 ? when : day);
            return new Message(Role.USER, text, List.of(), exchangeStart, exchangeStart, Map.of());
        }
        Instant created = exchangeStart.plusMillis(replyDelay);
        String text = String.format(ASSISTANT[topic], order, day);
        return new Message(Role.ASSISTANT, text, List.of(), created, created.plusMillis(sentDelay), Map.of());
    }
}
