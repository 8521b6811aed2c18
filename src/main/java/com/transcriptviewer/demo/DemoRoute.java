package com.transcriptviewer.demo;

/**
 * One GET endpoint, already matched to a request's path and holding the ids it named: it answers given the query.
 * The route classes ({@link ConversationRoutes}, {@link AssistantRoutes}, {@link InsightRoutes}) hand these out, so
 * {@link DemoApi} can answer 404 for an unknown path and 405 for a method other than GET before anything is looked up.
 */
@FunctionalInterface
interface DemoRoute {

    DemoResponse get(QueryParameters query) throws InvalidQueryException;
}
