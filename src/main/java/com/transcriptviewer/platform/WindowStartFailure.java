package com.transcriptviewer.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one sentence why the window could not start when the cause is the machine, not the app: GTK 3 or another
 * system library missing, no display to open, no graphics pipeline. JavaFX reports these as exceptions from its
 * toolkit's start, which would otherwise end in a stack trace that names none of the packages to install. Anything
 * else is not explained here, so that a real defect keeps its stack trace. JavaFX-free: it reads only the exceptions'
 * types and messages.
 */
public final class WindowStartFailure {

    /** What JavaFX's GTK glass says when it finds a display but no GTK 3 library to load. */
    static final String NO_GTK = "Unable to load glass GTK library";
    /** What it says when no X display can be opened (DISPLAY unset, or the server refuses). */
    static final String NO_DISPLAY = "Unable to open DISPLAY";
    /** What Prism says when neither OpenGL nor the software renderer could start. */
    static final String NO_PIPELINE = "no suitable pipeline found";

    private static final String GTK_3 = "GTK 3 is not installed; install it (Debian and Ubuntu: sudo apt-get install"
            + " libgtk-3-0; Fedora: sudo dnf install gtk3) and start again.";

    /** The dynamic loader's words for a library it cannot find: "libX11.so.6: cannot open shared object file". */
    private static final Pattern MISSING_LIBRARY =
            Pattern.compile("([A-Za-z0-9_+.-]+\\.so(?:\\.[0-9]+)*): cannot open shared object file");

    /**
     * What is left of a JavaFX native library that would not link once JavaFX has tried every place: "no glassgtk3 in
     * java.library.path". JavaFX prints the dynamic loader's reason itself, above, but does not keep it in the cause.
     */
    private static final Pattern JAVAFX_LIBRARY_NOT_LOADED =
            Pattern.compile("no ((?:glass|prism_|javafx_|decora_)[A-Za-z0-9_]*) in java\\.library\\.path");

    /**
     * The Debian and Ubuntu package of each library JavaFX's own native libraries link against (found with readelf
     * on them), so that the sentence can name what to install.
     */
    private static final Map<String, String> DEBIAN_PACKAGES = Map.of(
            "libX11.so.6", "libx11-6",
            "libXtst.so.6", "libxtst6",
            "libXxf86vm.so.1", "libxxf86vm1",
            "libGL.so.1", "libgl1",
            "libfreetype.so.6", "libfreetype6",
            "libfontconfig.so.1", "libfontconfig1");

    private WindowStartFailure() {}

    /**
     * The one line to print instead of {@code failure}'s stack trace, starting "transcript-viewer: the window could
     * not start: "; empty when the failure is not the machine's.
     */
    public static Optional<String> explain(Throwable failure) {
        return reason(failure).map(why -> "transcript-viewer: the window could not start: " + why);
    }

    private static Optional<String> reason(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains(NO_GTK)) {
                return Optional.of(GTK_3);
            }
            if (message.contains(NO_DISPLAY)) {
                return Optional.of("no display could be opened (DISPLAY is not set, or its X server refused the"
                        + " connection). Start it from a desktop session, or under xvfb-run; --export, --check and"
                        + " --export-reviews need no display.");
            }
            Matcher missing = MISSING_LIBRARY.matcher(message);
            if (cause instanceof UnsatisfiedLinkError && missing.find()) {
                return Optional.of(missingLibrary(missing.group(1)));
            }
            Matcher notLoaded = JAVAFX_LIBRARY_NOT_LOADED.matcher(message);
            if (cause instanceof UnsatisfiedLinkError && notLoaded.find()) {
                return Optional.of("JavaFX's native library " + notLoaded.group(1) + " could not be loaded: a system"
                        + " library it needs is missing (JavaFX names it above). Install the window's libraries"
                        + " (Debian and Ubuntu: sudo apt-get install libgtk-3-0 libxtst6 libx11-6 libgl1) and start"
                        + " again.");
            }
            if (message.contains(NO_PIPELINE)) {
                return Optional.of("no graphics pipeline could start (neither OpenGL nor software rendering). Start"
                        + " it with -Dprism.verbose=true to see why.");
            }
        }
        return Optional.empty();
    }

    private static String missingLibrary(String library) {
        if (library.startsWith("libgtk-3") || library.startsWith("libgdk-3")) {
            return GTK_3;
        }
        String debian = DEBIAN_PACKAGES.get(library);
        return "the system library " + library + " is not installed; install "
                + (debian == null
                        ? "the package that provides it (Debian and Ubuntu: apt-file search " + library + " names it)"
                        : "it (Debian and Ubuntu: sudo apt-get install " + debian + ")")
                + " and start again.";
    }

    /** {@code failure} and its causes and suppressed exceptions, each once, outermost first. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(failure, all, seen);
        return all;
    }

    private static void collect(Throwable failure, List<Throwable> all, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        all.add(failure);
        collect(failure.getCause(), all, seen);
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, all, seen);
        }
    }
}
