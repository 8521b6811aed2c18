import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds the native installer for the OS it runs on: a jlink runtime holding only the modules the app needs
 * (JavaFX included, taken from the Maven jars), an optional AppCDS archive of the app's start-up classes, then
 * jpackage with the argument files in installer/. Run by the Maven profile "installer" (see pom.xml) with
 * {@code java installer/BuildInstaller.java key=value...}; written in plain Java so the same build works on Linux,
 * Windows and macOS without a shell.
 *
 * <p>Keys: project (project directory), version, appJar (the built jar), types (comma-separated jpackage types,
 * default per OS), appcds (auto|true|false).
 */
public final class BuildInstaller {

    /** Classes loaded by a first start, recorded at build time; the Debian postinst archives them (AppCDS). */
    private static final String CLASS_LIST = "app-cds.classlist";

    /**
     * The script the Linux menu entry starts (see installer/linux-launcher.sh): the bundled java with the options of
     * jpackage's launcher configuration, without that launcher's package-manager queries at every start.
     */
    private static final String LINUX_LAUNCHER = "transcript-viewer";

    /**
     * Added to what jdeps finds: TLS with elliptic curves (most HTTPS servers) lives in its own module; JavaFX Media
     * plays call recordings.
     */
    private static final List<String> EXTRA_MODULES = List.of("jdk.crypto.ec", "javafx.controls", "javafx.media");

    /**
     * What the .deb declares beyond what jpackage finds itself: JavaFX Media plays MP3 on Linux through the system's
     * libavcodec (WAV needs nothing more), and its plugins load any of these versions, so any one will do. The
     * "-extra" builds provide the same library.
     */
    static final String DEB_MEDIA_DEPENDENCIES = "libavcodec60 | libavcodec-extra60 | libavcodec59"
            + " | libavcodec-extra59 | libavcodec58 | libavcodec-extra58 | libavcodec57 | libavcodec-extra57";

    private final Path project;
    private final Path work;
    private final Path dest;
    private final String version;
    private final Path appJar;
    private final Os os;
    private final List<String> types;
    private final String appcds;
    private final Path javaHome = Path.of(System.getProperty("java.home"));

    enum Os {
        LINUX("linux", "lib", ".so"), WINDOWS("windows", "bin", ".dll"), MACOS("macos", "lib", ".dylib");

        final String argsName;
        final String nativeDir;
        final String nativeSuffix;

        Os(String argsName, String nativeDir, String nativeSuffix) {
            this.argsName = argsName;
            this.nativeDir = nativeDir;
            this.nativeSuffix = nativeSuffix;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }

        List<String> defaultTypes() {
            return switch (this) {
                case LINUX -> List.of("deb", "rpm");
                case WINDOWS -> List.of("msi");
                case MACOS -> List.of("dmg");
            };
        }
    }

    BuildInstaller(Map<String, String> options) {
        project = Path.of(require(options, "project")).toAbsolutePath();
        work = project.resolve("target/installer/work");
        dest = project.resolve("target/installer");
        version = require(options, "version").replaceFirst("-.*$", "");
        appJar = Path.of(require(options, "appJar")).toAbsolutePath();
        os = Os.current();
        String typeList = options.getOrDefault("types", "");
        types = typeList.isBlank() ? os.defaultTypes() : Arrays.asList(typeList.split("\\s*,\\s*"));
        appcds = options.getOrDefault("appcds", "auto");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        new BuildInstaller(options).build();
    }

