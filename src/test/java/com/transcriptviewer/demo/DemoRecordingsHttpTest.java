package com.transcriptviewer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.transcriptviewer.api.ApiConfig;
import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.ApiKey;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.TelnyxClient;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Role;
import com.transcriptviewer.recording.Recording;
import com.transcriptviewer.recording.RecordingApi;
import com.transcriptviewer.recording.RecordingFetcher;
import com.transcriptviewer.recording.RecordingFinder;
import com.transcriptviewer.recording.RecordingSearch;
import com.transcriptviewer.recording.Waveform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's recordings through the app's own client: filters, shapes, audio that follows the talk, expiring links. */
class DemoRecordingsHttpTest {

    private static DemoServer server;
    private static TelnyxClient client;
    private static RecordingFinder finder;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.start(DemoData.generate());
        client = new TelnyxClient(ApiConfig.defaults(server.baseUrl(), ApiKey.of("demo-key")));
        finder = new RecordingFinder(RecordingApi.of(client));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static RecordingSearch find(String id) throws ApiException {
        return finder.find(server.data().conversation(id).orElseThrow(), new CancelToken());
    }

    @Test
    void theBillingCallHasTwoDualRecordingsFoundByItsCallControlId() throws Exception {
        RecordingSearch.Found found = (RecordingSearch.Found) find(DemoData.BILLING_TRANSFER_ID);

        assertThat(found.match()).isEqualTo(RecordingSearch.Match.CALL_CONTROL_ID);
        assertThat(found.recordings())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.dual()).isTrue());
        JsonNode one = client.recording(found.recordings().get(0).id(), new CancelToken());
        assertThat(one.path("data").path("record_type").asText()).isEqualTo("recording");
        assertThat(one.path("data").path("download_urls").path("wav").asText()).contains("/download.wav?");
    }

    @Test
    void theRoadsideCallIsMatchedByTimeAndNumberAndTheBistroCallHasNone() throws Exception {
        assertThat(((RecordingSearch.Found) find(DemoData.ROADSIDE_HANDOFF_ID)).match())
                .isEqualTo(RecordingSearch.Match.TIME_AND_NUMBER);
        assertThat(find(DemoData.TOOL_ERRORS_ID))
                .isEqualTo(new RecordingSearch.None(RecordingSearch.Reason.NONE_FOUND, ""));
        assertThat(find(DemoData.SMS_CHAT_ID)).isEqualTo(new RecordingSearch.None(RecordingSearch.Reason.NO_AUDIO, ""));
    }

    @Test
    void listFiltersArePagedAndAnUnreadableTimeIs422() throws Exception {
        JsonNode page = client.recordings(Map.of("filter[from]", "+13125550142"), 1, 1, new CancelToken());
        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("meta").path("total_results").asInt()).isEqualTo(2);
        assertThat(page.path("meta").path("total_pages").asInt()).isEqualTo(2);

        ApiException bad = org.assertj.core.api.Assertions.catchThrowableOfType(
                ApiException.class,
                () -> client.recordings(Map.of("filter[created_at][gte]", "yesterday"), 1, 20, new CancelToken()));
        assertThat(bad.kind()).isEqualTo(ErrorKind.VALIDATION);
    }

    @Test
    void theAudioFollowsTheConversationWithTheCallerLeftAndTheAssistantRight(@TempDir Path dir) throws Exception {
        Recording recording = ((RecordingSearch.Found) find(DemoData.BILLING_TRANSFER_ID))
                .recordings()
                .get(0);
        Path wav = dir.resolve("call.wav");
        new RecordingFetcher(RecordingApi.of(client)).fetch(recording, wav, new CancelToken());

        // One slice per 100 ms.
        int buckets = (int) (recording.durationMillis() / 100);
        Waveform waveform = Waveform.read(wav, buckets);
        assertThat(waveform.channels()).isEqualTo(2);
        List<Message> messages = server.data().messages(DemoData.BILLING_TRANSFER_ID);
        Message greeting = messages.get(0);
        Message caller = messages.get(1);
        int greetingSlice = slice(greeting, recording) + 5;
        int callerSlice = slice(caller, recording) + 5;
        assertThat(greeting.role()).isEqualTo(Role.ASSISTANT);
        assertThat(waveform.peaks()[1][greetingSlice]).isGreaterThan(0.1f);
        assertThat(waveform.peaks()[0][greetingSlice]).isZero();
        assertThat(waveform.peaks()[0][callerSlice]).isGreaterThan(0.1f);
        assertThat(waveform.peaks()[1][callerSlice]).isZero();
        // Silence before the first word.
        assertThat(waveform.peaks()[0][2]).isZero();
        assertThat(waveform.peaks()[1][2]).isZero();
    }

    @Test
    void anExpiredLinkIsRefusedAndAFreshOneIsFetched(@TempDir Path dir) throws Exception {
        Recording recording = ((RecordingSearch.Found) find(DemoData.APPOINTMENT_BOOKING_ID))
                .recordings()
                .get(0);
        String link = client.recording(recording.id(), new CancelToken())
                .path("data")
                .path("download_urls")
                .path("wav")
                .asText();
        server.expireRecordingLinks();

        ApiException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                ApiException.class, () -> client.download(link, dir.resolve("old.wav"), new CancelToken()));
        assertThat(refused.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(refused.getMessage()).doesNotContain("signature");

        // The fetcher asks for a link right before downloading; a link refused on the way is asked for again.
        RecordingApi expiring = new RecordingApi() {
            private boolean first = true;

            @Override
            public JsonNode recordings(Map<String, String> filters, int page, CancelToken cancel) throws ApiException {
                return client.recordings(filters, page, 20, cancel);
            }

            @Override
            public JsonNode recording(String id, CancelToken cancel) throws ApiException {
                JsonNode fresh = client.recording(id, cancel);
                if (first) {
                    first = false;
                    server.expireRecordingLinks();
                }
                return fresh;
            }

            @Override
            public void download(String url, Path target, CancelToken cancel) throws ApiException {
                client.download(url, target, cancel);
            }

            @Override
            public JsonNode assistant(String id, CancelToken cancel) throws ApiException {
                return client.assistant(id, cancel);
            }
        };
        Path wav = dir.resolve("fresh.wav");
        new RecordingFetcher(expiring).fetch(recording, wav, new CancelToken());
        assertThat(Files.size(wav)).isGreaterThan(44);
        assertThat(server.requests()).noneMatch(r -> r.contains("signature"));
    }

    private static int slice(Message message, Recording recording) {
        return (int)
                ((message.displayTime().toEpochMilli() - recording.startedAt().toEpochMilli()) / 100);
    }
}
