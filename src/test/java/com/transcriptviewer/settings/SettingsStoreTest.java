package com.transcriptviewer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @Test
    void missingFileGivesDefaultsWithoutNotice() {
        SettingsStore.Loaded loaded = new SettingsStore(dir, clock).load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void savedSettingsComeBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("nested"), clock);
        Settings chosen = new Settings(Theme.DARK, "https://example.test/v2", 50, Settings.TimeZoneChoice.UTC);
        store.save(chosen);
        assertThat(new SettingsStore(dir.resolve("nested"), clock).load().settings())
                .isEqualTo(chosen);
        assertThat(Files.readString(store.file())).doesNotContain("api_key");
    }

    @Test
    void theInsightsPanelStateComesBack() throws Exception {
        SettingsStore store = new SettingsStore(dir, clock);
        store.save(Settings.defaults().withInsightsPanelOpen(true));
        assertThat(new SettingsStore(dir, clock).load().settings().insightsPanelOpen())
                .isTrue();
        assertThat(Files.readString(store.file())).contains("\"insights_panel_open\" : true");

        store.save(Settings.defaults().withTheme(Theme.DARK));
        assertThat(new SettingsStore(dir, clock).load().settings().insightsPanelOpen())
                .isFalse();
    }

    @Test
    void privacyModeByDefaultComesBackAndIsOffInOlderFiles() throws Exception {
        SettingsStore store = new SettingsStore(dir, clock);
        store.save(Settings.defaults().withPrivacyByDefault(true));
        assertThat(new SettingsStore(dir, clock).load().settings().privacyByDefault())
                .isTrue();
        assertThat(Files.readString(store.file())).contains("\"privacy_by_default\" : true");
        assertThat(Settings.defaults()
                        .withPrivacyByDefault(true)
                        .withTheme(Theme.DARK)
                        .privacyByDefault())
                .isTrue();

        Files.writeString(store.file(), "{\"theme\":\"dark\"}");
        assertThat(store.load().settings().privacyByDefault()).isFalse();
    }

    @Test
    void theLibraryFetchingTheRestComesBackAndIsOnInOlderFiles() throws Exception {
        SettingsStore store = new SettingsStore(dir, clock);
        assertThat(Settings.defaults().libraryFetchesRest()).isTrue();
        store.save(Settings.defaults().withLibraryFetchesRest(false));
        assertThat(new SettingsStore(dir, clock).load().settings().libraryFetchesRest())
                .isFalse();
        assertThat(Files.readString(store.file())).contains("\"library_fetches_rest\" : false");
        assertThat(Settings.defaults()
                        .withLibraryFetchesRest(false)
                        .withPrivacyByDefault(true)
                        .withReviewPanelOpen(true)
                        .withTheme(Theme.DARK)
                        .libraryFetchesRest())
                .isFalse();

        Files.writeString(store.file(), "{\"theme\":\"dark\"}");
        assertThat(store.load().settings().libraryFetchesRest()).isTrue();
    }

    @Test
    void aFileFromBeforeThePanelExistedIsReadWithThePanelClosed() throws Exception {
        SettingsStore store = new SettingsStore(dir, clock);
        Files.writeString(
                store.file(), "{\"theme\":\"dark\",\"base_url\":\"\",\"page_size\":50,\"time_zone\":\"utc\"}");
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.notice()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(new Settings(Theme.DARK, "", 50, Settings.TimeZoneChoice.UTC, false));
    }

    @Test
    void everyChangeKeepsThePanelState() {
        Settings open = Settings.defaults().withInsightsPanelOpen(true);
        assertThat(open.withTheme(Theme.DARK)
                        .withBaseUrl("https://x.test/v2")
                        .withPageSize(20)
                        .withTimeZone(Settings.TimeZoneChoice.UTC)
                        .insightsPanelOpen())
                .isTrue();
    }

    @Test
    void corruptFileIsBackedUpAndReplacedByDefaults() throws Exception {
        SettingsStore store = new SettingsStore(dir, clock);
        Files.writeString(store.file(), "{ this is not json");
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("could not be read"));
        Path backup = dir.resolve("settings.json.corrupt-20260304-050607");
        assertThat(backup).exists().hasContent("{ this is not json");
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void wrongShapeCountsAsCorrupt() throws Exception {
        SettingsStore store = new SettingsStore(dir, clock);
        Files.writeString(store.file(), "[1,2,3]");
        assertThat(store.load().notice()).isPresent();
    }

    @Test
    void outOfRangeValuesFallBack() throws Exception {
        SettingsStore store = new SettingsStore(dir, clock);
        Files.writeString(store.file(), "{\"theme\":\"purple\",\"page_size\":5000,\"time_zone\":\"mars\"}");
        Settings settings = store.load().settings();
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.pageSize()).isEqualTo(100);
        assertThat(settings.timeZone()).isEqualTo(Settings.TimeZoneChoice.LOCAL);
    }
}
