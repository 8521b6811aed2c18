package com.transcriptviewer.transcript;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts in words, with grouping: "1 message", "1,204 messages". */
final class Counts {

    private Counts() {
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    static String messages(long count) {
        return number(count) + (count == 1 ? " message" : " messages");
    }
}
