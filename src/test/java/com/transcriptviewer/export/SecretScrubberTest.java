package com.transcriptviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An export never contains the API key, even when a message (or a server echo) quotes it. */
class SecretScrubberTest {

    private static final String KEY = "KEY0195ABCDEFsecret_Tn7QxZ";

    @TempDir
    Path folder;

    private static List<Message> messagesQuotingTheKey() throws Exception {
        String body = """
                {"data":[
                {"role":"user","text":"my key is KEY0195ABCDEFsecret_Tn7QxZ ok","created_at":"2025-03-14T13:05:13Z","metadata":{"auth":"Bearer KEY0195ABCDEFsecret_Tn7QxZ"}},
                {"role":"assistant","text":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"auth","arguments":"{\\"key\\":\\"KEY0195ABCDEFsecret_Tn7QxZ\\"}"}}],"created_at":"2025-03-14T13:05:15Z"}
                ],"meta":{"total_pages":1,"total_results":2,"page_number":1,"page_size":2}}
                """;
        return WireFormat.shared()
                .parseMessagePage(body.getBytes(StandardCharsets.UTF_8))
                .items();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void noFormatContainsTheKey(ExportFormat format) throws Exception {
        ExportDocument document = new ExportDocument("c1", "Call", "phone_call", messagesQuotingTheKey());
        Path file = folder.resolve("out." + format.extension());

        new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK)
                .export(document, format, file, new SecretScrubber(List.of(KEY)), new CancelToken());

        String written = Files.readString(file);
        assertThat(written).doesNotContain(KEY).contains(SecretScrubber.REDACTED);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void builtMessagesAreScrubbedToo(ExportFormat format) throws Exception {
        List<Message> built = messagesQuotingTheKey().stream()
                .map(m -> new Message(m.role(), m.text(), m.toolCalls(), m.createdAt(), m.sentAt(), m.metadata()))
                .toList();
        Path file = folder.resolve("built." + format.extension());

        new ConversationExporter(ZoneOffset.UTC, ExportSamples.CLOCK)
                .export(
                        new ExportDocument("c1", "Call " + KEY, "", built),
                        format,
                        file,
                        new SecretScrubber(List.of(KEY)),
                        new CancelToken());

        assertThat(Files.readString(file)).doesNotContain(KEY).contains(SecretScrubber.REDACTED);
    }

    @org.junit.jupiter.api.Test
    void scrubbedJsonIsStillTheApiShape() throws Exception {
        ExportDocument document = new ExportDocument("c1", "", "", messagesQuotingTheKey());
        ExportDocument clean = new SecretScrubber(List.of(KEY)).scrub(document);
        java.io.StringWriter out = new java.io.StringWriter();
        new JsonTranscript().render(clean, out);

        List<Message> read = WireFormat.shared()
                .parseMessagePage(out.toString().getBytes(StandardCharsets.UTF_8))
                .items();
        assertThat(read).hasSize(2);
        assertThat(read.get(0).text()).isEqualTo("my key is [redacted] ok");
        assertThat(read.get(0).metadata()).containsEntry("auth", "Bearer [redacted]");
        assertThat(read.get(1).toolCalls().get(0).arguments()).isEqualTo("{\"key\":\"[redacted]\"}");
    }

    @org.junit.jupiter.api.Test
    void shortOrMissingSecretsChangeNothing() throws Exception {
        ExportDocument document = new ExportDocument("c1", "", "", messagesQuotingTheKey());
        assertThat(new SecretScrubber(List.of("KEY", "")).scrub(document)).isSameAs(document);
        assertThat(SecretScrubber.none().scrub(document)).isSameAs(document);
    }
}
