package com.transcriptviewer.library;

import java.util.Objects;
import java.util.Optional;

/**
 * A headless library command: {@code --search QUERY [--format json]} or {@code --sync --since DATE [--assistant ID]}.
 *
 * @param search the query, for {@code --search}
 * @param json   for {@code --search}: print JSON instead of lines
 * @param sync   what to fetch, for {@code --sync}
 */
public record LibraryRequest(Optional<String> search, boolean json, Optional<SyncRequest> sync) {

    public LibraryRequest {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(sync, "sync");
        if (search.isPresent() == sync.isPresent()) {
            throw new IllegalArgumentException("either a search or a sync");
        }
    }

    public static LibraryRequest search(String query, boolean json) {
        return new LibraryRequest(Optional.of(query), json, Optional.empty());
    }

    public static LibraryRequest sync(SyncRequest request) {
        return new LibraryRequest(Optional.empty(), false, Optional.of(request));
    }
}
