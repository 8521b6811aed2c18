package com.transcriptviewer.settings;

import com.transcriptviewer.concurrent.FxExecutors;
import com.transcriptviewer.ui.Theme;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Settings as the user changes them: the state of a Settings dialog on the settings in use, and what saving it does (the
 * file written, the theme switched, a new connection when the key or base URL changed, the review store opened anew
 * when where reviews are kept changed). The theme toggle in the tool bar is saved the same way. The reviewer's name
 * and where reviews are kept are observable, for the features that save and read verdicts. Call on the FX side.
 */
public final class SettingsEditor {

    /**
     * What the review settings need.
     *
     * @param passwords where the team server's password is kept (its own entry in the credential store)
     * @param tester    tests a team server before it is saved
     * @param reopen    opens the review store anew for the settings it is given (this computer or the team server);
     *                  called when they, or the password, changed
     */
    public record Reviews(KeyStore passwords, TeamServerTester tester, Consumer<ReviewSettings> reopen) {

        public Reviews {
            Objects.requireNonNull(passwords, "passwords");
            Objects.requireNonNull(tester, "tester");
            Objects.requireNonNull(reopen, "reopen");
        }
    }

    private final AppSettings settings;
    private final KeyStore keyStore;
    private final Optional<String> environmentKey;
    private final FxExecutors executors;
    private final ObjectProperty<Theme> theme;
    private final Consumer<String> reconnect;
    private final String startupBaseUrl;
    private final Reviews reviews;
    private final ReadOnlyStringWrapper reviewer = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ReviewSettings> reviewSettings = new ReadOnlyObjectWrapper<>();

    /**
     * @param theme          the window's theme: set from the settings now, saved whenever it changes
     * @param reconnect      makes a new connection to the base URL it is given
     * @param startupBaseUrl where to connect when the user empties the base URL: as at start, without Settings
     * @param reviews        the team server's password store and test, and what opens the review store
     */
    public SettingsEditor(
            AppSettings settings,
            KeyStore keyStore,
            Optional<String> environmentKey,
            FxExecutors executors,
            ObjectProperty<Theme> theme,
            Consumer<String> reconnect,
            String startupBaseUrl,
            Reviews reviews) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
        this.startupBaseUrl = Objects.requireNonNull(startupBaseUrl, "startupBaseUrl");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        reviewSettings.set(settings.current().reviews());
        reviewer.set(settings.current().reviews().reviewer());
        theme.set(settings.current().theme());
        theme.addListener((obs, old, now) -> settings.save(settings.current().withTheme(now)));
    }

    /** The state of a new Settings dialog on the settings in use (the dialog is made afresh each time it opens). */
    public SettingsViewModel newDialog() {
        return new SettingsViewModel(
                settings.current(),
                keyStore,
                environmentKey,
                new ApiConnectionTester(),
                reviews.passwords(),
                reviews.tester(),
                executors,
                this::saved);
    }

    /** The name verdicts are saved under, as Settings has it now. */
    public ReadOnlyStringProperty reviewerProperty() {
        return reviewer.getReadOnlyProperty();
    }

    /** The reviewer's name and where reviews are kept, as Settings has them now. */
    public ReadOnlyObjectProperty<ReviewSettings> reviewSettingsProperty() {
        return reviewSettings.getReadOnlyProperty();
    }

    private void saved(SettingsChange change) {
        // The dialog does not show the panels: keep them as they are now, not as they were when it opened.
        Settings now = settings.current();
        settings.save(change.settings()
                .withInsightsPanelOpen(now.insightsPanelOpen())
                .withReviewPanelOpen(now.reviewPanelOpen()));
        theme.set(change.settings().theme());
        if (change.needsReconnect()) {
            // A base URL typed in the dialog is what the user wants now; an empty one falls back as at start.
            String typed = change.settings().baseUrl();
            reconnect.accept(typed.isEmpty() ? startupBaseUrl : typed);
        }
        ReviewSettings chosen = change.settings().reviews();
        reviewSettings.set(chosen);
        reviewer.set(chosen.reviewer());
        if (change.reviewStoreChanged()) {
            reviews.reopen().accept(chosen);
        }
    }
}
