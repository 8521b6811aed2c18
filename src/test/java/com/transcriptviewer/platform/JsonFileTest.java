package com.transcriptviewer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @Test
    void writtenTreeReadsBackAndLeavesNoTemporaryFile() throws Exception {
        JsonFile file = new JsonFile(dir.resolve("nested").resolve("state.json"), clock);
        assertThat(file.exists()).isFalse();
        ObjectNode root = file.newObject().put("name", "value");

        file.write(root);

        assertThat(file.exists()).isTrue();
        assertThat(file.read()).isEqualTo(root);
        assertThat(dir.resolve("nested").resolve("state.json.tmp")).doesNotExist();
    }

    @Test
    void writeReplacesTheWholeFile() throws Exception {
        JsonFile file = new JsonFile(dir.resolve("state.json"), clock);
        file.write(file.newObject().put("old", "a much longer value than the next one"));

        file.write(file.newObject().put("new", 1));

        assertThat(Files.readString(file.path())).doesNotContain("old");
        assertThat(file.read().get("new").asInt()).isEqualTo(1);
    }

    @Test
    void malformedJsonFailsToRead() throws Exception {
        JsonFile file = new JsonFile(dir.resolve("state.json"), clock);
        Files.writeString(file.path(), "{ not json");

        assertThatThrownBy(file::read).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void movedAsideFileKeepsItsContentUnderATimeStampedName() throws Exception {
        JsonFile file = new JsonFile(dir.resolve("state.json"), clock);
        Files.writeString(file.path(), "{ not json");

        Path backup = file.moveAside();

        assertThat(backup)
                .isEqualTo(dir.resolve("state.json.corrupt-20260304-050607"))
                .hasContent("{ not json");
        assertThat(file.exists()).isFalse();
    }
}
