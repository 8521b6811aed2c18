package com.transcriptviewer.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code --serve-demo}: runs the demo API server on its own so other clients (curl, the official SDKs) can be pointed
 * at it. Prints where it listens and a few commands to try, then serves until the JVM is asked to stop.
 */
public final class DemoServerCommand {

    private DemoServerCommand() {}

    /**
     * Starts the server on {@code port} (0 for any free port), prints its base URL on the first line, and blocks until
     * Ctrl+C (a shutdown hook closes the server) or until the calling thread is interrupted.
     */
    public static void run(int port, PrintStream out) throws IOException {
        DemoServer server = DemoServer.start(DemoData.generate(), port, DemoFaults.NONE);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    server.close();
                    stopped.countDown();
                },
                "demo-api-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        printBanner(server, out);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            removeHook(hook);
        }
    }

    static void printBanner(DemoServer server, PrintStream out) {
        String base = server.baseUrl();
        out.println("Demo API server listening on " + base);
        out.println("Any non-empty API key is accepted. Try:");
        out.println("  curl -H 'Authorization: Bearer demo' '" + base + "/ai/conversations?limit=5'");
        out.println("  curl -H 'Authorization: Bearer demo' '" + base
                + "/ai/conversations?metadata->telnyx_conversation_channel=eq.sms_chat&order=last_message_at.desc'");
        out.println("  curl -H 'Authorization: Bearer demo' '" + base + "/ai/conversations/"
                + DemoData.APPOINTMENT_BOOKING_ID + "/messages?page%5Bsize%5D=5&page%5Bnumber%5D=1'");
        out.println("  curl -H 'Authorization: Bearer demo' '" + base + "/ai/assistants/" + DemoData.BISTRO_ASSISTANT_ID
                + "'");
        out.println("  curl -H 'Authorization: Bearer demo' '" + base + "/ai/conversations/" + DemoData.TOOL_ERRORS_ID
                + "/conversations-insights'");
        out.println("Conversations:");
        for (DemoConversationSummary summary : server.data().summaries()) {
            out.printf(
                    "  %s  %-11s %6d messages  %s%n",
                    summary.id(), summary.channel(), summary.messageCount(), summary.title());
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already running the hook; it closes the server itself.
        }
    }
}
