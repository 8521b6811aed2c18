package com.transcriptviewer.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.demo.DemoData;
import com.transcriptviewer.demo.DemoServer;
import com.transcriptviewer.platform.SecretRedactor;
import com.transcriptviewer.testing.LogCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording's pre-signed link reaches no log line and no error text, at the finest log level, whether the download
 * works, is refused or fails; and the log's redaction removes a link's signature should one ever be written.
 */
class RecordingLinkLogTest {

    // The JDK server standing in for the storage bucket notes its own request lines at FINEST: those are the far
    // side's logs, not the app's.
    @RegisterExtension
    final LogCapture log =
            LogCapture.everything("com.transcriptviewer", "okhttp3").ignoring("com.sun.net.httpserver");

    @Test
    void noLinkIsLoggedWhenDownloadsWorkAreRefusedOrFail(@TempDir Path dir) throws Exception {
        List<String> errors = new ArrayList<>();
        try (DemoServer server = DemoServer.start(DemoData.generate());
                TelnyxClient client =
                        new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("demo-key-123456")))) {
            RecordingApi api = RecordingApi.of(client);
            RecordingSearch.Found found = (RecordingSearch.Found) new RecordingFinder(api)
                    .find(
                            server.data()
                                    .conversation(DemoData.BILLING_TRANSFER_ID)
                                    .orElseThrow(),
                            new CancelToken());
            Recording recording = found.recordings().get(0);
            new RecordingFetcher(api).fetch(recording, dir.resolve("ok.wav"), new CancelToken());

            String link = RecordingReader.downloadUrl(client.recording(recording.id(), new CancelToken()), "wav")
                    .orElseThrow();
            server.expireRecordingLinks();
            errors.add(catchThrowableOfType(
                            ApiException.class, () -> client.download(link, dir.resolve("x.wav"), new CancelToken()))
                    .getMessage());
            // A folder that does not exist: the download fails while writing.
            errors.add(catchThrowableOfType(
                            ApiException.class,
                            () -> new RecordingFetcher(api)
                                    .fetch(recording, dir.resolve("missing/y.wav"), new CancelToken()))
                    .getMessage());
            server.close();
            errors.add(catchThrowableOfType(
                            ApiException.class, () -> client.download(link, dir.resolve("z.wav"), new CancelToken()))
                    .getMessage());
        }

        assertThat(log.lines()).isNotEmpty();
        assertThat(String.join("\n", log.lines())).doesNotContain("signature").doesNotContain("download.wav?");
        assertThat(errors)
                .allSatisfy(text -> assertThat(text).doesNotContain("signature").doesNotContain("download.wav"));
    }

    @Test
    void theLogsRedactionRemovesAPresignedLinksQuery() {
        SecretRedactor redactor = new SecretRedactor();
        String s3 = "GET https://bucket.s3.amazonaws.com/rec/abc.mp3?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIA%2F20250415&X-Amz-Signature=0f3e9a done";
        String demo = "link http://127.0.0.1:5000/v2/recordings/r1/download.wav?expires=1&gen=0&signature=ab12";

        assertThat(redactor.redact(s3))
                .isEqualTo("GET https://bucket.s3.amazonaws.com/rec/abc.mp3?[redacted] done")
                .doesNotContain("Signature");
        assertThat(redactor.redact(demo)).doesNotContain("ab12").doesNotContain("expires=");
        assertThat(redactor.redact("see https://telnyx.com/docs?page=2"))
                .isEqualTo("see https://telnyx.com/docs?page=2");
    }
}
