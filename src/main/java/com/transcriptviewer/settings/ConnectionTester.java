package com.transcriptviewer.settings;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;

/** Makes one real request with a key and base URL the user has not saved yet; blocks, so run it off the FX thread. */
@FunctionalInterface
public interface ConnectionTester {

    /** Returns how many conversations the request listed (it asks for at most one). */
    int test(String baseUrl, String apiKey, CancelToken cancel) throws ApiException;
}
