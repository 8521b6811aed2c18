package com.transcriptviewer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the test server's binaries come from, and what a machine without them is told. */
class PostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void withoutServerBinariesTheTestsFailNamingThePackageToInstall() {
        assertThatThrownBy(() -> PostgresServer.findBinaries(null, folder.resolve("none"), folder.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install postgresql")
                .hasMessageContaining("PG_BIN");
    }

    @Test
    void debiansNewestVersionIsTakenAndPgBinWins() throws Exception {
        for (String version : new String[] {"13", "16", "9"}) {
            Path bin = Files.createDirectories(
                    folder.resolve("lib").resolve(version).resolve("bin"));
            for (String tool : new String[] {"initdb", "pg_ctl"}) {
                Files.createFile(bin.resolve(tool)).toFile().setExecutable(true);
            }
        }
        Path lib = folder.resolve("lib");

        assertThat(PostgresServer.findBinaries(null, lib, "")).isEqualTo(lib.resolve("16/bin"));
        assertThat(PostgresServer.findBinaries(lib.resolve("13/bin").toString(), lib, ""))
                .isEqualTo(lib.resolve("13/bin"));
        assertThatThrownBy(() -> PostgresServer.findBinaries(folder.toString(), lib, ""))
                .hasMessageContaining("holds no initdb and pg_ctl");
    }
}
