package com.transcriptviewer.settings;

import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.TeamServer;

/**
 * Connects to a team server the user has not saved yet and makes sure it is ready for reviews; blocks, so run it off
 * the FX thread. The real one is the review store's own test.
 */
@FunctionalInterface
public interface TeamServerTester {

    /** Returns when the server is ready for reviews; throws with the reason in the user's words. */
    void test(TeamServer server, String password) throws StoreException;
}
