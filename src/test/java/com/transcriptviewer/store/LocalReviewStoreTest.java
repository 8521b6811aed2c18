package com.transcriptviewer.store;

import static com.transcriptviewer.store.Reviews.call;
import static com.transcriptviewer.store.Reviews.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.model.ReviewEntry;
import com.transcriptviewer.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded SQLite store, on a real file. */
class LocalReviewStoreTest extends ReviewStoreContract {

    @TempDir
    Path folder;

    private Path file;

    @Override
    protected ReviewStore open() throws Exception {
        file = folder.resolve("data").resolve(ReviewStores.DATABASE_FILE_NAME);
        return ReviewStores.openLocal(file);
    }

    @Test
    void theFileIsCreatedWithItsFolderAndKeptInWriteAheadLogMode() throws Exception {
        assertThat(file).exists();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
        assertThat(store.status()).isEqualTo(StoreStatus.local("this computer"));
    }

    @Test
    void whatWasSavedIsThereAfterReopening() throws Exception {
        ReviewEntry entry = verdict(call("conv-1", 1), "ann", Verdict.WRONG, 0);
        store.save(entry);
        store.close();

        store = ReviewStores.openLocal(file);

        assertThat(store.latest("conv-1")).containsExactly(entry);
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();

        assertThatThrownBy(() -> store.latest("conv-1"))
                .isInstanceOf(StoreException.class)
                .hasMessage("The review database is closed.");
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedInTheUsersWords() throws Exception {
        Path notADatabase = folder.resolve("notes.db");
        Files.writeString(notADatabase, "These are my notes, not a database. ".repeat(200));

        assertThatThrownBy(() -> ReviewStores.openLocal(notADatabase))
                .isInstanceOf(StoreException.class)
                .hasMessage("Couldn't open the review database: the file is damaged or is not a Transcript Viewer"
                        + " database (" + notADatabase.toAbsolutePath() + ").");
    }

    @Test
    void theDefaultFileIsTheAppsOneDatabaseInItsDataFolder() {
        assertThat(ReviewStores.defaultDatabaseFile(Path.of("/home/ann/.local/share/transcript-viewer")))
                .isEqualTo(Path.of("/home/ann/.local/share/transcript-viewer/transcript-viewer.db"));
    }
}
