package com.transcriptviewer.analytics;

import com.transcriptviewer.library.LibraryStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The analytics of the calls kept in the library, read on its reader connection. */
public final class LibraryAnalytics implements AnalyticsSource {

    private final LibraryStore library;

    public LibraryAnalytics(LibraryStore library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    @Override
    public AnalyticsReport report(AnalyticsQuery query) throws Exception {
        return library.read("Couldn't count the kept tool calls", c -> ToolCallAnalytics.report(c, query));
    }

    @Override
    public ToolCallAnalytics.Calls calls(AnalyticsQuery query, Figure figure) throws Exception {
        return library.read(
                "Couldn't read the kept tool calls",
                c -> ToolCallAnalytics.calls(c, query, figure, ToolCallAnalytics.CALL_LIMIT));
    }

    @Override
    public Map<String, List<String>> assistants() throws Exception {
        return library.read("Couldn't read the kept assistants", ToolCallAnalytics::assistants);
    }
}
