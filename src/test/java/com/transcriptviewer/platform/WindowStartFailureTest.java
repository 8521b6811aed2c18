package com.transcriptviewer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exceptions JavaFX 21 throws when the machine lacks what the window needs, each as one line saying what to do. */
class WindowStartFailureTest {

    private static final String START = "transcript-viewer: the window could not start: ";

    @Test
    void noGtk3SaysWhichPackageToInstall() {
        // GtkApplication's words when a display opens but no GTK 3 library loads.
        Optional<String> line =
                WindowStartFailure.explain(new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(line)
                .contains(START + "GTK 3 is not installed; install it (Debian and Ubuntu: sudo apt-get install"
                        + " libgtk-3-0; Fedora: sudo dnf install gtk3) and start again.");
    }

    @Test
    void noDisplaySaysHowToGetOneAndWhatRunsWithout() {
        Optional<String> line = WindowStartFailure.explain(new UnsupportedOperationException("Unable to open DISPLAY"));

        assertThat(line)
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith(START + "no display could be opened (DISPLAY is not set")
                        .contains("xvfb-run")
                        .contains("--export, --check and --export-reviews need no display")
                        .doesNotContain("\n"));
    }

    @Test
    void aMissingSystemLibraryIsNamedWithItsPackage() {
        // The loader's words when JavaFX's own libglass.so cannot be linked.
        UnsatisfiedLinkError noX11 = new UnsatisfiedLinkError("/home/ana/.openjfx/cache/21.0.5/amd64/libglass.so:"
                + " libX11.so.6: cannot open shared object file: No such file or directory");
        assertThat(WindowStartFailure.explain(noX11))
                .contains(START + "the system library libX11.so.6 is not installed; install it (Debian and Ubuntu:"
                        + " sudo apt-get install libx11-6) and start again.");

        UnsatisfiedLinkError noGtk = new UnsatisfiedLinkError(
                "libglassgtk3.so: libgtk-3.so.0: cannot open shared object file: No such file or directory");
        assertThat(WindowStartFailure.explain(noGtk))
                .hasValueSatisfying(text ->
                        assertThat(text).contains("GTK 3 is not installed").contains("libgtk-3-0"));

        UnsatisfiedLinkError unknown = new UnsatisfiedLinkError(
                "libglassgtk3.so: libatk-1.0.so.0: cannot open shared object file: No such file or directory");
        assertThat(WindowStartFailure.explain(unknown))
                .contains(START + "the system library libatk-1.0.so.0 is not installed; install the package that"
                        + " provides it (Debian and Ubuntu: apt-file search libatk-1.0.so.0 names it) and start"
                        + " again.");
    }

    @Test
    void aJavaFxLibraryThatWouldNotLinkPointsAtTheReasonJavaFxPrinted() {
        // What reaches the launcher when libXtst is missing: JavaFX printed the loader's reason, then threw this.
        RuntimeException noXtst = new RuntimeException(new UnsatisfiedLinkError(
                "no glassgtk3 in java.library.path: /usr/java/packages/lib:/usr/lib/x86_64-linux-gnu/jni:/usr/lib"));

        assertThat(WindowStartFailure.explain(noXtst))
                .contains(START + "JavaFX's native library glassgtk3 could not be loaded: a system library it needs is"
                        + " missing (JavaFX names it above). Install the window's libraries (Debian and Ubuntu: sudo"
                        + " apt-get install libgtk-3-0 libxtst6 libx11-6 libgl1) and start again.");
        assertThat(WindowStartFailure.explain(
                        new UnsatisfiedLinkError("no glass in java.library.path: /usr/java/packages/lib")))
                .hasValueSatisfying(text -> assertThat(text).contains("native library glass could not be loaded"));
        assertThat(WindowStartFailure.explain(
                        new UnsatisfiedLinkError("no sqlitejdbc in java.library.path: /usr/java/packages/lib")))
                .as("a library that is not JavaFX's")
                .isEmpty();
    }

    @Test
    void noGraphicsPipelineIsSaidPlainly() {
        RuntimeException prism = new RuntimeException(
                "Error initializing QuantumRenderer: no suitable pipeline found",
                new RuntimeException("Error initializing QuantumRenderer: no suitable pipeline found"));

        assertThat(WindowStartFailure.explain(prism))
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith(START + "no graphics pipeline could start")
                        .contains("-Dprism.verbose=true"));
    }

    @Test
    void theCauseIsFoundHoweverItIsWrapped() {
        RuntimeException wrapped = new RuntimeException(
                "Application launch failed", new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(WindowStartFailure.explain(wrapped))
                .hasValueSatisfying(text -> assertThat(text).startsWith(START + "no display"));

        IllegalStateException withSuppressed = new IllegalStateException("toolkit not initialized");
        withSuppressed.addSuppressed(new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(WindowStartFailure.explain(withSuppressed))
                .hasValueSatisfying(text -> assertThat(text).contains("GTK 3 is not installed"));
    }

    @Test
    void theAppsOwnDefectsKeepTheirStackTrace() {
        assertThat(WindowStartFailure.explain(new NullPointerException())).isEmpty();
        assertThat(WindowStartFailure.explain(new IllegalStateException("Exception in Application start method")))
                .isEmpty();
        assertThat(WindowStartFailure.explain(new UnsatisfiedLinkError("no sqlitejdbc in java.library.path")))
                .as("a link error that names no missing system library")
                .isEmpty();
        RuntimeException loop = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", loop);
        loop.initCause(inner);
        assertThat(WindowStartFailure.explain(loop))
                .as("a cycle of causes ends")
                .isEmpty();
    }
}
