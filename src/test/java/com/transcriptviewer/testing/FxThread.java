package com.transcriptviewer.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading and waiting on JavaFX state from a test thread, always on the FX thread: a property read anywhere else may
 * see a value half-way through an update.
 */
public final class FxThread {

    private FxThread() {}

    /**
     * Waits up to {@code seconds} for {@code condition}, evaluated on the FX thread each time, then for the FX events
     * queued meanwhile.
     */
    public static void waitUntil(BooleanSupplier condition, long seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} on the FX thread and returns its result (directly when already on it). */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        AtomicReference<T> result = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
                    result.set(work.call());
                    return null;
                })
                .get(30, TimeUnit.SECONDS);
        return result.get();
    }
}
