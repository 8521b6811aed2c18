package com.transcriptviewer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.store.StoreException;
import com.transcriptviewer.store.TeamServer;
import com.transcriptviewer.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviews part of Settings: the reviewer's name, where reviews are kept, the team server and its password. */
class ReviewSettingsTest {

    private static final String PASSWORD = "pg-Passw0rd-5ecret!";
    private static final String URL = "jdbc:postgresql://db.example.com:5432/reviews";

    @TempDir
    Path dir;

    private final List<Runnable> background = new ArrayList<>();
    private final FxExecutors inline = new FxExecutors(Runnable::run, Runnable::run, (delay, task) -> () -> {});
    /** Background work waits for the test to run it, so what shows while a test runs can be seen. */
    private final FxExecutors queued = new FxExecutors(background::add, Runnable::run, (delay, task) -> () -> {});

    private final List<SettingsChange> saved = new ArrayList<>();
    private final MemoryKeyStore passwords = MemoryKeyStore.standInForOsStore();
    private final MemoryKeyStore keys = MemoryKeyStore.standInForOsStore();

    private SettingsViewModel viewModel(Settings current, TeamServerTester tester, FxExecutors executors) {
        return new SettingsViewModel(
                current, keys, Optional.empty(), (url, key, cancel) -> 0, passwords, tester, executors, saved::add);
    }

    private SettingsViewModel viewModel(Settings current) {
        return viewModel(current, (server, password) -> {}, inline);
    }

    @Test
    void theReviewerIsTheOsUserUntilSetAndBlankMeansTheDefault() {
        String user = System.getProperty("user.name");
        assertThat(Settings.defaults().reviews().reviewer()).isEqualTo(user.isBlank() ? "reviewer" : user.strip());
        assertThat(new ReviewSettings("  ", null, null)).isEqualTo(ReviewSettings.defaults());
        assertThat(ReviewSettings.defaults().storage()).isEqualTo(ReviewSettings.Storage.LOCAL);
        assertThat(ReviewSettings.defaults().team()).isEmpty();
    }

    @Test
    void aTeamServerIsOpenedOnlyWhenChosenAndNamed() {
        TeamServer server = new TeamServer(URL, "qa");
        assertThat(new ReviewSettings("ana", ReviewSettings.Storage.TEAM, server).team())
                .contains(server);
        assertThat(new ReviewSettings("ana", ReviewSettings.Storage.LOCAL, server).team())
                .as("kept, but reviews stay on this computer")
                .isEmpty();
        assertThat(new ReviewSettings("ana", ReviewSettings.Storage.TEAM, new TeamServer("", "qa")).team())
                .isEmpty();
        assertThat(new ReviewSettings("ana", ReviewSettings.Storage.LOCAL, server)
                        .sameStoreAs(new ReviewSettings("bo", ReviewSettings.Storage.LOCAL, null)))
                .as("another name, the same store")
                .isTrue();
    }

