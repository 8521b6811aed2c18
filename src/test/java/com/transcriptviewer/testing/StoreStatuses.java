package com.transcriptviewer.testing;

import static org.assertj.core.api.Assertions.fail;

import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.StoreStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Waits on a review store's status changes (the store tells its listeners), never on a fixed time. */
public final class StoreStatuses {

    private StoreStatuses() {}

    /** The first status that {@code wanted} accepts, now or once the store reports it; fails after 20 s. */
    public static StoreStatus await(ReviewStore store, Predicate<StoreStatus> wanted) throws Exception {
        CompletableFuture<StoreStatus> reached = new CompletableFuture<>();
        try (AutoCloseable listening = store.onStatusChange(status -> {
            if (wanted.test(status)) {
                reached.complete(status);
            }
        })) {
            // Checked after listening starts, so a change between the two is not missed.
            StoreStatus now = store.status();
            if (wanted.test(now)) {
                return now;
            }
            return reached.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("status in time: " + store.status());
        }
    }

    /** Waits until the server is reachable and nothing waits to be sent. */
    public static StoreStatus awaitSent(ReviewStore store) throws Exception {
        return await(store, status -> status.reachable() && status.pending() == 0);
    }
}