    void build() throws Exception {
        Path input = work.resolve("input");
        Path javafx = work.resolve("javafx");
        Files.copy(appJar, input.resolve(appJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        keepOnlyThisPlatformsSqlite(input);

        List<String> modules = requiredModules(input, javafx);
        log("modules: " + String.join(",", modules));
        Path runtime = work.resolve("runtime");
        jlink(javafx, modules, runtime);
        copyNativeLibraries(javafx, runtime.resolve(os.nativeDir));
        log("runtime: " + mb(sizeOf(runtime)) + " MB");

        if (os == Os.LINUX) {
            Path launcher = input.resolve(LINUX_LAUNCHER);
            Files.copy(project.resolve("installer/linux-launcher.sh"), launcher, StandardCopyOption.REPLACE_EXISTING);
            launcher.toFile().setExecutable(true, false);
        }

        Path classList = input.resolve(CLASS_LIST);
        Files.deleteIfExists(classList);
        if (shouldRecordClassList()) {
            recordClassList(runtime, input, classList);
        } else {
            log("start-up class list skipped (appcds=" + appcds + ")");
        }

        for (String type : types) {
            if (type.equals("rpm") && !onPath("rpmbuild")) {
                log("rpm skipped: rpmbuild is not installed (Debian/Ubuntu: apt-get install rpm)");
                continue;
            }
            jpackage(type, input, runtime, javaOptionsFor(type));
        }
        try (Stream<Path> files = Files.list(dest)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> log("installer: " + project.relativize(f) + " (" + mb(sizeOf(f)) + " MB)"));
        }
    }

    /**
     * SQLite's JDBC driver carries its native library for two dozen systems (21 MB unpacked); an installer is built
     * for one system and one processor, so its copy keeps only theirs (Linux and musl Linux share a processor name).
     */
    private void keepOnlyThisPlatformsSqlite(Path input) throws IOException {
        String arch = switch (System.getProperty("os.arch").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
        List<String> kept = switch (os) {
            case LINUX -> List.of("Linux/" + arch + "/", "Linux-Musl/" + arch + "/");
            case MACOS -> List.of("Mac/" + arch + "/");
            case WINDOWS -> List.of("Windows/" + arch + "/");
        };
        String natives = "org/sqlite/native/";
        for (Path jar : jarsIn(input)) {
            if (!jar.getFileName().toString().startsWith("sqlite-jdbc")) {
                continue;
            }
            Path trimmed = jar.resolveSibling(jar.getFileName() + ".trimmed");
            try (ZipFile zip = new ZipFile(jar.toFile());
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(trimmed))) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String name = entry.getName();
                    String rest = name.startsWith(natives) ? name.substring(natives.length()) : null;
                    if (rest != null && rest.contains("/") && kept.stream().noneMatch(rest::startsWith)
                            && !kept.stream().anyMatch(k -> k.startsWith(rest))) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(name));
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            long before = Files.size(jar);
            Files.move(trimmed, jar, StandardCopyOption.REPLACE_EXISTING);
            log("sqlite natives kept for " + kept + ": " + mb(before) + " MB -> " + mb(Files.size(jar)) + " MB");
        }
    }

