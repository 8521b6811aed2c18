package com.transcriptviewer.library;

import java.util.List;

/**
 * How a sync ended: finished (every listed conversation kept or marked gone), cancelled, or stopped by a problem (the
 * API refused the key, the library can't be written); a cancelled or stopped sync, or one with failed conversations,
 * continues where it stopped when run again.
 *
 * @param problem  what stopped it, in the user's words; empty when it finished or was cancelled
 * @param failures "id: why" for each conversation that could not be fetched after every retry
 */
public record SyncOutcome(Status status, SyncProgress progress, String problem, List<String> failures) {

    public enum Status {
        FINISHED,
        CANCELLED,
        STOPPED
    }

    public SyncOutcome {
        failures = List.copyOf(failures);
    }
}
