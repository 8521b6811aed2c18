package com.transcriptviewer.api;

import java.time.Duration;

/** Says a wait the way a person would: "12 s", "3 min", "2 h". */
final class Waits {

    private Waits() {}

    static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return seconds + " s";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return minutes + " min";
        }
        return ((minutes + 59) / 60) + " h";
    }
}