    /** JDK modules from jdeps over every jar on the class path, plus the JavaFX modules and the extras. */
    private List<String> requiredModules(Path input, Path javafx) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("jdeps"), "--multi-release", "17",
                "--ignore-missing-deps", "--print-module-deps", "--module-path", javafx.toString()));
        command.addAll(jarsIn(input).stream().map(Path::toString).toList());
        String output = run(command, project, true).trim();
        String lastLine = output.lines().reduce((a, b) -> b).orElse("");
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(lastLine.split(",")));
        modules.removeIf(String::isBlank);
        modules.addAll(EXTRA_MODULES);
        return List.copyOf(modules);
    }

    private void jlink(Path javafx, List<String> modules, Path runtime) throws IOException, InterruptedException {
        deleteTree(runtime);
        List<String> command = new ArrayList<>(List.of(tool("jlink"),
                "--module-path", javaHome.resolve("jmods") + java.io.File.pathSeparator + javafx,
                "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                // JavaFX's native libraries are copied into the runtime's lib folder below; keeping them out of
                // the module image saves their size twice over.
                "--exclude-resources=glob:/javafx.*/*" + os.nativeSuffix,
                "--generate-cds-archive",
                "--output", runtime.toString()));
        run(command, project, false);
        // The archive for heaps over 32 GB (no compressed pointers) is never used by a desktop viewer.
        Files.deleteIfExists(runtime.resolve(os.nativeDir).resolve("server/classes_nocoops.jsa"));
    }

    /** JavaFX loads its natives from the runtime's library folder when they are found there. */
    private void copyNativeLibraries(Path javafx, Path target) throws IOException {
        for (Path jar : jarsIn(javafx)) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : zip.stream().toList()) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && !name.contains("/") && name.endsWith(os.nativeSuffix)) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /**
     * JVM options of the installed launcher. On Debian packages the postinst script turns the recorded class list
     * into an AppCDS archive at the installed location (a CDS archive is tied to its class path), and always leaves
     * a valid archive there, so the option is safe to give.
     */
    private List<String> javaOptionsFor(String type) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        // The runtime holds JavaFX as modules and the app runs on the class path: ControlsFX's completion (the review
        // panel's labels) uses an event class javafx.base exports only to its own modules.
        options.add("--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED");
        if (type.equals("deb")) {
            options.add("-XX:SharedArchiveFile=$APPDIR/app-cds.jsa");
            options.add("-Xshare:auto");
        }
        return options;
    }

    private boolean shouldRecordClassList() {
        return switch (appcds) {
            case "true" -> true;
            case "false" -> false;
            // On Linux a first page needs a display; Windows and macOS always have one.
            default -> os != Os.LINUX || System.getenv("DISPLAY") != null;
        };
    }

    /**
     * Starts the app once with the new runtime in demo mode until its first transcript page is shown, recording
     * the names of the classes it loaded; installation turns the list into an AppCDS archive.
     */
    private void recordClassList(Path runtime, Path input, Path classList) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(runtime.resolve("bin/java").toString(),
                "-XX:DumpLoadedClassList=" + classList.getFileName(),
                "-XX:+UseSerialGC",
                "-cp", jarsIn(input).stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining(java.io.File.pathSeparator)),
                "com.transcriptviewer.Launcher", "--demo", "--exit-after-first-page"));
        log("recording the classes of a first start (demo mode, until the first page is shown)");
        Process process = new ProcessBuilder(command).directory(input.toFile()).inheritIO().start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        if (!finished || process.exitValue() != 0 || !Files.isRegularFile(classList)) {
            log("no start-up class list (the app did not reach its first page); installing without AppCDS");
            Files.deleteIfExists(classList);
            return;
        }
        long classes;
        try (Stream<String> lines = Files.lines(classList)) {
            classes = lines.filter(l -> !l.startsWith("#") && !l.startsWith("@")).count();
        }
        log("start-up class list: " + classes + " classes");
    }

    private void jpackage(String type, Path input, Path runtime, List<String> javaOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"),
                "--type", type,
                "--app-version", version,
                "--input", input.toString(),
                "--main-jar", appJar.getFileName().toString(),
                "--runtime-image", runtime.toString(),
                "--dest", dest.toString(),
                "@installer/common.args",
                "@installer/" + os.argsName + ".args"));
        if (type.equals("deb")) {
            command.add("--linux-package-deps");
            command.add(DEB_MEDIA_DEPENDENCIES);
        }
        for (String option : javaOptions) {
            command.add("--java-options");
            command.add(option);
        }
        log("jpackage --type " + type);
        run(command, project, false);
    }

    private String tool(String name) {
        Path bin = javaHome.resolve("bin").resolve(os == Os.WINDOWS ? name + ".exe" : name);
        if (!Files.isExecutable(bin)) {
            throw new IllegalStateException(name + " not found in " + javaHome + "; build with a full JDK 17");
        }
        return bin.toString();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static List<Path> jarsIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static String run(List<String> command, Path dir, boolean capture)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (!capture) {
            builder.inheritIO();
        }
        Process process = builder.start();
        String output = capture ? new String(process.getInputStream().readAllBytes()) : "";
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(Path.of(command.get(0)).getFileName() + " failed with status " + status
                    + (capture ? ":\n" + output : ""));
        }
        return output;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long sizeOf(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String require(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return value;
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
    }
}
