package com.transcriptviewer.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The About dialog names every library the app ships, at the version the build resolves, with a licence. */
class LibraryNoticesTest {

    /** "   group:artifact:jar[:classifier]:version[:scope]" as maven-dependency-plugin's list goal writes it. */
    private static final Pattern RESOLVED = Pattern.compile(
            "^\\s*([\\w.\\-]+):([\\w.\\-]+):jar(?::([\\w.\\-]+))?:([\\w.\\-]+)(?::(?:compile|runtime))?(?:\\s.*)?$");

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private static Map<String, String> resolvedRuntimeLibraries() throws Exception {
        Path list = Path.of("target", "runtime-libraries.txt");
        assertThat(list)
                .as("written by the build (maven-dependency-plugin list)")
                .exists();
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String line : Files.readAllLines(list)) {
            Matcher matcher = RESOLVED.matcher(ANSI.matcher(line).replaceAll(""));
            if (matcher.matches()) {
                resolved.put(matcher.group(1) + ":" + matcher.group(2), matcher.group(4));
            }
        }
        return resolved;
    }

    @Test
    void everyResolvedRuntimeLibraryHasANoticeAtItsVersion() throws Exception {
        Map<String, String> resolved = resolvedRuntimeLibraries();
        Map<String, String> noticed =
                LibraryNotices.shipped().stream().collect(Collectors.toMap(Library::coordinates, Library::version));

        assertThat(resolved)
                .as("the build's runtime libraries")
                .hasSizeGreaterThan(10)
                .containsKey("com.squareup.okhttp3:okhttp-jvm");
        assertThat(noticed).containsAllEntriesOf(resolved);
        assertThat(resolved.keySet())
                .as("no notice for a library no longer shipped")
                .containsAll(noticed.keySet());
    }

    @Test
    void everyNoticeHasANameAndALicence() {
        List<Library> libraries = LibraryNotices.shipped();

        assertThat(libraries).allSatisfy(library -> {
            assertThat(library.name()).isNotBlank();
            assertThat(library.licence()).isNotBlank();
            assertThat(library.version()).isNotBlank();
        });
        assertThat(libraries).extracting(Library::coordinates).doesNotHaveDuplicates();
    }

    @Test
    void theCopyTextCarriesVersionLicenceAndLibraries() {
        AboutViewModel about = new AboutViewModel("1.2.3", LibraryNotices.shipped());

        assertThat(about.versionText()).isEqualTo("Version 1.2.3");
        assertThat(about.asText())
                .startsWith("Transcript Viewer 1.2.3\n")
                .contains("Apache License, Version 2.0")
                .contains("- OkHttp 5.1.0 (com.squareup.okhttp3:okhttp-jvm): Apache-2.0")
                .contains("- AtlantaFX 2.0.1 (io.github.mkpaz:atlantafx-base): MIT");
    }
}
