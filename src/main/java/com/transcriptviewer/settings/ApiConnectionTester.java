package com.transcriptviewer.settings;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ConversationQuery;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.platform.Logging;

/** Tests a key the user has not saved yet with one real request, on a client of its own that is closed right after. */
public final class ApiConnectionTester implements ConnectionTester {

    @Override
    public int test(String baseUrl, String apiKey, CancelToken cancel) throws ApiException {
        // Registered before the first request, so no log line can ever show it.
        Logging.registerSecret(apiKey);
        try (TelnyxClient client = new TelnyxClient(ApiConfig.defaults(baseUrl, ApiKey.of(apiKey)))) {
            return client.conversations(ConversationQuery.all().limit(1), cancel)
                    .size();
        }
    }
}
