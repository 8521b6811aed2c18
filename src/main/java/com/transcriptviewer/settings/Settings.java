package com.transcriptviewer.settings;

import com.transcriptviewer.ui.Theme;
import java.util.Locale;

/**
 * What the user chose, apart from the secrets (the API key and the team server's password live in the OS credential
 * store, never here).
 *
 * @param theme    light or dark
 * @param baseUrl  API base URL; empty for the default (or {@code TELNYX_BASE_URL})
 * @param pageSize messages per page, 1..100
 * @param timeZone show times in the local zone or in UTC
 * @param insightsPanelOpen whether the insights panel beside the transcript is shown (closed by default)
 * @param reviewPanelOpen   whether the review panel beside the transcript is shown (closed by default)
 * @param reviews  the reviewer's name and where reviews are kept
 * @param privacyByDefault whether the window starts in privacy mode, personal data masked (off by default)
 * @param libraryFetchesRest whether the library fetches in the background the pages of an opened conversation that
 *     were not read, to keep it whole (on by default)
 */
public record Settings(
        Theme theme,
        String baseUrl,
        int pageSize,
        TimeZoneChoice timeZone,
        boolean insightsPanelOpen,
        boolean reviewPanelOpen,
        ReviewSettings reviews,
        boolean privacyByDefault,
        boolean libraryFetchesRest) {

    public enum TimeZoneChoice {
        LOCAL,
        UTC;

        static TimeZoneChoice parse(String value) {
            return "utc".equalsIgnoreCase(value) ? UTC : LOCAL;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int DEFAULT_PAGE_SIZE = 100;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        pageSize = pageSize < 1 || pageSize > 100 ? DEFAULT_PAGE_SIZE : pageSize;
        timeZone = timeZone == null ? TimeZoneChoice.LOCAL : timeZone;
        reviews = reviews == null ? ReviewSettings.defaults() : reviews;
    }

    /** The library fetching the rest of what is opened, as by default. */
    public Settings(
            Theme theme,
            String baseUrl,
            int pageSize,
            TimeZoneChoice timeZone,
            boolean insightsPanelOpen,
            boolean reviewPanelOpen,
            ReviewSettings reviews,
            boolean privacyByDefault) {
        this(theme, baseUrl, pageSize, timeZone, insightsPanelOpen, reviewPanelOpen, reviews, privacyByDefault, true);
    }

    /** Privacy mode off at start, as by default. */
    public Settings(
            Theme theme,
            String baseUrl,
            int pageSize,
            TimeZoneChoice timeZone,
            boolean insightsPanelOpen,
            boolean reviewPanelOpen,
            ReviewSettings reviews) {
        this(theme, baseUrl, pageSize, timeZone, insightsPanelOpen, reviewPanelOpen, reviews, false);
    }

    /** The settings of the dialog's first sections and the insights panel, the rest as by default. */
    public Settings(Theme theme, String baseUrl, int pageSize, TimeZoneChoice timeZone, boolean insightsPanelOpen) {
        this(theme, baseUrl, pageSize, timeZone, insightsPanelOpen, false, ReviewSettings.defaults());
    }

    /** With the review panel closed, as by default. */
    public Settings(
            Theme theme,
            String baseUrl,
            int pageSize,
            TimeZoneChoice timeZone,
            boolean insightsPanelOpen,
            ReviewSettings reviews) {
        this(theme, baseUrl, pageSize, timeZone, insightsPanelOpen, false, reviews);
    }

    /** The choices the Settings dialog makes, with the panels as they are by default. */
    public Settings(Theme theme, String baseUrl, int pageSize, TimeZoneChoice timeZone) {
        this(theme, baseUrl, pageSize, timeZone, false, false, ReviewSettings.defaults());
    }

    public static Settings defaults() {
        return new Settings(
                Theme.LIGHT, "", DEFAULT_PAGE_SIZE, TimeZoneChoice.LOCAL, false, false, ReviewSettings.defaults());
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(
                newTheme,
                baseUrl,
                pageSize,
                timeZone,
                insightsPanelOpen,
                reviewPanelOpen,
                reviews,
                privacyByDefault,
                libraryFetchesRest);
    }

    public Settings withBaseUrl(String newBaseUrl) {
        return new Settings(
                theme,
                newBaseUrl,
                pageSize,
                timeZone,
                insightsPanelOpen,
                reviewPanelOpen,
                reviews,
                privacyByDefault,
                libraryFetchesRest);
    }

    public Settings withPageSize(int newPageSize) {
        return new Settings(
                theme,
                baseUrl,
                newPageSize,
                timeZone,
                insightsPanelOpen,
                reviewPanelOpen,
                reviews,
                privacyByDefault,
                libraryFetchesRest);
    }

    public Settings withTimeZone(TimeZoneChoice newTimeZone) {
        return new Settings(
                theme,
                baseUrl,
                pageSize,
                newTimeZone,
                insightsPanelOpen,
                reviewPanelOpen,
                reviews,
                privacyByDefault,
                libraryFetchesRest);
    }

    public Settings withInsightsPanelOpen(boolean open) {
        return new Settings(
                theme,
                baseUrl,
                pageSize,
                timeZone,
                open,
                reviewPanelOpen,
                reviews,
                privacyByDefault,
                libraryFetchesRest);
    }

    public Settings withReviews(ReviewSettings newReviews) {
        return new Settings(
                theme,
                baseUrl,
                pageSize,
                timeZone,
                insightsPanelOpen,
                reviewPanelOpen,
                newReviews,
                privacyByDefault,
                libraryFetchesRest);
    }

    public Settings withPrivacyByDefault(boolean masked) {
        return new Settings(
                theme,
                baseUrl,
                pageSize,
                timeZone,
                insightsPanelOpen,
                reviewPanelOpen,
                reviews,
                masked,
                libraryFetchesRest);
    }

    public Settings withLibraryFetchesRest(boolean fetches) {
        return new Settings(
                theme,
                baseUrl,
                pageSize,
                timeZone,
                insightsPanelOpen,
                reviewPanelOpen,
                reviews,
                privacyByDefault,
                fetches);
    }

    public Settings withReviewPanelOpen(boolean open) {
        return new Settings(
                theme,
                baseUrl,
                pageSize,
                timeZone,
                insightsPanelOpen,
                open,
                reviews,
                privacyByDefault,
                libraryFetchesRest);
    }
}
