package com.transcriptviewer.bench;

import java.lang.ref.WeakReference;
import java.util.Locale;

/** Prints benchmark figures in the one format the bench profile promises: {@code BENCH <name> <value> <unit>}. */
final class Bench {

    private Bench() {}

    /**
     * The heap still in use once garbage is collected, in MB: collects until a collection frees nothing more, each
     * collection known to have run by a weakly held object it cleared (not by waiting a while).
     */
    static double usedHeapAfterGcMb() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            WeakReference<Object> sentinel = new WeakReference<>(new Object());
            // Bounded: with explicit collections switched off (-XX:+DisableExplicitGC) the sentinel may stay.
            for (int tries = 0; tries < 100 && sentinel.get() != null; tries++) {
                System.gc();
            }
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used / (1024.0 * 1024.0);
    }

    static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit));
    }
}
