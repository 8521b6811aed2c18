package com.transcriptviewer.library;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Run in a child process by {@link SyncSurvivesKillTest}: syncs {@code args[1]}'s conversations created in 2024 into
 * the library {@code args[0]}, printing "SETTLED n" after each conversation it settled, until it is killed.
 */
public final class SyncingChild {

    private SyncingChild() {}

    public static void main(String[] args) throws Exception {
        try (LibraryStore store = LibraryStore.open(Path.of(args[0]));
                TelnyxClient client = new TelnyxClient(ApiConfig.defaults(args[1], ApiKey.of("demo")))) {
            LibrarySync sync = new LibrarySync(client, store, Clock.systemUTC(), 4, Duration.ZERO);
            sync.run(LibrarySyncTest.YEAR_2024, new CancelToken(), progress -> {
                System.out.println("SETTLED " + progress.settled());
                System.out.flush();
            });
            System.out.println("FINISHED " + Instant.now());
        }
    }
}
