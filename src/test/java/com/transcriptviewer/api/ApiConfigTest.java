package com.transcriptviewer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

    @Test
    void defaultsSuitADesktopApp() {
        ApiConfig config = ApiConfig.defaults(ApiConfig.DEFAULT_BASE_URL, ApiKey.of("k-123456"));

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(35));
        assertThat(config.retryPolicy().maxRetries()).isEqualTo(2);
        assertThat(config.retryPolicy().maxWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.userAgent()).isEqualTo("TranscriptViewer/" + ApiConfig.appVersion());
    }

    @Test
    void versionComesFromTheFilteredBuildProperties() {
        // Maven filters app.properties, so tests see the pom's version rather than the placeholder.
        assertThat(ApiConfig.appVersion()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void missingPiecesFallBackToDefaults() {
        ApiConfig config =
                new ApiConfig("http://localhost/v2", ApiKey.of("k-123456"), null, null, null, null, null, null);

        assertThat(config.userAgent()).startsWith("TranscriptViewer/");
        assertThat(config.sleeper()).isNotNull();
        assertThat(config.clock()).isNotNull();
        assertThat(config.retryPolicy().maxRetries()).isEqualTo(2);
    }
}
