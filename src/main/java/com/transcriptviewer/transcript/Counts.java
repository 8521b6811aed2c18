package com.transcriptviewer.transcript;

import com.transcriptviewer.text.SizeFormat;

/** Counts in words, with grouping: "1 message", "1,204 messages". */
final class Counts {

    private Counts() {}

    static String messages(long count) {
        return SizeFormat.count(count) + (count == 1 ? " message" : " messages");
    }
}
