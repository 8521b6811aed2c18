package com.transcriptviewer.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.model.Conversation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order a conversation's recording is looked for in, and what is said when there is none. */
class RecordingFinderTest {

    private final FakeRecordingApi api = new FakeRecordingApi();
    private final RecordingFinder finder = new RecordingFinder(api);

    private static Conversation call(Map<String, Object> extra) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(Conversation.CHANNEL, "phone_call");
        metadata.put(Conversation.ASSISTANT_ID, "assistant-1");
        metadata.put(Conversation.END_USER_TARGET, "+13125550142");
        metadata.put(Conversation.AGENT_TARGET, "+13125550100");
        metadata.putAll(extra);
        return new Conversation(
                "c1", "Call", Instant.parse("2025-04-15T13:07:21Z"), Instant.parse("2025-04-15T13:09:00Z"), metadata);
    }

    @Test
    void theCallControlIdComesFirstAndFindsEveryRecordingOfTheCall() throws Exception {
        api.answers = filters -> filters.containsKey("filter[call_control_id]") ? List.of("r1", "r2") : List.of("x");

        RecordingSearch found =
                finder.find(call(Map.of("call_control_id", "v3:abc", "call_session_id", "s1")), new CancelToken());

        assertThat(found).isInstanceOfSatisfying(RecordingSearch.Found.class, f -> {
            assertThat(f.match()).isEqualTo(RecordingSearch.Match.CALL_CONTROL_ID);
            assertThat(f.recordings()).extracting(Recording::id).containsExactly("r1", "r2");
        });
        assertThat(api.listQueries).containsExactly(Map.of("filter[call_control_id]", "v3:abc"));
    }

    @Test
    void thenTheSessionThenTheLegThenTimeAndNumber() throws Exception {
        Conversation conversation =
                call(Map.of("call_control_id", "v3:abc", "call_session_id", "s1", "call_leg_id", "l1"));

        api.answers = filters -> filters.containsKey("filter[call_session_id]") ? List.of("r-session") : List.of();
        assertThat(((RecordingSearch.Found) finder.find(conversation, new CancelToken())).match())
                .isEqualTo(RecordingSearch.Match.CALL_SESSION_ID);

        api.answers = filters -> filters.containsKey("filter[call_leg_id]") ? List.of("r-leg") : List.of();
        assertThat(((RecordingSearch.Found) finder.find(conversation, new CancelToken())).match())
                .isEqualTo(RecordingSearch.Match.CALL_LEG_ID);

        api.listQueries.clear();
        api.answers = filters -> filters.containsKey("filter[created_at][gte]") ? List.of("r-time") : List.of();
        RecordingSearch.Found byTime = (RecordingSearch.Found) finder.find(conversation, new CancelToken());
        assertThat(byTime.match()).isEqualTo(RecordingSearch.Match.TIME_AND_NUMBER);
        assertThat(byTime.match().label()).isEqualTo("matched by time and number");
        assertThat(api.listQueries)
                .extracting(q -> q.keySet().iterator().next())
                .containsExactly(
                        "filter[call_control_id]",
                        "filter[call_session_id]",
                        "filter[call_leg_id]",
                        "filter[created_at][gte]");
        Map<String, String> window = api.listQueries.get(3);
        assertThat(window)
                .containsEntry("filter[from]", "+13125550142")
                .containsEntry("filter[to]", "+13125550100")
                .containsEntry("filter[created_at][gte]", "2025-04-15T12:57:21Z")
                .containsEntry("filter[created_at][lte]", "2025-04-15T13:39:00Z");
    }

    @Test
    void theNumbersAreAlsoTriedTheOtherWayRoundForACallTheAssistantMade() throws Exception {
        api.answers = filters -> "+13125550100".equals(filters.get("filter[from]")) ? List.of("r-out") : List.of();

        RecordingSearch found = finder.find(call(Map.of()), new CancelToken());

        assertThat(((RecordingSearch.Found) found).recordings())
                .extracting(Recording::id)
                .containsExactly("r-out");
    }

    @Test
    void chatsAndSmsHaveNoAudioAndAskNothing() throws Exception {
        for (String channel : List.of("web_chat", "sms_chat", "sms")) {
            Conversation chat = new Conversation("c", "", Instant.EPOCH, null, Map.of(Conversation.CHANNEL, channel));
            RecordingSearch none = finder.find(chat, new CancelToken());
            assertThat(none).isEqualTo(new RecordingSearch.None(RecordingSearch.Reason.NO_AUDIO, ""));
        }
        assertThat(api.listQueries).isEmpty();
    }

    @Test
    void noRecordingSaysWhyInOneLine() throws Exception {
        RecordingSearch none = finder.find(call(Map.of("call_control_id", "v3:abc")), new CancelToken());
        assertThat(((RecordingSearch.None) none).text()).isEqualTo("No recording found for this call.");

        api.assistant = FakeRecordingApi.parse(
                "{\"id\":\"assistant-1\",\"telephony_settings\":{\"recording_settings\":{\"enabled\":false}}}");
        none = finder.find(call(Map.of("call_control_id", "v3:abc")), new CancelToken());
        assertThat(((RecordingSearch.None) none).reason()).isEqualTo(RecordingSearch.Reason.RECORDING_OFF);
        assertThat(((RecordingSearch.None) none).text()).contains("recording is off");

        api.listFailure = new ApiException(ErrorKind.FORBIDDEN, "no", 403, null, List.of(), null, null);
        none = finder.find(call(Map.of("call_control_id", "v3:abc")), new CancelToken());
        assertThat(((RecordingSearch.None) none).reason()).isEqualTo(RecordingSearch.Reason.NO_PERMISSION);
        assertThat(((RecordingSearch.None) none).text()).contains("may not list recordings");
    }
}
