package com.transcriptviewer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.transcriptviewer.api.ApiException;
import com.transcriptviewer.api.CancelToken;
import com.transcriptviewer.api.ErrorKind;
import com.transcriptviewer.api.json.WireFormat;
import com.transcriptviewer.model.Message;
import com.transcriptviewer.model.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTranscriptSourceTest {

    private static final String MESSAGE = "{\"role\":\"%s\",\"text\":\"m%d\",\"created_at\":\"2025-04-01T10:00:0%dZ\"}";

    @TempDir
    Path dir;

    private static String messages(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(MESSAGE, i % 2 == 0 ? "user" : "assistant", i, i));
        }
        return json.append(']').toString();
    }

    private FileTranscriptSource source(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return new FileTranscriptSource(file, WireFormat.shared());
    }

    @Test
    void readsTheMessagesEndpointsShapeInPages() throws Exception {
        FileTranscriptSource source =
                source("call.json", "{\"data\":" + messages(5) + ",\"meta\":{\"total_pages\":1,\"total_results\":5}}");
        Page<Message> first = source.page("call.json", 1, 3, new CancelToken());
        Page<Message> second = source.page("call.json", 2, 3, new CancelToken());
        assertThat(first.items()).extracting(Message::text).containsExactly("m0", "m1", "m2");
        assertThat(second.items()).extracting(Message::text).containsExactly("m3", "m4");
        assertThat(second.meta().totalPages()).isEqualTo(2);
        assertThat(source.label()).isEqualTo("file call.json");
        assertThat(source.conversation("call.json", null))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("call.json"));
    }

    @Test
    void readsABareArray() throws Exception {
        FileTranscriptSource source = source("bare.json", "\n  " + messages(2));
        assertThat(source.page("bare.json", 1, 100, null).items())
                .extracting(Message::text)
                .containsExactly("m0", "m1");
    }

    @Test
    void malformedJsonIsAClearError() throws Exception {
        FileTranscriptSource source = source("broken.json", "{\"data\": [ {\"role\": \"user\", }");
        assertThatThrownBy(() -> source.page("broken.json", 1, 100, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
                    assertThat(e.userMessage())
                            .startsWith("broken.json is not a transcript")
                            .contains("malformed JSON at line 1");
                });
    }

    @Test
    void wrongShapeAndMissingFileAreClearErrors() throws Exception {
        FileTranscriptSource notMessages = source("object.json", "{\"hello\": 1}");
        assertThatThrownBy(() -> notMessages.page("object.json", 1, 100, null))
                .hasMessageContaining("no \"data\" field");
        FileTranscriptSource missing = new FileTranscriptSource(dir.resolve("nope.json"), WireFormat.shared());
        assertThatThrownBy(() -> missing.page("nope.json", 1, 100, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.userMessage()).contains("does not exist"));
    }
}
