package com.transcriptviewer.bench;

import java.util.Locale;

/** Prints benchmark figures in the one format the bench profile promises: {@code BENCH <name> <value> <unit>}. */
final class Bench {

    private Bench() {}

    static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit));
    }
}
