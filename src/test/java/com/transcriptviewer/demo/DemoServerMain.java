package com.transcriptviewer.demo;

import java.io.IOException;

/**
 * Runs the demo server from the test classpath, for checking other clients against it by hand:
 * {@code mvn exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.transcriptviewer.demo.DemoServerMain
 * -Dexec.args=PORT}.
 */
public final class DemoServerMain {

    private DemoServerMain() {}

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        DemoServerCommand.run(port, System.out);
    }
}
