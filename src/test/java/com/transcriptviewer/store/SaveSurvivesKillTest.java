package com.transcriptviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.model.ReviewEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verdict is saved once save() returns: a process killed at any moment afterwards loses none of them. */
class SaveSurvivesKillTest {

    @TempDir
    Path folder;

    @Test
    void everyVerdictWhoseSaveReturnedIsThereAfterAKill() throws Exception {
        Path file = folder.resolve("killed.db");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath,
                        SavingChild.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        List<String> saved = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    saved.add(line.substring("SAVED ".length()));
                    if (saved.size() == 300) {
                        // Killed (SIGKILL) in the middle of its next save, with no chance to tidy up. Through its
                        // handle, so that the lines already in the pipe can still be read.
                        child.toHandle().destroyForcibly();
                    }
                } else {
                    other.add(line);
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(saved).as("the child's other output: %s", other).hasSizeGreaterThanOrEqualTo(300);

        try (Connection connection = LocalDatabase.dataSource(file).getConnection();
                Statement statement = connection.createStatement();
                ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
        }
        try (ReviewStore store = ReviewStores.openLocal(file)) {
            Set<String> stored = store.entries(new ReviewFilter(null, null, null, false)).stream()
                    .map(ReviewEntry::eventId)
                    .collect(Collectors.toSet());
            assertThat(stored).containsAll(saved);
            assertThat(stored.size()).isBetween(saved.size(), saved.size() + 1);
            assertThat(store.labels()).isNotEmpty();
        }
    }
}
