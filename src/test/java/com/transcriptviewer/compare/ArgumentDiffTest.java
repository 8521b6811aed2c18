package com.transcriptviewer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentDiffTest {

    private static List<String> lines(String left, String right) {
        return ArgumentDiff.diff(left, right).stream().map(ArgumentChange::line).toList();
    }

    @Test
    void equalArgumentsWhateverTheKeyOrderSpacingAndNumberFormHaveNoChanges() {
        assertThat(ArgumentDiff.diff("{\"a\":1,\"b\":[1,2]}", "{ \"b\": [1, 2], \"a\": 1.0 }"))
                .isEmpty();
        assertThat(ArgumentDiff.diff("{}", "{}")).isEmpty();
    }

    @Test
    void changedAddedAndRemovedKeysWithOldAndNewValues() {
        assertThat(lines(
                        "{\"party_size\":4,\"date\":\"2025-05-01\",\"notes\":\"window\"}",
                        "{\"party_size\":5,\"date\":\"2025-05-01\",\"seating\":\"outdoor\"}"))
                .containsExactly("party_size: 4 → 5", "− notes: \"window\"", "+ seating: \"outdoor\"");
    }

    @Test
    void nestedObjectsAndArraysAreNamedByTheirPath() {
        List<ArgumentChange> changes = ArgumentDiff.diff(
                "{\"patient\":{\"name\":\"Maria\",\"contact\":{\"phone\":\"+1312\"}},"
                        + "\"targets\":[{\"to\":\"+1\",\"name\":\"Billing\"}],\"tags\":[\"a\",\"b\"]}",
                "{\"patient\":{\"name\":\"María\",\"contact\":{\"phone\":\"+1312\",\"email\":\"m@x.io\"}},"
                        + "\"targets\":[{\"to\":\"+2\",\"name\":\"Billing\"}],\"tags\":[\"a\"]}");

        assertThat(changes)
                .extracting(
                        ArgumentChange::kind, ArgumentChange::path, ArgumentChange::oldValue, ArgumentChange::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ArgumentChange.Kind.CHANGED, "patient.name", "\"Maria\"", "\"María\""),
                        org.assertj.core.groups.Tuple.tuple(
                                ArgumentChange.Kind.ADDED, "patient.contact.email", "", "\"m@x.io\""),
                        org.assertj.core.groups.Tuple.tuple(
                                ArgumentChange.Kind.CHANGED, "targets[0].to", "\"+1\"", "\"+2\""),
                        org.assertj.core.groups.Tuple.tuple(ArgumentChange.Kind.REMOVED, "tags[1]", "\"b\"", ""));
    }

    @Test
    void aNestedObjectReplacedByAnotherTypeIsOneChangeWithBothValues() {
        assertThat(lines("{\"slot\":{\"start\":\"12:00\"}}", "{\"slot\":\"12:00\"}"))
                .containsExactly("slot: {\"start\":\"12:00\"} → \"12:00\"");
    }

    @Test
    void aRenamedKeyWithTheSameValueIsOneRename() {
        List<ArgumentChange> changes = ArgumentDiff.diff("{\"order_number\":\"A-1\"}", "{\"order_id\":\"A-1\"}");

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).kind()).isEqualTo(ArgumentChange.Kind.RENAMED);
        assertThat(changes.get(0).oldPath()).isEqualTo("order_number");
        assertThat(changes.get(0).path()).isEqualTo("order_id");
        assertThat(changes.get(0).newValue()).isEqualTo("\"A-1\"");
    }

    @Test
    void argumentsThatAreNotJsonAreComparedAsText() {
        assertThat(lines("{not json", "{not json")).isEmpty();
        assertThat(lines("{not json", "{\"a\":1}")).containsExactly("(arguments): {not json → {\"a\":1}");
    }

    @Test
    void oddKeysAreQuotedInThePath() {
        assertThat(lines("{\"a b\":1}", "{\"a b\":2}")).containsExactly("[\"a b\"]: 1 → 2");
    }
}
