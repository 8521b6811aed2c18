package com.transcriptviewer.analytics;

import java.util.List;
import java.util.Map;

/**
 * Where the analytics read the kept calls: the library's database in the app, a database file in tests. Every method
 * blocks (callers use the background pool); a failure comes as an exception whose message the user can read.
 */
public interface AnalyticsSource {

    AnalyticsReport report(AnalyticsQuery query) throws Exception;

    ToolCallAnalytics.Calls calls(AnalyticsQuery query, Figure figure) throws Exception;

    /** The assistants of the kept conversations, each with its versions (newest last), for the query's choices. */
    Map<String, List<String>> assistants() throws Exception;
}
