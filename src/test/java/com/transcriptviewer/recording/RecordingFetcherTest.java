package com.transcriptviewer.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording's link is asked for right before each fetch, and once more when it is refused. */
class RecordingFetcherTest {

    private final FakeRecordingApi api = new FakeRecordingApi();
    private final RecordingFetcher fetcher = new RecordingFetcher(api);
    private final Recording recording = new Recording(
            "r1", "v3:x", null, null, false, 30_000, Instant.parse("2025-04-15T13:07:20Z"), null, null, null, "wav");

    @Test
    void eachFetchAsksForAFreshLink(@TempDir Path dir) throws Exception {
        fetcher.fetch(recording, dir.resolve("a.wav"), new CancelToken());
        fetcher.fetch(recording, dir.resolve("b.wav"), new CancelToken());

        assertThat(api.linksIssued).isEqualTo(2);
        assertThat(api.downloads).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void anExpiredLinkIsReplacedByAFreshOne(@TempDir Path dir) throws Exception {
        api.refused.add(true);

        fetcher.fetch(recording, dir.resolve("a.wav"), new CancelToken());

        assertThat(api.linksIssued).isEqualTo(2);
        assertThat(api.downloads).hasSize(2);
        assertThat(Files.readString(dir.resolve("a.wav"))).endsWith("LINK2");
    }

    @Test
    void aLinkRefusedTwiceIsReportedAsRefused(@TempDir Path dir) {
        api.refused.add(true);
        api.refused.add(true);

        ApiException failure = catchThrowableOfType(
                ApiException.class, () -> fetcher.fetch(recording, dir.resolve("a.wav"), new CancelToken()));

        assertThat(failure.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(failure.getMessage()).doesNotContain("LINK").doesNotContain("bucket.example");
    }

    @Test
    void savingReplacesTheFileWholeOrLeavesItAsItWas(@TempDir Path dir) throws Exception {
        Path chosen = dir.resolve("call.wav");
        Files.writeString(chosen, "before");
        api.refused.add(true);
        api.refused.add(true);

        catchThrowableOfType(ApiException.class, () -> fetcher.save(recording, chosen, new CancelToken()));
        assertThat(Files.readString(chosen)).isEqualTo("before");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(chosen);
        }

        fetcher.save(recording, chosen, new CancelToken());
        assertThat(Files.readString(chosen)).startsWith("RIFF audio");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(chosen);
        }
    }
}
