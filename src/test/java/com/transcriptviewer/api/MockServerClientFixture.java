package com.transcriptviewer.api;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A client pointed at a fresh MockWebServer for each test, configured by {@link TestConfigs#forServer}, with a
 * sleeper that records the waits it is asked for instead of waiting.
 */
abstract class MockServerClientFixture {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingSleeper sleeper = new RecordingSleeper();
    TelnyxClient client;

    @BeforeEach
    void openClient() {
        client = new TelnyxClient(TestConfigs.forServer(server, sleeper));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}
