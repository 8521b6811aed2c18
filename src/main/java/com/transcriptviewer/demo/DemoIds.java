package com.transcriptviewer.demo;

import java.util.Base64;
import java.util.Random;

/** Identifiers in the shapes the real API uses, drawn from a caller's seeded random so they never change. */
final class DemoIds {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private DemoIds() {}

    /** A tool call id like OpenAI-style assistants produce: {@code call_} and 24 letters or digits. */
    static String toolCallId(Random random) {
        StringBuilder id = new StringBuilder("call_");
        for (int i = 0; i < 24; i++) {
            id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    /** A call control id: {@code v3:} followed by base64url text. */
    static String callControlId(Random random) {
        byte[] bytes = new byte[45];
        random.nextBytes(bytes);
        return "v3:" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