    @Test
    void theReviewSettingsRoundTripThroughTheFileWithoutThePassword() throws Exception {
        SettingsStore store = new SettingsStore(dir, Clock.systemUTC());
        SettingsViewModel vm = new SettingsViewModel(
                Settings.defaults(),
                keys,
                Optional.empty(),
                (url, key, cancel) -> 0,
                passwords,
                (server, password) -> {},
                inline,
                change -> {
                    try {
                        store.save(change.settings());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    saved.add(change);
                });
        vm.reviewerProperty().set("  Ana Lima ");
        vm.storageProperty().set(ReviewSettings.Storage.TEAM);
        vm.jdbcUrlProperty().set(URL);
        vm.databaseUserProperty().set("qa");
        vm.databasePasswordProperty().set(PASSWORD);
        vm.themeProperty().set(Theme.DARK);

        assertThat(vm.save()).isTrue();

        Settings back = new SettingsStore(dir, Clock.systemUTC()).load().settings();
        assertThat(back.reviews())
                .isEqualTo(new ReviewSettings("Ana Lima", ReviewSettings.Storage.TEAM, new TeamServer(URL, "qa")));
        assertThat(back.theme()).isEqualTo(Theme.DARK);
        String file = Files.readString(store.file());
        assertThat(file).contains("\"kept\" : \"team\"", URL).doesNotContain(PASSWORD, "password");
        assertThat(passwords.load()).contains(PASSWORD);
        assertThat(keys.load()).as("the API key's entry is another one").isEmpty();
        assertThat(saved)
                .singleElement()
                .satisfies(change -> assertThat(change.reviewStoreChanged()).isTrue());
        assertThat(vm.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aFileFromBeforeReviewsIsReadWithTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(dir, Clock.systemUTC());
        Files.writeString(
                store.file(), "{\"theme\":\"dark\",\"base_url\":\"\",\"page_size\":50,\"time_zone\":\"utc\"}");
        assertThat(store.load().settings().reviews()).isEqualTo(ReviewSettings.defaults());
    }

    @Test
    void theSavedPasswordIsShownMaskedAndAChangeReopensTheStore() {
        passwords.save(PASSWORD);
        Settings team = Settings.defaults()
                .withReviews(new ReviewSettings("ana", ReviewSettings.Storage.TEAM, new TeamServer(URL, "qa")));
        SettingsViewModel vm = viewModel(team);
        assertThat(vm.databasePasswordProperty().get()).isEqualTo(PASSWORD);
        assertThat(vm.passwordNoticeProperty().get()).contains("never in a file");

        vm.reviewerProperty().set("bo");
        assertThat(vm.save()).isTrue();
        assertThat(saved.get(0).reviewStoreChanged())
                .as("only the name changed")
                .isFalse();
        assertThat(saved.get(0).settings().reviews().reviewer()).isEqualTo("bo");

        SettingsViewModel again = viewModel(team);
        again.databasePasswordProperty().set("");
        assertThat(again.save()).isTrue();
        assertThat(passwords.load()).as("an emptied password is forgotten").isEmpty();
        assertThat(saved.get(1).reviewStoreChanged()).isTrue();
    }

    @Test
    void whatCannotBeSavedIsSaidUnderItsField() {
        SettingsViewModel vm = viewModel(Settings.defaults());
        vm.reviewerProperty().set(" ");
        assertThat(vm.reviewerProblemProperty().get()).isEqualTo("Enter the name your verdicts are saved under.");
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.save()).isFalse();
        vm.reviewerProperty().set("ana");

        vm.storageProperty().set(ReviewSettings.Storage.TEAM);
        assertThat(vm.teamProblemProperty().get()).startsWith("Enter the team server's JDBC URL");
        vm.jdbcUrlProperty().set("postgres://db/reviews");
        assertThat(vm.teamProblemProperty().get()).startsWith("The JDBC URL must start with jdbc:postgresql://");
        vm.jdbcUrlProperty().set(URL + "?user=qa&password=" + PASSWORD);
        assertThat(vm.teamProblemProperty().get()).startsWith("Leave the password out of the URL");
        vm.jdbcUrlProperty().set(URL);
        assertThat(vm.teamProblemProperty().get()).isEqualTo("Enter the database user.");
        assertThat(vm.save()).isFalse();
        assertThat(saved).isEmpty();
        vm.databaseUserProperty().set("qa");
        assertThat(vm.teamProblemProperty().get()).isEmpty();

        vm.storageProperty().set(ReviewSettings.Storage.LOCAL);
        vm.databaseUserProperty().set("");
        assertThat(vm.teamProblemProperty().get())
                .as("not used on this computer")
                .isEmpty();
        assertThat(vm.save()).isTrue();
    }

    @Test
    void testConnectionRunsOffTheFxThreadAndShowsTheStoresWords() {
        AtomicReference<TeamServer> tested = new AtomicReference<>();
        AtomicReference<String> withPassword = new AtomicReference<>();
        TeamServerTester rejecting = (server, password) -> {
            tested.set(server);
            withPassword.set(password);
            throw new StoreException("The team server rejected the password for user qa.");
        };
        SettingsViewModel vm = viewModel(Settings.defaults(), rejecting, queued);
        background.forEach(Runnable::run);
        background.clear();

        vm.testTeamServer();
        assertThat(vm.teamTestStateProperty().get()).isEqualTo(SettingsViewModel.TestState.FAILED);
        assertThat(vm.teamTestMessageProperty().get()).contains("On a team server");

        vm.storageProperty().set(ReviewSettings.Storage.TEAM);
        vm.jdbcUrlProperty().set(URL + "?sslmode=require");
        vm.databaseUserProperty().set("qa");
        vm.databasePasswordProperty().set(PASSWORD);
        vm.testTeamServer();
        assertThat(vm.teamTestStateProperty().get()).isEqualTo(SettingsViewModel.TestState.RUNNING);
        assertThat(vm.teamTestMessageProperty().get()).isEqualTo("Connecting to db.example.com:5432/reviews…");
        assertThat(tested.get()).as("nothing asked on the FX thread").isNull();

        background.forEach(Runnable::run);
        background.clear();
        assertThat(tested.get()).isEqualTo(new TeamServer(URL + "?sslmode=require", "qa"));
        assertThat(withPassword.get()).isEqualTo(PASSWORD);
        assertThat(vm.teamTestStateProperty().get()).isEqualTo(SettingsViewModel.TestState.FAILED);
        assertThat(vm.teamTestMessageProperty().get()).isEqualTo("The team server rejected the password for user qa.");

        SettingsViewModel working = viewModel(Settings.defaults(), (server, password) -> {}, inline);
        working.storageProperty().set(ReviewSettings.Storage.TEAM);
        working.jdbcUrlProperty().set(URL);
        working.databaseUserProperty().set("qa");
        working.testTeamServer();
        assertThat(working.teamTestStateProperty().get()).isEqualTo(SettingsViewModel.TestState.SUCCEEDED);
        assertThat(working.teamTestMessageProperty().get())
                .isEqualTo("Connected to db.example.com:5432/reviews: the server is ready for reviews.");
    }

    @Test
    void anAnswerForAServerEditedSinceIsDropped() {
        SettingsViewModel vm = viewModel(Settings.defaults(), (server, password) -> {}, queued);
        vm.storageProperty().set(ReviewSettings.Storage.TEAM);
        vm.jdbcUrlProperty().set(URL);
        vm.databaseUserProperty().set("qa");
        vm.testTeamServer();
        vm.databaseUserProperty().set("admin");

        background.forEach(Runnable::run);

        assertThat(vm.teamTestStateProperty().get()).isEqualTo(SettingsViewModel.TestState.IDLE);
        assertThat(vm.teamTestMessageProperty().get()).isEmpty();
    }

    @Test
    void theEditorKeepsTheReviewerNameObservableAndReopensTheStoreWhenWhereChanged() {
        AppSettings settings = new AppSettings(new SettingsStore(dir, Clock.systemUTC()), Runnable::run);
        List<ReviewSettings> reopened = new ArrayList<>();
        SettingsEditor editor = new SettingsEditor(
                settings,
                keys,
                Optional.empty(),
                inline,
                new javafx.beans.property.SimpleObjectProperty<>(Theme.LIGHT),
                url -> {},
                "https://api.telnyx.com/v2",
                new SettingsEditor.Reviews(passwords, (server, password) -> {}, reopened::add));
        List<String> names = new ArrayList<>();
        editor.reviewerProperty().addListener((obs, old, now) -> names.add(now));

        SettingsViewModel dialog = editor.newDialog();
        dialog.reviewerProperty().set("Ana");
        dialog.save();
        assertThat(names).containsExactly("Ana");
        assertThat(reopened).as("the same store, another name").isEmpty();
        assertThat(settings.current().reviews().reviewer()).isEqualTo("Ana");

        SettingsViewModel team = editor.newDialog();
        assertThat(team.reviewerProperty().get()).isEqualTo("Ana");
        team.storageProperty().set(ReviewSettings.Storage.TEAM);
        team.jdbcUrlProperty().set(URL);
        team.databaseUserProperty().set("qa");
        team.save();
        assertThat(reopened)
                .singleElement()
                .satisfies(chosen -> assertThat(chosen.team()).contains(new TeamServer(URL, "qa")));
        assertThat(editor.reviewSettingsProperty().get().storage()).isEqualTo(ReviewSettings.Storage.TEAM);
    }

    @Test
    void theServerIsDescribedWithoutItsOptions() {
        assertThat(ReviewStorageViewModel.describeServer("jdbc:postgresql://db:5432/reviews?password=x&ssl=true"))
                .isEqualTo("db:5432/reviews");
        assertThat(ReviewStorageViewModel.describeServer("JDBC:POSTGRESQL://qa:pw@db/reviews"))
                .isEqualTo("db/reviews");
    }
}
