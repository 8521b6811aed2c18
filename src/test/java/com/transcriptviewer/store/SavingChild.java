package com.transcriptviewer.store;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.ReviewItem;
import com.transcriptviewer.model.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A process that saves verdicts as fast as it can and prints {@code SAVED <event id>} after each save has returned,
 * until it is killed. {@link SaveSurvivesKillTest} runs it in a JVM of its own.
 */
public final class SavingChild {

    private SavingChild() {}

    public static void main(String[] args) throws Exception {
        try (ReviewStore store = ReviewStores.openLocal(Path.of(args[0]))) {
            System.out.println("OPEN");
            System.out.flush();
            for (int i = 0; ; i++) {
                ReviewEntry entry = new ReviewEntry(
                        UUID.randomUUID().toString(),
                        i % 10 == 0
                                ? ReviewItem.conversation("conv-" + i / 100)
                                : Reviews.call("conv-" + i / 100, i % 100),
                        "ann",
                        Verdict.values()[i % 3],
                        "note " + "x".repeat(i % 500),
                        i % 10 == 0 ? List.of("label-" + i % 7) : List.of(),
                        null,
                        Instant.now());
                store.save(entry);
                System.out.println("SAVED " + entry.eventId());
                System.out.flush();
            }
        }
    }
}
