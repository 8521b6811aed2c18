package com.transcriptviewer.analytics;

import com.transcriptviewer.library.LibraryStore;
import com.transcriptviewer.store.LocalDatabase;
import com.transcriptviewer.store.StoreException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The analytics of the calls kept in the library, read on its reader connection. The library may still be opening
 * (the window opens it on a thread of its own): a query waits for it, and says why when it could not be opened.
 */
public final class LibraryAnalytics implements AnalyticsSource {

    private final CompletableFuture<LibraryStore> library;

    public LibraryAnalytics(LibraryStore library) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(library, "library")));
    }

    public LibraryAnalytics(CompletableFuture<LibraryStore> library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    @Override
    public AnalyticsReport report(AnalyticsQuery query) throws StoreException {
        return read("Couldn't count the kept tool calls", c -> ToolCallAnalytics.report(c, query));
    }

    @Override
    public ToolCallAnalytics.Calls calls(AnalyticsQuery query, Figure figure) throws StoreException {
        return read(
                "Couldn't read the kept tool calls",
                c -> ToolCallAnalytics.calls(c, query, figure, ToolCallAnalytics.CALL_LIMIT));
    }

    @Override
    public Map<String, List<String>> assistants() throws StoreException {
        return read("Couldn't read the kept assistants", ToolCallAnalytics::assistants);
    }

    private <T> T read(String action, LocalDatabase.Work<T> work) throws StoreException {
        LibraryStore store;
        try {
            store = library.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof StoreException unopened
                    ? unopened
                    : new StoreException("The library could not be opened: " + cause.getMessage(), cause);
        }
        return store.read(action, work);
    }
}
