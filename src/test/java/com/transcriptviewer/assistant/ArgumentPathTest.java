package com.transcriptviewer.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.PathType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentPathTest {

    @Test
    void theValidatorsLocationsBecomeJsonPointers() {
        JsonNodePath legacy =
                new JsonNodePath(PathType.LEGACY).append("items").append(2).append("quantity");
        assertThat(legacy.toString()).isEqualTo("$.items[2].quantity");
        assertThat(ArgumentPath.of(legacy).pointer()).isEqualTo("/items/2/quantity");
        JsonNodePath pointer =
                new JsonNodePath(PathType.JSON_POINTER).append("patient").append("name");
        assertThat(ArgumentPath.of(pointer).pointer()).isEqualTo("/patient/name");
        assertThat(ArgumentPath.of(new JsonNodePath(PathType.LEGACY)).pointer()).isEmpty();
    }

    @Test
    void tildeAndSlashAreEscaped() {
        assertThat(ArgumentPath.WHOLE.child("a/b~c").child("~1").pointer()).isEqualTo("/a~1b~0c/~01");
    }

    @Test
    void peopleReadDottedNamesWithIndexes() {
        assertThat(new ArgumentPath(List.of("items", 2, "quantity")).displayName())
                .isEqualTo("items[2].quantity");
        assertThat(new ArgumentPath(List.of("patient", "name")).displayName()).isEqualTo("patient.name");
        assertThat(ArgumentPath.WHOLE.displayName()).isEqualTo("the arguments");
        assertThat(ArgumentPath.WHOLE
                        .child("date")
                        .inside(ArgumentPath.WHOLE.child("body"))
                        .pointer())
                .isEqualTo("/body/date");
    }
}
