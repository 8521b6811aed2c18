package com.transcriptviewer.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;

/**
 * Says what happened in each slow pulse while scrolling (over {@value #SLOW_MS} ms from the end of one layout to the
 * next): where the time went (before layout, the scroll step itself, layout), garbage collection, class loading, JIT
 * compilation and rows added.
 */
final class PulseDiagnosis {

    private static final double SLOW_MS = 40;

    private final ListView<?> list;
    private final long started = System.nanoTime();
    private final List<String> slow = new ArrayList<>();
    private long gcCount = gcCount();
    private long gcMillis = gcMillis();
    private long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    private long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    private int rows;
    private long scrollNanos;

    PulseDiagnosis(ListView<?> list) {
        this.list = list;
    }

    void scrolled(long nanos) {
        scrollNanos = nanos;
    }

    /** Called at the end of each pulse's layout, with the end of the one before and the start of this one's. */
    void pulse(long previousEnd, long layoutStart, long now) {
        long gcC = gcCount();
        long gcM = gcMillis();
        long cl = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        int rowsNow = list.getItems().size();
        double interval = (now - previousEnd) / 1e6;
        if (interval > SLOW_MS) {
            slow.add(String.format(
                    Locale.ROOT,
                    "slow pulse at %.1f s: interval %.1f ms (before layout %.1f, scroll %.1f, layout %.1f);"
                            + " gc %d/%d ms, classes +%d, jit +%d ms, rows %d->%d",
                    (now - started) / 1e9,
                    interval,
                    (layoutStart - previousEnd) / 1e6,
                    scrollNanos / 1e6,
                    (now - layoutStart) / 1e6,
                    gcC - gcCount,
                    gcM - gcMillis,
                    cl - classes,
                    jit - jitMillis,
                    rows,
                    rowsNow));
        }
        gcCount = gcC;
        gcMillis = gcM;
        classes = cl;
        jitMillis = jit;
        rows = rowsNow;
        scrollNanos = 0;
    }

    void print() {
        slow.forEach(System.out::println);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }
}
