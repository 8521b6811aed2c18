package com.transcriptviewer.demo;

import java.util.Map;

/** A complete answer: status, extra headers and the JSON body, ready to send (or to cut short). */
record DemoResponse(int status, Map<String, String> headers, byte[] body) {

    DemoResponse {
        headers = Map.copyOf(headers);
    }

    static DemoResponse json(int status, byte[] body) {
        return new DemoResponse(status, Map.of(), body);
    }
}
