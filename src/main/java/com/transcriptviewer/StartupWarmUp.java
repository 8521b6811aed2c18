package com.transcriptviewer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.assistant.AssistantDefinition;
import com.transcriptviewer.assistant.ToolCallChecker;
import com.transcriptviewer.concurrent.AppThreads;
import com.transcriptviewer.model.ToolCall;
import com.transcriptviewer.privacy.PersonalDataMasker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Loads the heavy classes (OkHttp and Kotlin, Jackson, the JDK's HTTP server, the icon font and its tables, the text
 * areas) on background threads once the window's first frame is laid out, while the FX thread builds the transcript
 * pane and the first page is fetched (with privacy mode on at start, libphonenumber too); the JSON Schema validator
 * once the first page is shown. Class loading is once
 * per JVM, so whichever needs a class first finds it loaded or loading. Not earlier: on two busy cores, work beside
 * the first frame delays it. Nothing built here is kept: no state is shared with the app.
 */
final class StartupWarmUp {

    private StartupWarmUp() {}

    /**
     * Needs the toolkit (for the icon font): call it once JavaFX has started.
     *
     * @param privacyOn privacy mode is on at start: the first page is shown masked, so finding phone numbers
     *                  (libphonenumber and its metadata, most of a second on a busy core) is loaded now, beside the
     *                  first page's request, not after it as the validator is. The page's texts are searched on the
     *                  background pool before they are shown, so the FX thread never waits for it either way.
     */
    static void start(boolean privacyOn) {
        AppThreads.start("icon-font", StartupWarmUp::loadIconFont, false);
        AppThreads.start("warm-up", StartupWarmUp::run, true);
        if (privacyOn) {
            AppThreads.start("warm-up-privacy", StartupWarmUp::loadPhoneNumbers, true);
        }
    }

    /**
     * What the first page does not need: the JSON Schema validator, which takes most of a second to set up on a
     * busy core. Checking one call against a small tool once the first page is shown makes that conversation's
     * checks arrive sooner, without taking a core from the first page's request and bubbles.
     */
    static void afterFirstPage() {
        AppThreads.start("warm-up-checks", StartupWarmUp::loadChecker, true);
    }

    /** Creating a node off the FX thread is allowed. */
    private static void loadIconFont() {
        try {
            new FontIcon(MaterialDesignC.COG);
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the first icon on the FX thread loads the font otherwise.
        }
    }

    private static void run() {
        try {
            new TelnyxClient(ApiConfig.defaults("http://127.0.0.1:9/v2", ApiKey.of("warm-up"))).close();
            new ObjectMapper().readTree("{\"data\":[{\"role\":\"user\"}],\"meta\":{}}");
            HttpServer server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
            server.stop(0);
            // Icon enums hold thousands of constants; initialising them is plain Java, safe off the FX thread.
            for (char letter : "ABCDHLMPRSVW".toCharArray()) {
                Class.forName(
                        "org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter,
                        true,
                        StartupWarmUp.class.getClassLoader());
            }
            // Control classes are only loaded, not initialised: their static set-up belongs on the FX thread.
            for (String name : new String[] {
                "org.fxmisc.richtext.StyleClassedTextArea",
                "org.fxmisc.richtext.CodeArea",
                "org.fxmisc.flowless.VirtualizedScrollPane",
                "atlantafx.base.theme.PrimerLight"
            }) {
                Class.forName(name, false, StartupWarmUp.class.getClassLoader());
            }
        } catch (Exception | LinkageError e) {
            // Only a head start: whatever failed here is loaded later, on demand, as it would be without it.
        }
    }

    private static void loadPhoneNumbers() {
        try {
            PersonalDataMasker.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the first page's search loads it otherwise, on the background pool.
        }
    }

    private static void loadChecker() {
        try {
            new ToolCallChecker()
                    .check(
                            new ToolCall("warm-up", "function", "warm_up", "{\"n\":1}"),
                            AssistantDefinition.read(new ObjectMapper()
                                    .readTree("{\"tools\":[{\"type\":\"webhook\",\"webhook\":{\"name\":\"warm_up\","
                                            + "\"body_parameters\":{\"type\":\"object\",\"properties\":{\"n\":"
                                            + "{\"type\":\"integer\",\"minimum\":0}},\"required\":[\"n\"]}}}]}")),
                            "");
        } catch (Exception | LinkageError e) {
            // Only a head start: whatever failed here is loaded later, on demand, as it would be without it.
        }
    }
}
