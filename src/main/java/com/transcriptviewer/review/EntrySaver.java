package com.transcriptviewer.review;

import com.transcriptviewer.model.ReviewEntry;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Sends the entries the view-models make to the store, and hands each outcome back on the FX side: the saved entry,
 * or the reason it was not saved in the user's words. Also tells every saved entry to whoever keeps count (the
 * header's progress, the browser).
 */
final class EntrySaver {

    private final ReviewService service;
    private final Executor fx;
    private final Consumer<ReviewEntry> saved;

    /** @param saved told of every entry the store saved, on the FX side, before the entry's own outcome */
    EntrySaver(ReviewService service, Executor fx, Consumer<ReviewEntry> saved) {
        this.service = Objects.requireNonNull(service, "service");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.saved = Objects.requireNonNull(saved, "saved");
    }

    /** The name verdicts are saved under now; "" when there is none. */
    String reviewer() {
        return service.reviewer();
    }

    Instant now() {
        return service.now();
    }

    /** True while the store is still being opened: a save waits for it. */
    boolean storeOpening() {
        return service.state() == ReviewService.State.OPENING;
    }

    /** Saves {@code entry}; {@code done} gets (entry, null) once saved or (entry, why not) on the FX side. */
    void save(ReviewEntry entry, BiConsumer<ReviewEntry, String> done) {
        service.save(entry)
                .whenComplete((ok, failure) -> fx.execute(() -> {
                    if (failure == null) {
                        saved.accept(entry);
                        done.accept(entry, null);
                    } else {
                        done.accept(entry, ReviewService.userMessage(failure));
                    }
                }));
    }
}
